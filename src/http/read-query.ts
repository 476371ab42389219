import type { Context } from 'hono';
import type { z } from 'zod';
import { RequestError } from './request-error.js';

/** Reads a request's query string against `schema`; a RequestError names each parameter at fault. */
export function readQuery<T extends z.ZodType>(c: Context, schema: T): z.infer<T> {
  const parsed = schema.safeParse(c.req.query());
  if (parsed.success) return parsed.data;
  throw RequestError.invalid(parsed.error);
}
