import type { z } from 'zod';

/** The closed set of request errors, each with its HTTP status. */
export const ERROR_STATUS = {
  invalid_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unprocessable: 422,
  rate_limited: 429,
  unavailable: 503,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

/** A request the service will not carry out, and why; mapped to a response in one place (`onError`). */
export class RequestError extends Error {
  override name = 'RequestError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { path: string; message: string }[] = [],
    /** Headers the refusal carries, e.g. `Retry-After` on a 429. */
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  get status() {
    return ERROR_STATUS[this.code];
  }

  /** A 400 naming every field at fault, from a failed zod parse of a form, a query or a body. */
  static invalid(error: z.ZodError): RequestError {
    // An unknown field is named (zod puts it in `keys`, not the path): a misspelt filter says which.
    const details = error.issues.flatMap((issue) =>
      issue.code === 'unrecognized_keys'
        ? issue.keys.map((key) => ({ path: [...issue.path, key].join('.'), message: `unknown field ${key}` }))
        : [{ path: issue.path.join('.'), message: issue.message }],
    );
    return new RequestError('invalid_request', details.map((detail) => detail.message).join('; '), details);
  }
}
