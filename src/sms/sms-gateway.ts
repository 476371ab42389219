/** One SMS to one phone, as the outbox hands it to a gateway. */
export interface OutgoingSms {
  to: string;
  message: string;
  /** Registered sender id or short code; the account's default when unset. */
  from?: string | undefined;
}

/** What became of one send. */
export type SendOutcome =
  | { kind: 'accepted'; messageId: string; statusCode: number; cost: string | null }
  /** Not sent, and sending again later may work (network, timeout, 5xx, low balance, risk hold). */
  | { kind: 'retry'; statusCode: number | null; reason: string }
  /** Not sent, and sending again cannot help (invalid number, blacklisted, ...). */
  | { kind: 'rejected'; statusCode: number | null; reason: string };

/**
 * Africa's Talking's SMS API, seen from the outbox. Two implementations: the official SDK on
 * Node (src/runtime/) and `fetch` on Workers; both pass one contract suite against the local
 * gateway. A send never throws: every failure is an outcome.
 */
export interface SmsGateway {
  send(sms: OutgoingSms): Promise<SendOutcome>;
}
