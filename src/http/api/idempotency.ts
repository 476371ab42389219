import { and, eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { Database } from '../../db/database.js';
import { idempotencyRecords } from '../../db/schema.js';
import { RequestError } from '../request-error.js';
import { callerScope, type ApiEnv } from './api-env.js';
import { sha256Hex } from './sha256-hex.js';

const HEADER = 'idempotency-key';

/** The request's Idempotency-Key, if it sent one: handlers key their writes on it too. */
export function idempotencyKeyOf(c: Context): string | undefined {
  return c.req.header(HEADER)?.trim() || undefined;
}

/**
 * `Idempotency-Key` on a POST: the first answer is kept, and the same key with the same request
 * gets it again (marked `Idempotent-Replayed: true`) without running anything; the same key with
 * another request is refused with 422. Keys are per caller. Two identical requests racing both
 * run, so the writes behind them are keyed on the same key as well (one SMS, one application).
 */
export function idempotency(deps: { db: Database; now: () => number }) {
  return createMiddleware<ApiEnv>(async (c, next) => {
    const key = idempotencyKeyOf(c);
    if (c.req.method !== 'POST' || key === undefined) return next();
    if (key.length > 255) throw new RequestError('invalid_request', 'Idempotency-Key is longer than 255 characters');
    const scope = callerScope(c.get('caller'));
    const requestHash = await sha256Hex(`${c.req.method} ${c.req.path}\n${await c.req.text()}`);
    const kept = await deps.db
      .select()
      .from(idempotencyRecords)
      .where(and(eq(idempotencyRecords.scope, scope), eq(idempotencyRecords.key, key)))
      .get();
    if (kept) {
      if (kept.requestHash !== requestHash) {
        throw new RequestError('unprocessable', 'this Idempotency-Key was used with another request: use a new key for a new request');
      }
      return new Response(kept.body, { status: kept.status, headers: { 'content-type': 'application/json', 'idempotent-replayed': 'true' } });
    }
    await next();
    // A 5xx is not an answer worth repeating: the caller's retry runs again.
    if (c.res.status >= 500) return;
    await deps.db
      .insert(idempotencyRecords)
      .values({ scope, key, requestHash, status: c.res.status, body: await c.res.clone().text(), createdAt: deps.now() })
      .onConflictDoNothing();
  });
}
