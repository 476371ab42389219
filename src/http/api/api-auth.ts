import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { Database } from '../../db/database.js';
import { constantTimeEqual } from '../constant-time-equal.js';
import { RequestError } from '../request-error.js';
import type { ApiEnv } from './api-env.js';
import { verifyApiKey } from './api-key.js';
import { consumeRate, rateLimited, rateUsed } from './rate-limit.js';
import { sha256Hex } from './sha256-hex.js';

export interface ApiAuthDeps {
  db: Database;
  now: () => number;
  /** The operator key; unset (or empty), no token is the operator. */
  adminApiKey?: string | undefined;
  /**
   * The address a request came from, as the runtime sees it (Node: the socket's peer; Workers:
   * CF-Connecting-IP), or null when it cannot tell: failed authentications are limited per address.
   */
  clientAddress?: ((c: Context) => string | null) | undefined;
}

/**
 * Failed authentications one address may make in a minute before it is refused without its
 * key being looked at. Keys carry about 190 bits of secret, so this is not what stops a guess;
 * it keeps a key-guessing or misconfigured client from costing a lookup per request forever.
 */
export const AUTH_FAILURES_PER_MINUTE = 20;

/** RFC 6750: a 401 names the scheme the client should use. */
const CHALLENGE = { 'WWW-Authenticate': 'Bearer realm="ecitizen-api"' };

const unauthorized = (message: string) => new RequestError('unauthorized', message, [], CHALLENGE);

/**
 * Every `/api/v1` route past this point needs `Authorization: Bearer <key>`: the operator key
 * (ADMIN_API_KEY) or one of an agency's keys. Sets `caller`; anything else is a 401 that says
 * what to send, and never repeats the token it was given.
 */
export function apiAuth(deps: ApiAuthDeps) {
  return createMiddleware<ApiEnv>(async (c, next) => {
    // Addresses are personal data too: only a hash of one is kept, for the minute it counts.
    const failures = `auth-failures:${(await sha256Hex(deps.clientAddress?.(c) ?? 'unknown')).slice(0, 32)}`;
    const failed = await rateUsed(deps, failures);
    if (failed.used >= AUTH_FAILURES_PER_MINUTE) {
      throw rateLimited(`more than ${AUTH_FAILURES_PER_MINUTE} failed authentications from this address in a minute`, failed.retryAfter);
    }
    const refuse = async (message: string) => {
      await consumeRate(deps, failures, 1, Number.MAX_SAFE_INTEGER);
      return unauthorized(message);
    };
    const header = c.req.header('authorization');
    if (header === undefined) throw await refuse('send your API key as Authorization: Bearer <key>');
    const token = /^Bearer +(\S+) *$/i.exec(header)?.[1];
    if (token === undefined) throw await refuse('the Authorization header must be "Bearer <key>"');
    if (deps.adminApiKey && constantTimeEqual(token, deps.adminApiKey)) {
      c.set('caller', { kind: 'operator' });
      return next();
    }
    const key = await verifyApiKey(deps.db, token, deps.now());
    if (!key) throw await refuse('unknown or revoked API key: send Authorization: Bearer <key> with a key e-Citizen issued to your agency');
    c.set('caller', { kind: 'agency', agencyCode: key.agencyCode, keyPrefix: key.prefix });
    return next();
  });
}

/** A valid key that this route does not take: known, so 403 rather than 401 (sending it again will not help). */
const forbidden = (message: string) => new RequestError('forbidden', message);

/** Operator routes (onboarding agencies, reports): an agency key is refused. */
export const requireOperator = createMiddleware<ApiEnv>(async (c, next) => {
  if (c.get('caller').kind !== 'operator') throw forbidden('this route takes the operator key (ADMIN_API_KEY), not an agency key');
  await next();
});

/** Agency routes (services, applications): the operator key is refused, since it acts for no agency. */
export const requireAgency = createMiddleware<ApiEnv>(async (c, next) => {
  if (c.get('caller').kind !== 'agency') throw forbidden('this route takes an agency key: the operator key acts for no agency');
  await next();
});
