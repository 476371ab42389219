/**
 * What the service asks of Daraja (Safaricom's M-Pesa API, DARAJA.md): start an STK push, and
 * ask how one ended when its callback never came. One implementation, through fetch, on both
 * runtimes; tests run it against the local stand-in.
 */
export interface DarajaClient {
  push(request: PushRequest): Promise<PushAnswer>;
  query(checkoutRequestId: string): Promise<QueryAnswer>;
}

export interface PushRequest {
  /** E.164; Daraja takes it as `2547XXXXXXXX`. */
  phone: string;
  /** Whole shillings. */
  amountKes: number;
  /** Shown to the citizen on the PIN prompt and on M-Pesa's statement: at most 12 characters. */
  accountReference: string;
  /** At most 13 characters. */
  description: string;
  /** Where Daraja posts the outcome. */
  callbackUrl: string;
}

export type PushAnswer =
  /** Daraja took it: the phone shows the PIN prompt, and the callback names CheckoutRequestID. */
  | { kind: 'accepted'; merchantRequestId: string; checkoutRequestId: string }
  /**
   * Daraja refused it, so no prompt was shown and nothing can be taken: `retry` when a later
   * try can work (no token, Daraja busy or failing), not when the request itself is wrong.
   */
  | { kind: 'refused'; reason: string; retry: boolean }
  /** No answer (a timeout, a broken connection): Daraja may or may not have shown the prompt. */
  | { kind: 'no_answer'; reason: string };

export type QueryAnswer =
  /** The push ended: ResultCode 0 is paid, anything else failed. */
  | { kind: 'final'; resultCode: number; resultDesc: string }
  /** Still waiting for the citizen, or Daraja could not say: ask again later. */
  | { kind: 'pending'; reason: string };
