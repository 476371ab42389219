import { afterEach, describe, expect, it } from 'vitest';
import { requestPayment } from '../../src/payments/request-payment.js';
import { optionFor, servePayments } from '../support/payment-harness.js';
import { TEST_NOW } from '../support/test-app.js';

let served: Awaited<ReturnType<typeof servePayments>> | undefined;
afterEach(async () => {
  await served?.close();
  served = undefined;
});

const APPLICANT = '+254722000222';
const OTHER_PHONE = '+254711000111';

/** The applicant asks to pay EC31500421 and the push goes out; its callback is held back. */
async function pushed(app: Awaited<ReturnType<typeof servePayments>>) {
  app.script({ callback: 'none' });
  const citizen = app.phone(APPLICANT);
  await citizen.dial();
  await citizen.press('2');
  const { option } = await optionFor(citizen.press, await citizen.press('EC31500421'), 'M-Pesa');
  await citizen.press(option);
  await app.settle();
  const [payment] = await app.paymentsOf('EC31500421');
  return payment!;
}

function paidCallback(checkoutRequestId: string, amount: number, phoneNumber: number) {
  return {
    Body: {
      stkCallback: {
        MerchantRequestID: '1-2-3',
        CheckoutRequestID: checkoutRequestId,
        ResultCode: 0,
        ResultDesc: 'The service request is processed successfully.',
        CallbackMetadata: {
          Item: [
            { Name: 'Amount', Value: amount },
            { Name: 'MpesaReceiptNumber', Value: 'QKH94M1Z11' },
            { Name: 'Balance' },
            { Name: 'TransactionDate', Value: 20261120090101 },
            { Name: 'PhoneNumber', Value: phoneNumber },
          ],
        },
      },
    },
  };
}

const post = (url: string, body: unknown) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });

describe('who can pay, and which callbacks are believed', () => {
  it('never offers or pushes a payment for another phone\'s application: it is not found, as for the status', async () => {
    served = await servePayments();
    const other = served.phone(OTHER_PHONE);
    await other.dial();
    await other.press('5');
    expect(await other.press('EC31500421')).toBe('CON No application EC31500421 was found for this phone number.\n1. Try another reference\n0 Back\n00 Main menu');
    const [application] = await served.harness.sqlite.prepare("select id from applications where reference = 'EC31500421'").all() as { id: number }[];
    const outcome = await requestPayment(served.harness.db, { applicationId: application!.id, phone: OTHER_PHONE, language: 'en', dedupeKey: 'forged-hop', now: TEST_NOW });
    expect(outcome).toEqual({ kind: 'not_due' });
    await served.settle();
    expect(await served.paymentsOf('EC31500421')).toEqual([]);
    expect(served.local.pushes()).toEqual([]);
  });

  it.each([
    { what: 'an amount that is not the push\'s', amount: 1, phoneNumber: 254722000222 },
    { what: 'a phone that is not the push\'s', amount: 55, phoneNumber: 254711000111 },
  ])('refuses a callback that says paid with $what: 400, logged with the phone masked, nothing marked paid', async ({ amount, phoneNumber }) => {
    served = await servePayments();
    const payment = await pushed(served);
    const response = await post(served.callbackUrl, paidCallback(payment.checkoutRequestId!, amount, phoneNumber));
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('does not match the push');
    expect((await served.paymentsOf('EC31500421'))[0]).toMatchObject({ state: 'requested', mpesaReceipt: null });
    expect((await served.smsTo(APPLICANT)).filter((sms) => sms.kind.startsWith('payment_'))).toEqual([]);
    const refusal = served.harness.logger.entries.find((entry) => entry.message === 'daraja callback refused: it does not match the push');
    expect(refusal?.fields).toMatchObject({ phone: `***${String(phoneNumber).slice(-3)}`, expectedPhone: '***222', amountKes: amount, expectedKes: 55 });
    const logged = JSON.stringify(served.harness.logger.entries);
    expect(logged).not.toContain('722000222');
    expect(logged).not.toContain('711000111');
  });

  it('refuses a callback at a path without the secret, and one for a push it never asked for', async () => {
    served = await servePayments();
    const payment = await pushed(served);
    const wrongPath = `${served.server.url}/daraja/callback/${'0'.repeat(40)}`;
    expect((await post(wrongPath, paidCallback(payment.checkoutRequestId!, 55, 254722000222))).status).toBe(403);
    expect((await post(served.callbackUrl, paidCallback('ws_CO_forged', 55, 254722000222))).status).toBe(404);
    expect((await served.paymentsOf('EC31500421'))[0]?.state).toBe('requested');
  });

  it.each([
    { body: 'not json', message: 'expected a JSON body' },
    { body: { Body: {} }, message: 'Body.stkCallback' },
    { body: { Body: { stkCallback: { CheckoutRequestID: 'x', ResultCode: 0, ResultDesc: 'ok' } } }, message: 'Amount is missing' },
    { body: { Body: { stkCallback: { CheckoutRequestID: 'x'.repeat(101), ResultCode: 1032 } } }, message: 'CheckoutRequestID' },
  ])('answers a malformed callback 400 naming what is wrong ($message)', async ({ body, message }) => {
    served = await servePayments();
    const response = await post(served.callbackUrl, body);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(message);
  });

  it('changes nothing on a late callback that contradicts a push already settled', async () => {
    served = await servePayments();
    served.script({ results: [1032] });
    const citizen = served.phone(APPLICANT);
    await citizen.dial();
    await citizen.press('2');
    const { option } = await optionFor(citizen.press, await citizen.press('EC31500421'), 'M-Pesa');
    await citizen.press(option);
    await served.settle();
    const [failed] = await served.paymentsOf('EC31500421');
    expect(failed?.state).toBe('failed');
    expect((await post(served.callbackUrl, paidCallback(failed!.checkoutRequestId!, 55, 254722000222))).status).toBe(200);
    expect((await served.paymentsOf('EC31500421'))[0]).toMatchObject({ state: 'failed', mpesaReceipt: null });
    expect((await served.smsTo(APPLICANT)).filter((sms) => sms.kind === 'payment_receipt')).toEqual([]);
  });
});
