import { and, eq, inArray, notExists, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { applications, payments } from '../db/schema.js';
import { totalPayable } from '../domain/convenience-fee.js';
import { ACCOUNT_REFERENCE_MAX, IN_FLIGHT_PAYMENT_STATES } from '../domain/mpesa-results.js';
import type { Language } from '../menu/menu-schema.js';

export interface PaymentRequest {
  applicationId: number;
  /** The session's number: only the applicant's phone pays for its application. */
  phone: string;
  language: Language;
  /** The hop that asks (session and hop): a retransmitted or replayed hop adds nothing. */
  dedupeKey: string;
  now: number;
}

export type PaymentRequestOutcome =
  /** The push is owed: it goes out right after the reply that ends the session. */
  | { kind: 'started'; amountKes: number }
  /** Another push for this application may still take money: no second one. */
  | { kind: 'pending'; amountKes: number }
  | { kind: 'paid' }
  /** Not this phone's application, or nothing is due. */
  | { kind: 'not_due' };

/**
 * Owes Daraja a push for an application's fee, in one INSERT that checks, as it writes, that
 * the phone is the applicant's, that a fee is due, that nothing was paid and (the partial unique
 * index) that no other push is in flight; keyed on the hop, so a replay writes nothing more.
 */
export async function requestPayment(db: Database, request: PaymentRequest): Promise<PaymentRequestOutcome> {
  const application = await db.select({ feeDueKes: applications.feeDueKes }).from(applications).where(eq(applications.id, request.applicationId)).get();
  if (!application) return { kind: 'not_due' };
  const amountKes = totalPayable(application.feeDueKes);
  const paid = db.select({ id: payments.id }).from(payments).where(and(eq(payments.applicationId, request.applicationId), eq(payments.state, 'paid')));
  const row = db
    .select({
      id: sql`null`.as('id'),
      applicationId: applications.id,
      phone: applications.applicantPhone,
      amountKes: sql`${amountKes}`.as('amount_kes'),
      accountReference: sql`substr(${applications.reference}, 1, ${ACCOUNT_REFERENCE_MAX})`.as('account_reference'),
      language: sql`${request.language}`.as('language'),
      dedupeKey: sql`${request.dedupeKey}`.as('dedupe_key'),
      state: sql`'queued'`.as('state'),
      attempts: sql`0`.as('attempts'),
      nextAttemptAt: sql`${request.now}`.as('next_attempt_at'),
      leaseUntil: sql`null`.as('lease_until'),
      merchantRequestId: sql`null`.as('merchant_request_id'),
      checkoutRequestId: sql`null`.as('checkout_request_id'),
      resultCode: sql`null`.as('result_code'),
      resultDesc: sql`null`.as('result_desc'),
      mpesaReceipt: sql`null`.as('mpesa_receipt'),
      paidAt: sql`null`.as('paid_at'),
      lastError: sql`null`.as('last_error'),
      createdAt: sql`${request.now}`.as('created_at'),
      updatedAt: sql`${request.now}`.as('updated_at'),
    })
    .from(applications)
    .where(
      and(
        eq(applications.id, request.applicationId),
        eq(applications.applicantPhone, request.phone),
        eq(applications.feeDueKes, application.feeDueKes),
        sql`${applications.feeDueKes} > 0`,
        inArray(applications.status, OPEN_STATUSES),
        notExists(paid),
      ),
    );
  // The fee read above is checked again as the row is written: a fee changed in between writes nothing.
  await db.insert(payments).select(row as never).onConflictDoNothing();

  const mine = await db.select({ id: payments.id }).from(payments).where(eq(payments.dedupeKey, request.dedupeKey)).get();
  if (mine) return { kind: 'started', amountKes };
  const inFlight = await db
    .select({ amountKes: payments.amountKes })
    .from(payments)
    .where(and(eq(payments.applicationId, request.applicationId), inArray(payments.state, IN_FLIGHT_PAYMENT_STATES)))
    .get();
  if (inFlight) return { kind: 'pending', amountKes: inFlight.amountKes };
  return (await paid.get()) ? { kind: 'paid' } : { kind: 'not_due' };
}

/** The statuses in which a fee can still be paid (as the status screen offers it). */
const OPEN_STATUSES = ['submitted', 'under_review', 'approved', 'ready_for_collection'] as const;
