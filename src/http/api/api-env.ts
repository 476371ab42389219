/** Who is calling the API: an agency, by one of its keys, or the operator (ADMIN_API_KEY). */
export type ApiCaller = { kind: 'agency'; agencyCode: string; keyPrefix: string } | { kind: 'operator' };

/** The Hono environment of `/api/v1`: the authenticated caller, set by `apiAuth`. */
export interface ApiEnv {
  Variables: {
    caller: ApiCaller;
    /**
     * Set by a route whose answer shows a secret once (a new API key, a webhook's signing
     * secret): such an answer is never stored for an Idempotency-Key replay, nor cached.
     */
    answerHoldsSecret?: boolean;
  };
}

/** Keys of different callers never meet (idempotency, rate limits). */
export function callerScope(caller: ApiCaller): string {
  return caller.kind === 'operator' ? 'operator' : `agency:${caller.agencyCode}`;
}
