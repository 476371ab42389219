import { canPromptMpesa } from '../../domain/mpesa-network.js';
import { findOwnApplication } from '../../applications/look-up-application.js';
import type { Action } from '../../engine/capabilities.js';
import { requestPayment } from '../../payments/request-payment.js';
import { formatKes } from '../../text/kenyan-formats.js';
import type { CapabilityDeps } from './capability-deps.js';

/**
 * Paying from the phone (issue 14): an M-Pesa STK push for the application in `reference`. The
 * push is written in this hop and sent right after the reply, which ends the session: a phone
 * cannot show the PIN prompt while a USSD session is open (Daraja answers 1001).
 */
export function paymentCapabilities({ db, now, onSmsQueued, mpesa }: CapabilityDeps) {
  const actions = {
    pay_with_mpesa: (async (ctx) => {
      if (!mpesa || !canPromptMpesa(ctx.network)) return { outcome: 'unavailable' };
      // Only the applicant's phone finds its application; the paying number is the session's.
      const row = await findOwnApplication(db, ctx.phone, ctx.lang, { reference: ctx.vars.reference ?? '' });
      if (!row) return { outcome: 'not_found' };
      const result = await requestPayment(db, { applicationId: row.application.id, phone: ctx.phone, language: ctx.lang, dedupeKey: `mpesa:${ctx.idempotencyKey}`, now: now() });
      if (result.kind === 'started') onSmsQueued?.();
      if (result.kind === 'started' || result.kind === 'pending') return { outcome: result.kind, vars: { total: formatKes(result.amountKes) } };
      return { outcome: result.kind === 'paid' ? 'paid' : 'nothing_due' };
    }) satisfies Action,
  };
  return { actions };
}
