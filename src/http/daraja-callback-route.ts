import { Hono } from 'hono';
import type { Database } from '../db/database.js';
import type { Logger } from '../logging/logger.js';
import { DarajaCallback, readCallback } from '../payments/daraja-callback.js';
import { findPayment, settlePayment } from '../payments/settle-payment.js';
import { maskPhone } from '../phone/phone-number.js';
import { constantTimeEqual } from './constant-time-equal.js';
import { RequestError } from './request-error.js';

export interface DarajaCallbackDeps {
  db: Database;
  logger: Logger;
  now: () => number;
  serviceCode: string;
  /** The callback URL's secret path segment. */
  callbackSecret: Promise<string>;
}

/**
 * `POST /daraja/callback/<secret>`: how an STK push ended. Daraja signs nothing, so a callback
 * is believed only at the secret path, only for a push we asked for (its CheckoutRequestID),
 * and, when it says paid, only for that push's amount and phone. Settling is idempotent on
 * CheckoutRequestID: a repeat or a late duplicate changes nothing and is answered as the first.
 */
export function darajaCallbackRoute(deps: DarajaCallbackDeps) {
  return new Hono().post('/:secret', async (c) => {
    if (!constantTimeEqual(c.req.param('secret'), await deps.callbackSecret)) throw new RequestError('forbidden', 'wrong callback path');
    let json: unknown;
    try {
      json = await c.req.json();
    } catch {
      throw new RequestError('invalid_request', 'expected a JSON body');
    }
    const parsed = DarajaCallback.safeParse(json);
    // The answer names each field at fault, as Daraja's own errors do not.
    if (!parsed.success) throw new RequestError('invalid_request', parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
    const outcome = readCallback(parsed.data);
    if ('problem' in outcome) throw new RequestError('invalid_request', outcome.problem);

    const found = await findPayment(deps.db, { checkoutRequestId: outcome.checkoutRequestId });
    if (!found) {
      deps.logger.warn('daraja callback for a push we did not ask for', { checkoutRequestId: outcome.checkoutRequestId.slice(0, 100) });
      throw new RequestError('not_found', 'no push with that CheckoutRequestID');
    }
    const { payment } = found;
    if (outcome.paid && (outcome.amountKes !== payment.amountKes || outcome.phone !== payment.phone)) {
      deps.logger.warn('daraja callback refused: it does not match the push', {
        payment: payment.id,
        checkoutRequestId: outcome.checkoutRequestId,
        amountKes: outcome.amountKes,
        expectedKes: payment.amountKes,
        phone: maskPhone(outcome.phone ?? ''),
        expectedPhone: maskPhone(payment.phone),
      });
      throw new RequestError('invalid_request', 'the callback does not match the push (amount or phone)');
    }
    const settled = await settlePayment(deps, found, outcome.paid ? { kind: 'paid', resultDesc: outcome.resultDesc, receipt: outcome.receipt } : { kind: 'failed', resultCode: outcome.resultCode, resultDesc: outcome.resultDesc });
    if (settled === 'already_final') deps.logger.info('daraja callback repeated: nothing changed', { payment: payment.id, state: payment.state });
    return c.json({ ResultCode: 0, ResultDesc: 'Accepted' });
  });
}
