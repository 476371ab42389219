import type { Context } from 'hono';
import type { z } from 'zod';
import { RequestError } from '../request-error.js';

/**
 * Reads a JSON body against `schema`: not JSON -> 400; JSON that does not fit -> 422 with the
 * path and the problem of each field at fault.
 */
export async function readJson<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  if (!(c.req.header('content-type') ?? '').toLowerCase().includes('application/json')) {
    throw new RequestError('invalid_request', 'expected a JSON body (Content-Type: application/json)');
  }
  let body: unknown;
  try {
    body = JSON.parse(await c.req.text());
  } catch {
    throw new RequestError('invalid_request', 'the body is not valid JSON');
  }
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const invalid = RequestError.invalid(parsed.error);
  throw new RequestError('unprocessable', invalid.message, invalid.details);
}
