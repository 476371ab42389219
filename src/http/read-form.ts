import type { Context } from 'hono';
import type { z } from 'zod';
import { RequestError } from './request-error.js';

/**
 * Reads an Africa's Talking callback: a form body (url-encoded, or multipart), checked against
 * `schema`. Anything else is a RequestError that names the field at fault. When a field is
 * repeated, the first value counts.
 */
export async function readForm<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  const fields = await formFields(c);
  const parsed = schema.safeParse(fields);
  if (parsed.success) return parsed.data;
  throw RequestError.invalid(parsed.error);
}

async function formFields(c: Context): Promise<Record<string, string>> {
  const type = (c.req.header('content-type') ?? '').toLowerCase();
  const fields: Record<string, string> = {};
  if (type.startsWith('application/x-www-form-urlencoded')) {
    // Decoded by hand: workerd warns when .text() reads a body whose type is not text/*.
    const body = new TextDecoder().decode(await c.req.arrayBuffer());
    for (const [name, value] of new URLSearchParams(body)) fields[name] ??= value;
    return fields;
  }
  if (type.startsWith('multipart/form-data')) {
    let form: FormData;
    try {
      form = await c.req.formData();
    } catch {
      throw new RequestError('invalid_request', 'the multipart/form-data body could not be read');
    }
    for (const [name, value] of form) if (typeof value === 'string') fields[name] ??= value;
    return fields;
  }
  throw new RequestError('invalid_request', 'expected a form body (Content-Type: application/x-www-form-urlencoded)');
}
