import type { Context } from 'hono';
import { RequestError } from '../request-error.js';
import type { ApiEnv } from './api-env.js';

/** The calling agency's code, on routes that only an agency key may use. */
export function callerAgency(c: Context<ApiEnv>): string {
  const caller = c.get('caller');
  if (caller.kind !== 'agency') throw new RequestError('forbidden', 'this route takes an agency key');
  return caller.agencyCode;
}
