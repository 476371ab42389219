import { and, eq, isNull, lt, or } from 'drizzle-orm';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { Database } from '../../db/database.js';
import { idempotencyRecords } from '../../db/schema.js';
import { RequestError } from '../request-error.js';
import { callerScope, type ApiEnv } from './api-env.js';
import { sha256Hex } from './sha256-hex.js';

const HEADER = 'idempotency-key';
const MAX_KEY_LENGTH = 255;

/**
 * How long a repeat waits (409) for the first request with its key to answer. A request takes
 * milliseconds; one still unanswered after this died with its server, and a repeat runs it
 * again, safely, since every write behind it is keyed on the same key.
 */
export const IN_FLIGHT_LEASE_MS = 30_000;

/** The request's Idempotency-Key, if it sent one: handlers key their writes on it too. */
export function idempotencyKeyOf(c: Context): string | undefined {
  return c.req.header(HEADER)?.trim() || undefined;
}

/**
 * `Idempotency-Key` on a POST, as Stripe's: the first request with a key claims it; a repeat
 * gets the first answer again (marked `Idempotent-Replayed: true`) without running anything,
 * 409 while the first is still in flight, and 422 if it is another request (bodies compared
 * as parsed JSON, so white space and key order do not matter). Keys are per caller. A 5xx or
 * a 429 is not kept: the repeat runs again; nor is an answer that shows a secret once. A claim
 * whose request died is taken over after its lease.
 */
export function idempotency(deps: { db: Database; now: () => number }) {
  return createMiddleware<ApiEnv>(async (c, next) => {
    const key = idempotencyKeyOf(c);
    if (c.req.method !== 'POST' || key === undefined) return next();
    if (key.length > MAX_KEY_LENGTH) throw new RequestError('invalid_request', `Idempotency-Key is longer than ${MAX_KEY_LENGTH} characters`);
    const scope = callerScope(c.get('caller'));
    const requestHash = await sha256Hex(`${c.req.method} ${c.req.path}\n${canonicalBody(await c.req.text())}`);
    const record = and(eq(idempotencyRecords.scope, scope), eq(idempotencyRecords.key, key));

    const now = deps.now();
    const claimed = await deps.db
      .insert(idempotencyRecords)
      .values({ scope, key, requestHash, status: 0, body: '', completedAt: null, leaseUntil: now + IN_FLIGHT_LEASE_MS, createdAt: now })
      .onConflictDoNothing()
      .returning({ key: idempotencyRecords.key });
    if (claimed.length === 0) {
      const kept = await deps.db.select().from(idempotencyRecords).where(record).get();
      if (kept && kept.requestHash !== requestHash) {
        throw new RequestError('unprocessable', 'this Idempotency-Key was used with another request: use a new key for a new request');
      }
      if (kept?.completedAt != null) {
        return new Response(kept.body, { status: kept.status, headers: { 'content-type': 'application/json', 'idempotent-replayed': 'true' } });
      }
      // Still in flight: wait, unless its lease ran out (the first request died), then take it over.
      const takenOver = await deps.db
        .update(idempotencyRecords)
        .set({ leaseUntil: now + IN_FLIGHT_LEASE_MS })
        .where(and(record, isNull(idempotencyRecords.completedAt), or(isNull(idempotencyRecords.leaseUntil), lt(idempotencyRecords.leaseUntil, now))))
        .returning({ key: idempotencyRecords.key });
      if (takenOver.length === 0) {
        const retryAfter = Math.max(1, Math.ceil(((kept?.leaseUntil ?? now) - now) / 1000));
        throw new RequestError('conflict', 'a request with this Idempotency-Key is still being answered: repeat it in a moment', [], { 'Retry-After': String(retryAfter) });
      }
    }

    await next();
    // Not answers worth repeating: a 5xx, and a 429 (a batch over the rate limit), which a
    // repeat after the window should run rather than be told again. Nor one that shows a secret
    // once: kept, it would sit in the database in the clear for a day (a repeat makes another).
    if (c.res.status >= 500 || c.res.status === 429 || c.get('answerHoldsSecret')) {
      await deps.db.delete(idempotencyRecords).where(and(record, isNull(idempotencyRecords.completedAt)));
      return;
    }
    await deps.db
      .update(idempotencyRecords)
      .set({ status: c.res.status, body: await c.res.clone().text(), completedAt: deps.now(), leaseUntil: null })
      .where(and(record, isNull(idempotencyRecords.completedAt)));
  });
}

/** The body as it is meant: JSON parsed and written again with sorted keys; anything else as sent. */
function canonicalBody(text: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return text;
  }
  return JSON.stringify(parsed, (_key, value: unknown) =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}
