import { createMiddleware } from 'hono/factory';
import { constantTimeEqual } from './constant-time-equal.js';
import { RequestError } from './request-error.js';

/**
 * Operator routes need `Authorization: Bearer <ADMIN_API_KEY>`. With no key configured they
 * are shut: an unset key must never mean an open door.
 */
export function operatorKey(adminApiKey: string | undefined) {
  return createMiddleware(async (c, next) => {
    if (adminApiKey === undefined) {
      throw new RequestError('unauthorized', 'operator routes are disabled: ADMIN_API_KEY is not set');
    }
    const token = /^Bearer +(\S+) *$/i.exec(c.req.header('authorization') ?? '')?.[1] ?? '';
    if (!constantTimeEqual(token, adminApiKey)) {
      throw new RequestError('unauthorized', 'missing or wrong operator key (Authorization: Bearer <ADMIN_API_KEY>)');
    }
    await next();
  });
}
