import { createMiddleware } from 'hono/factory';
import type { Database } from '../../db/database.js';
import { constantTimeEqual } from '../constant-time-equal.js';
import { RequestError } from '../request-error.js';
import type { ApiEnv } from './api-env.js';
import { verifyApiKey } from './api-key.js';

export interface ApiAuthDeps {
  db: Database;
  now: () => number;
  /** The operator key; unset (or empty), no token is the operator. */
  adminApiKey?: string | undefined;
}

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
    const header = c.req.header('authorization');
    if (header === undefined) throw unauthorized('send your API key as Authorization: Bearer <key>');
    const token = /^Bearer +(\S+) *$/i.exec(header)?.[1];
    if (token === undefined) throw unauthorized('the Authorization header must be "Bearer <key>"');
    if (deps.adminApiKey && constantTimeEqual(token, deps.adminApiKey)) {
      c.set('caller', { kind: 'operator' });
      return next();
    }
    const key = await verifyApiKey(deps.db, token, deps.now());
    if (!key) throw unauthorized('unknown or revoked API key: send Authorization: Bearer <key> with a key e-Citizen issued to your agency');
    c.set('caller', { kind: 'agency', agencyCode: key.agencyCode, keyPrefix: key.prefix });
    return next();
  });
}

/** Operator routes (onboarding agencies, reports): an agency key is refused. */
export const requireOperator = createMiddleware<ApiEnv>(async (c, next) => {
  if (c.get('caller').kind !== 'operator') throw unauthorized('this route takes the operator key (ADMIN_API_KEY)');
  await next();
});

/** Agency routes (services, applications): the operator key is refused, since it acts for no agency. */
export const requireAgency = createMiddleware<ApiEnv>(async (c, next) => {
  if (c.get('caller').kind !== 'agency') throw unauthorized('this route takes an agency key');
  await next();
});
