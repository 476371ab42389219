import { createMiddleware } from 'hono/factory';
import { constantTimeEqual } from './constant-time-equal.js';
import { RequestError } from './request-error.js';

/**
 * Africa's Talking signs nothing, so when CALLBACK_SECRET is set, callback URLs carry it
 * (`/ussd?secret=...`) and a callback without it is refused. Compared in constant time.
 */
export function callbackSecret(secret: string | undefined) {
  return createMiddleware(async (c, next) => {
    if (secret !== undefined && !constantTimeEqual(c.req.query('secret') ?? '', secret)) {
      throw new RequestError('forbidden', 'missing or wrong callback secret');
    }
    await next();
  });
}
