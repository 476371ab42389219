import { and, eq, lt, sql } from 'drizzle-orm';
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { Database } from '../../db/database.js';
import { apiRateWindows } from '../../db/schema.js';
import { RequestError } from '../request-error.js';
import { callerScope, type ApiEnv } from './api-env.js';

export interface RateLimitDeps {
  db: Database;
  now: () => number;
  /** Requests (and status events) per caller per minute before 429 (default 600). */
  rateLimitPerMinute?: number | undefined;
}

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;
const WINDOW_MS = 60_000;
/** Windows this old are no use to anyone; they are deleted as new ones start. */
const KEEP_WINDOWS_MS = 10 * 60_000;

export interface RateWindow {
  /** Whether the cost fitted in the window: when it did not, nothing was counted. */
  allowed: boolean;
  /** Seconds until the window ends. */
  retryAfter: number;
}

/**
 * Counts `cost` against a scope's fixed one-minute window, in the database so that every
 * instance (every Worker isolate) shares it, and only if it fits: one conditional upsert both
 * checks and counts, so two instances racing never both take the last room, and a refused
 * request (or batch) costs nothing.
 */
export async function consumeRate(deps: Pick<RateLimitDeps, 'db' | 'now'>, scope: string, cost: number, limit: number): Promise<RateWindow> {
  const now = deps.now();
  const { windowStart, retryAfter } = windowAt(now);
  if (cost > limit) return { allowed: false, retryAfter };
  const counted = await deps.db
    .insert(apiRateWindows)
    .values({ scope, windowStart, count: cost })
    .onConflictDoUpdate({
      target: [apiRateWindows.scope, apiRateWindows.windowStart],
      set: { count: sql`${apiRateWindows.count} + ${cost}` },
      setWhere: sql`${apiRateWindows.count} + ${cost} <= ${limit}`,
    })
    .returning({ count: apiRateWindows.count });
  const count = counted[0]?.count;
  // The first count of a scope's window tidies up: a few deletes a minute keep the table small.
  if (count === cost) await deps.db.delete(apiRateWindows).where(lt(apiRateWindows.windowStart, now - KEEP_WINDOWS_MS));
  return { allowed: count !== undefined, retryAfter };
}

/** How much a scope has used of its current window (0 when none), and the seconds until it ends. */
export async function rateUsed(deps: Pick<RateLimitDeps, 'db' | 'now'>, scope: string): Promise<{ used: number; retryAfter: number }> {
  const { windowStart, retryAfter } = windowAt(deps.now());
  const window = await deps.db
    .select({ count: apiRateWindows.count })
    .from(apiRateWindows)
    .where(and(eq(apiRateWindows.scope, scope), eq(apiRateWindows.windowStart, windowStart)))
    .get();
  return { used: window?.count ?? 0, retryAfter };
}

function windowAt(now: number) {
  const windowStart = now - (now % WINDOW_MS);
  return { windowStart, retryAfter: Math.max(1, Math.ceil((windowStart + WINDOW_MS - now) / 1000)) };
}

export function rateLimited(message: string, retryAfter: number): RequestError {
  return new RequestError('rate_limited', `${message}: try again in ${retryAfter} s`, [], { 'Retry-After': String(retryAfter) });
}

/** Every API request counts one against its caller's window. */
export function rateLimit(deps: RateLimitDeps) {
  const limit = deps.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE;
  return createMiddleware<ApiEnv>(async (c, next) => {
    const window = await consumeRate(deps, callerScope(c.get('caller')), 1, limit);
    if (!window.allowed) throw rateLimited(`more than ${limit} requests in a minute`, window.retryAfter);
    await next();
  });
}

/**
 * A batch of status events counts each event, not just its request (which the middleware
 * counted already): the limit bounds the SMS an agency can cause, not its HTTP calls. An
 * over-limit batch is refused whole, before any event is recorded.
 */
export async function chargeBatch(deps: RateLimitDeps, c: Context<ApiEnv>, events: number): Promise<void> {
  const limit = deps.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE;
  if (events <= 1) return;
  const window = await consumeRate(deps, callerScope(c.get('caller')), events - 1, limit);
  if (!window.allowed) throw rateLimited(`this batch of ${events} events would take the caller over ${limit} requests and events in a minute`, window.retryAfter);
}
