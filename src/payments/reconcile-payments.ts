import { and, asc, eq, inArray, lte } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { payments } from '../db/schema.js';
import type { Logger } from '../logging/logger.js';
import { maskPhone } from '../phone/phone-number.js';
import type { DarajaClient } from './daraja-client.js';
import { findPayment, settlePayment } from './settle-payment.js';

export interface ReconcileDeps {
  db: Database;
  daraja: DarajaClient;
  now: () => number;
  logger: Logger;
  serviceCode: string;
  /** Pushes asked about per run at most. */
  limit?: number;
}

/** Between two questions about one push. */
export const QUERY_AGAIN_MS = 60_000;
/** After this long without a final answer, a push is `unknown`: a person must look at it. */
export const QUERY_GIVE_UP_MS = 24 * 60 * 60 * 1000;
const DEFAULT_LIMIT = 50;

/**
 * Asks Daraja how each push without a callback ended (the sweep runs it): a final answer
 * settles it as the callback would have; "still being processed" is asked again a minute later,
 * for a day. Each push is taken by moving its next question on first, so two sweeps never ask
 * about one push at once.
 */
export async function reconcilePayments(deps: ReconcileDeps): Promise<{ asked: number; settled: number }> {
  const now = deps.now();
  const due = and(eq(payments.state, 'requested'), lte(payments.nextAttemptAt, now));
  const next = deps.db.select({ id: payments.id }).from(payments).where(due).orderBy(asc(payments.nextAttemptAt)).limit(deps.limit ?? DEFAULT_LIMIT);
  const taken = await deps.db
    .update(payments)
    .set({ nextAttemptAt: now + QUERY_AGAIN_MS, updatedAt: now })
    .where(and(inArray(payments.id, next), due))
    .returning();
  let settled = 0;
  for (const row of taken) {
    const log = { payment: row.id, phone: maskPhone(row.phone), checkoutRequestId: row.checkoutRequestId ?? '' };
    const answer = row.checkoutRequestId ? await deps.daraja.query(row.checkoutRequestId) : ({ kind: 'pending', reason: 'no CheckoutRequestID' } as const);
    const found = await findPayment(deps.db, { id: row.id });
    if (!found) continue;
    if (answer.kind === 'final') {
      const settlement =
        answer.resultCode === 0
          ? ({ kind: 'paid', resultDesc: answer.resultDesc, receipt: null } as const)
          : ({ kind: 'failed', resultCode: answer.resultCode, resultDesc: answer.resultDesc } as const);
      if ((await settlePayment(deps, found, settlement)) === 'settled') {
        settled += 1;
        deps.logger.info('payment reconciled by query', { ...log, resultCode: answer.resultCode });
      }
    } else if (now - row.createdAt >= QUERY_GIVE_UP_MS) {
      if ((await settlePayment(deps, found, { kind: 'unknown', reason: `no final answer after a day: ${answer.reason}` })) === 'settled') settled += 1;
      deps.logger.warn('payment left unknown: Daraja gave no final answer for a day', { ...log, reason: answer.reason });
    }
  }
  return { asked: taken.length, settled };
}
