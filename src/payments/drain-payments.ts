import type { Database } from '../db/database.js';
import { payments } from '../db/schema.js';
import { TRANSACTION_DESC_MAX } from '../domain/mpesa-results.js';
import type { Logger } from '../logging/logger.js';
import { claimDue, nextAttemptAt, sendEach, stillLeased, type LeaseSettings } from '../outbox/leased-outbox.js';
import { maskPhone } from '../phone/phone-number.js';
import type { DarajaClient, PushAnswer } from './daraja-client.js';
import { findPayment, settlePayment } from './settle-payment.js';

export interface PaymentDrainDeps {
  db: Database;
  daraja: DarajaClient;
  /** Where Daraja posts the outcome: the public callback URL with its secret path segment. */
  callbackUrl: string;
  now: () => number;
  logger: Logger;
  serviceCode: string;
  /** The longest one call to Daraja may take (a push that needs a token makes two). */
  callTimeoutMs: number;
  random?: () => number;
}

export interface PaymentDrainResult {
  claimed: number;
  more: boolean;
  requested: number;
  retrying: number;
  settled: number;
}

/**
 * How long a push may keep failing to reach Daraja before it is given up: the citizen ended the
 * session expecting the prompt within seconds, and a prompt minutes later is a surprise.
 */
export const PUSH_MAX_AGE_MS = 2 * 60 * 1000;
/** When to ask Daraja how a push ended if its callback has not come: the prompt lasts about a minute. */
export const QUERY_AFTER_MS = 3 * 60 * 1000;
/** What the PIN prompt says the money is for. */
const DESCRIPTION = 'e-Citizen fee'.slice(0, TRANSACTION_DESC_MAX);

/**
 * Sends the pushes that are owed, each once, through the leased outbox SMS and webhooks use.
 * Accepted: `requested`, waiting for the callback (or the query after QUERY_AFTER_MS). Refused
 * in a way a later try can mend (no token, Daraja failing): tried again with backoff for
 * PUSH_MAX_AGE_MS, then failed with an SMS. Refused for good: failed with an SMS. No answer:
 * `unknown`, never pushed again (Daraja may have shown the prompt), and the SMS says so.
 */
export async function drainPayments(deps: PaymentDrainDeps): Promise<PaymentDrainResult> {
  const settings: LeaseSettings = { sendTimeoutMs: 2 * deps.callTimeoutMs, leaseMs: 8 * deps.callTimeoutMs, maxAgeMs: PUSH_MAX_AGE_MS };
  const claim = await claimDue<typeof payments.$inferSelect>(deps.db, payments, deps.now(), settings);
  const result: PaymentDrainResult = { claimed: claim.rows.length, more: claim.more, requested: 0, retrying: 0, settled: 0 };
  await sendEach(claim.rows, settings, async (row) => {
    const answer = await deps.daraja.push({
      phone: row.phone,
      amountKes: row.amountKes,
      accountReference: row.accountReference,
      description: DESCRIPTION,
      callbackUrl: deps.callbackUrl,
    });
    const recorded = await record(deps, settings, row, claim.leaseUntil, answer);
    if (recorded) result[recorded] += 1;
  });
  return result;
}

async function record(deps: PaymentDrainDeps, settings: LeaseSettings, row: typeof payments.$inferSelect, leaseUntil: number, answer: PushAnswer) {
  const now = deps.now();
  const log = { payment: row.id, phone: maskPhone(row.phone), attempt: row.attempts };
  if (answer.kind === 'accepted') {
    const updated = await deps.db
      .update(payments)
      .set({ state: 'requested', merchantRequestId: answer.merchantRequestId, checkoutRequestId: answer.checkoutRequestId, nextAttemptAt: now + QUERY_AFTER_MS, leaseUntil: null, lastError: null, updatedAt: now })
      .where(stillLeased(payments, row.id, leaseUntil))
      .returning({ id: payments.id });
    if (updated.length === 0) deps.logger.warn('payment push outcome not recorded: the lease ran out', log);
    else deps.logger.info('payment push accepted', { ...log, checkoutRequestId: answer.checkoutRequestId });
    return updated.length === 0 ? null : 'requested';
  }
  const retryAt = answer.kind === 'refused' && answer.retry ? nextAttemptAt(row, now, { ...settings, random: deps.random }) : null;
  if (retryAt !== null && answer.kind === 'refused') {
    deps.logger.warn('payment push will be retried', { ...log, reason: answer.reason });
    await deps.db
      .update(payments)
      .set({ state: 'queued', nextAttemptAt: retryAt, leaseUntil: null, lastError: answer.reason.slice(0, 300), updatedAt: now })
      .where(stillLeased(payments, row.id, leaseUntil));
    return 'retrying';
  }
  deps.logger.warn(answer.kind === 'no_answer' ? 'payment push unanswered: it is not sent again' : 'payment push refused for good', { ...log, reason: answer.reason });
  const found = await findPayment(deps.db, { id: row.id });
  if (!found || found.payment.state !== 'sending' || found.payment.leaseUntil !== leaseUntil) return null;
  const settlement =
    answer.kind === 'no_answer'
      ? ({ kind: 'unknown', reason: answer.reason } as const)
      : ({ kind: 'failed', resultCode: -1, resultDesc: `push refused: ${answer.reason}` } as const);
  await settlePayment(deps, found, settlement);
  return 'settled';
}
