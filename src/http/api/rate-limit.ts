import { lt, sql } from 'drizzle-orm';
import { createMiddleware } from 'hono/factory';
import type { Database } from '../../db/database.js';
import { apiRateWindows } from '../../db/schema.js';
import { RequestError } from '../request-error.js';
import { callerScope, type ApiEnv } from './api-env.js';

export interface RateLimitDeps {
  db: Database;
  now: () => number;
  /** Requests per caller per minute before 429 (default 600). */
  rateLimitPerMinute?: number | undefined;
}

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;
const WINDOW_MS = 60_000;
/** Windows this old are no use to anyone; they are deleted as new ones start. */
const KEEP_WINDOWS_MS = 10 * 60_000;

/**
 * A fixed one-minute window per caller, counted in the database so every instance (every
 * Worker isolate) shares it. One upsert both counts the request and returns the count, so
 * two instances racing never both see room for the last request.
 */
export function rateLimit(deps: RateLimitDeps) {
  const limit = deps.rateLimitPerMinute ?? DEFAULT_RATE_LIMIT_PER_MINUTE;
  return createMiddleware<ApiEnv>(async (c, next) => {
    const now = deps.now();
    const windowStart = now - (now % WINDOW_MS);
    const [window] = await deps.db
      .insert(apiRateWindows)
      .values({ scope: callerScope(c.get('caller')), windowStart, count: 1 })
      .onConflictDoUpdate({ target: [apiRateWindows.scope, apiRateWindows.windowStart], set: { count: sql`${apiRateWindows.count} + 1` } })
      .returning({ count: apiRateWindows.count });
    const count = window?.count ?? 1;
    // The first request of a caller's window tidies up: a few deletes a minute keep the table small.
    if (count === 1) await deps.db.delete(apiRateWindows).where(lt(apiRateWindows.windowStart, now - KEEP_WINDOWS_MS));
    if (count > limit) {
      const retryAfter = Math.max(1, Math.ceil((windowStart + WINDOW_MS - now) / 1000));
      throw new RequestError('rate_limited', `more than ${limit} requests in a minute: try again in ${retryAfter} s`, [], {
        'Retry-After': String(retryAfter),
      });
    }
    await next();
  });
}
