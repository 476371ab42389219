/** Who is calling the API: an agency, by one of its keys, or the operator (ADMIN_API_KEY). */
export type ApiCaller = { kind: 'agency'; agencyCode: string; keyPrefix: string } | { kind: 'operator' };

/** The Hono environment of `/api/v1`: the authenticated caller, set by `apiAuth`. */
export interface ApiEnv {
  Variables: { caller: ApiCaller };
}

/** Keys of different callers never meet (idempotency, rate limits). */
export function callerScope(caller: ApiCaller): string {
  return caller.kind === 'operator' ? 'operator' : `agency:${caller.agencyCode}`;
}
