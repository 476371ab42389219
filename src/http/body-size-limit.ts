import { createMiddleware } from 'hono/factory';
import { RequestError } from './request-error.js';

/**
 * Refuses a body over `maxBytes` with 413. It trusts Content-Length when there is one and reads
 * the body (cached for the handler) only when there is none: Hono's bodyLimit streams `raw.body`,
 * which makes @hono/node-server build a whole web Request for every USSD hop.
 */
export function bodySizeLimit(maxBytes: number, what: string) {
  return createMiddleware(async (c, next) => {
    const declared = c.req.header('content-length');
    const tooLarge = () => new RequestError('payload_too_large', `the body is larger than ${what}`);
    if (declared !== undefined) {
      if (Number(declared) > maxBytes) throw tooLarge();
    } else if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      if ((await c.req.arrayBuffer()).byteLength > maxBytes) throw tooLarge();
    }
    await next();
  });
}
