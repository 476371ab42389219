import { and, eq, inArray, lt, sql } from 'drizzle-orm';
import { applicationView, paymentJson } from '../applications/application-json.js';
import type { Database } from '../db/database.js';
import { applicationEvents, applications, payments, services } from '../db/schema.js';
import { writeAtomically, type Statement } from '../db/write-atomically.js';
import { ECITIZEN_PAYBILL } from '../domain/convenience-fee.js';
import { failureWords, type PaymentState } from '../domain/mpesa-results.js';
import { queueSms } from '../sms/queue-sms.js';
import { formatKes } from '../text/kenyan-formats.js';
import { queueWebhookEvent } from '../webhooks/queue-webhook-event.js';

/** How a push ended, from Daraja's callback or its query. */
export type Settlement =
  | { kind: 'paid'; resultDesc: string; receipt: string | null }
  | { kind: 'failed'; resultCode: number; resultDesc: string }
  /** Nobody can tell: the answer to the push never came, or the queries gave up. */
  | { kind: 'unknown'; reason: string };

export interface SettleDeps {
  db: Database;
  now: () => number;
  /** The USSD code citizens dial, named in the failure SMS. */
  serviceCode: string;
}

/** Settled states are final; any other may still be settled (an `unknown` too, should Daraja's answer come after all). */
const OPEN_STATES: PaymentState[] = ['queued', 'sending', 'requested', 'unknown'];

export type PaymentWithApplication = NonNullable<Awaited<ReturnType<typeof findPayment>>>;

/** A push with its application and service, by its row id or Daraja's CheckoutRequestID. */
export async function findPayment(db: Database, which: { id: number } | { checkoutRequestId: string }) {
  return (
    (await db
      .select({ payment: payments, application: applications, serviceCode: services.code, nameEn: services.nameEn, nameSw: services.nameSw })
      .from(payments)
      .innerJoin(applications, eq(applications.id, payments.applicationId))
      .innerJoin(services, eq(services.id, applications.serviceId))
      .where('id' in which ? eq(payments.id, which.id) : eq(payments.checkoutRequestId, which.checkoutRequestId))
      .get()) ?? null
  );
}

/**
 * Records how a push ended, in one atomic write with what follows from it. Paid: the payment,
 * an entry in the application's history (its next `seq`, as a status change takes it, so a
 * change racing this one loses and is tried again), the receipt SMS in the citizen's language
 * and the agency's `payment.succeeded` webhook. Failed or unknown: the payment and an SMS that
 * says why and how to try again. Every write is keyed on the payment, and the payment changes
 * only from an open state: a repeated callback, or a query after the callback, changes nothing.
 */
export async function settlePayment(deps: SettleDeps, found: PaymentWithApplication, settlement: Settlement): Promise<'settled' | 'already_final'> {
  const { payment, application } = found;
  if (!OPEN_STATES.includes(payment.state)) return 'already_final';
  const now = deps.now();
  const open = and(eq(payments.id, payment.id), inArray(payments.state, OPEN_STATES));
  const serviceName = payment.language === 'sw' ? found.nameSw : found.nameEn;
  const values = { amount: formatKes(payment.amountKes), reference: application.reference, service_name: serviceName, service_code: deps.serviceCode, paybill: ECITIZEN_PAYBILL };
  const sms = { phone: payment.phone, language: payment.language, applicationId: application.id, now } as const;
  let statements: Statement[];
  if (settlement.kind === 'paid') {
    statements = [
      deps.db
        .update(payments)
        .set({ state: 'paid', resultCode: 0, resultDesc: settlement.resultDesc, mpesaReceipt: settlement.receipt, paidAt: now, leaseUntil: null, updatedAt: now })
        .where(open),
      ...historyEntry(deps.db, found, settlement.receipt, now),
      queueSms(deps.db, {
        ...sms,
        kind: settlement.receipt ? 'payment_receipt' : 'payment_confirmed',
        dedupeKey: `payment_receipt:${payment.id}`,
        values: { ...values, receipt: settlement.receipt ?? '' },
      }),
      queueWebhookEvent(deps.db, {
        agencyCode: application.agencyCode,
        type: 'payment.succeeded',
        dedupeKey: `payment.succeeded:${payment.id}`,
        // The application as the API shows it once paid: one parser for both events and the API.
        data: {
          application: applicationView(
            { ...application, updatedAt: now },
            found.serviceCode,
            paymentJson({ ...payment, state: 'paid', resultCode: 0, mpesaReceipt: settlement.receipt, paidAt: now }),
          ),
        },
        now,
        since: now,
      }),
    ];
  } else {
    const failed = settlement.kind === 'failed';
    statements = [
      deps.db
        .update(payments)
        .set({
          state: failed ? 'failed' : 'unknown',
          resultCode: failed ? settlement.resultCode : null,
          resultDesc: failed ? settlement.resultDesc.slice(0, 300) : null,
          lastError: failed ? payment.lastError : settlement.reason.slice(0, 300),
          leaseUntil: null,
          updatedAt: now,
        })
        .where(open),
      queueSms(deps.db, {
        ...sms,
        kind: failed ? 'payment_failed' : 'payment_unconfirmed',
        dedupeKey: `payment_failed:${payment.id}`,
        values: { ...values, reason: failureWords(failed ? settlement.resultCode : null, payment.language) },
      }),
    ];
  }
  await writeAtomically(deps.db, statements);
  return 'settled';
}

/**
 * The payment as the next entry of the application's history: its `seq` is the application's
 * version plus one, read within the same write, and the version follows it. Keyed on the push,
 * so a second run adds no entry and moves no version.
 */
function historyEntry(db: Database, found: PaymentWithApplication, receipt: string | null, now: number): Statement[] {
  const { payment, application } = found;
  const changeKey = `payment:${payment.id}`;
  const note = `Paid KES ${formatKes(payment.amountKes)} by M-Pesa${receipt ? `, receipt ${receipt}` : ''}`;
  const entry = db
    .select({
      id: sql`null`.as('id'),
      applicationId: applications.id,
      seq: sql`${applications.version} + 1`.as('seq'),
      fromStatus: applications.status,
      status: sql`${applications.status}`.as('status'),
      note: sql`${note}`.as('note'),
      actor: sql`'citizen'`.as('actor'),
      changeKey: sql`${changeKey}`.as('change_key'),
      kind: sql`'payment'`.as('kind'),
      createdAt: sql`${now}`.as('created_at'),
    })
    .from(applications)
    .where(eq(applications.id, application.id));
  const seq = sql`(select ${applicationEvents.seq} from ${applicationEvents} where ${and(eq(applicationEvents.applicationId, application.id), eq(applicationEvents.changeKey, changeKey))})`;
  return [
    db.insert(applicationEvents).select(entry as never).onConflictDoNothing(),
    db.update(applications).set({ version: seq, updatedAt: now }).where(and(eq(applications.id, application.id), lt(applications.version, seq))),
  ];
}
