import { z } from 'zod';
import type { SendOutcome } from './sms-gateway.js';

const Recipient = z.object({
  statusCode: z.coerce.number().int(),
  number: z.string(),
  status: z.string(),
  cost: z.string().optional(),
  messageId: z.string().optional(),
});

/** Africa's Talking's answer to a send (HTTP 201). */
export const AtSendResponse = z.object({
  SMSMessageData: z.object({ Message: z.string().optional(), Recipients: z.array(Recipient) }),
});

/** Recipient codes that a later attempt can turn into a send (AT-API.md); the rest are final. */
const RETRYABLE_CODES = new Set([401, 405, 407, 500, 501, 502]);
const ACCEPTED_CODES = new Set([100, 101, 102]);

/** The outcome for the one recipient of a send, from the body of a 201 answer. */
export function readAtResponse(body: unknown): SendOutcome {
  const parsed = AtSendResponse.safeParse(body);
  if (!parsed.success) return { kind: 'retry', statusCode: null, reason: 'unreadable answer from the SMS gateway' };
  const [recipient] = parsed.data.SMSMessageData.Recipients;
  if (!recipient) {
    const message = parsed.data.SMSMessageData.Message ?? 'no recipient in the answer';
    return { kind: 'rejected', statusCode: null, reason: message };
  }
  if (ACCEPTED_CODES.has(recipient.statusCode) && recipient.messageId) {
    return { kind: 'accepted', messageId: recipient.messageId, statusCode: recipient.statusCode, cost: recipient.cost ?? null };
  }
  const kind = RETRYABLE_CODES.has(recipient.statusCode) ? 'retry' : 'rejected';
  return { kind, statusCode: recipient.statusCode, reason: `${recipient.statusCode} ${recipient.status}` };
}

/** An HTTP failure: 5xx and 429 may pass, other 4xx (a bad key, a bad request) will not by themselves. */
export function httpFailure(status: number, detail: string): SendOutcome {
  const kind = status >= 500 || status === 429 ? 'retry' : 'rejected';
  return { kind, statusCode: status, reason: `HTTP ${status}${detail ? `: ${detail.slice(0, 120)}` : ''}` };
}
