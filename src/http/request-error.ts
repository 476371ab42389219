/** The closed set of request errors, each with its HTTP status. */
export const ERROR_STATUS = {
  invalid_request: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

/** A request the service will not carry out, and why; mapped to a response in one place (`onError`). */
export class RequestError extends Error {
  override name = 'RequestError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { path: string; message: string }[] = [],
  ) {
    super(message);
  }

  get status() {
    return ERROR_STATUS[this.code];
  }
}
