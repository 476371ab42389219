import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/http/create-app.js';
import { applicationEvents, applications } from '../../src/db/schema.js';
import { LOCAL_DARAJA_PATH } from '../../src/local-gateway/local-daraja.js';
import { localDarajaConfig } from '../../src/payments/daraja-config.js';
import { QUERY_AFTER_MS } from '../../src/payments/drain-payments.js';
import { createPaymentWork } from '../../src/payments/payment-work.js';
import { bundledMenuFiles } from '../../src/menu/bundled-menus.js';
import { loadMenus } from '../../src/menu/load-menus.js';
import { optionFor, servePayments } from '../support/payment-harness.js';
import { recordingLogger } from '../support/test-app.js';
import { phone } from '../support/ussd-client.js';

let served: Awaited<ReturnType<typeof servePayments>> | undefined;
afterEach(async () => {
  await served?.close();
  served = undefined;
});

const KISWAHILI_PHONE = '+254722000222';

/** The Kiswahili demo phone asks to pay EC31500421 (KES 55) from its status screen; returns the END. */
async function payFromStatus(app: Awaited<ReturnType<typeof servePayments>>, number = KISWAHILI_PHONE) {
  const citizen = app.phone(number);
  await citizen.dial();
  await citizen.press('2');
  const { option } = await optionFor(citizen.press, await citizen.press('EC31500421'), 'M-Pesa');
  return citizen.press(option);
}

async function historyOf(app: Awaited<ReturnType<typeof servePayments>>, reference: string) {
  const [application] = await app.harness.db.select().from(applications).where(eq(applications.reference, reference));
  const events = await app.harness.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, application!.id));
  return { application: application!, events };
}

describe('an M-Pesa push that does not end paid', () => {
  it.each([
    { code: 1, words: 'salio lako la M-Pesa halikutosha' },
    { code: 1001, words: 'simu yako ilikuwa na shughuli nyingine' },
    { code: 1019, words: 'muda wa kuweka PIN uliisha kabla hujajibu' },
    { code: 1032, words: 'ulighairi malipo kwenye M-Pesa' },
    { code: 1037, words: 'M-Pesa haikuweza kufikia simu yako' },
    { code: 2001, words: 'PIN ya M-Pesa haikuwa sahihi' },
    { code: 17, words: 'M-Pesa haikuweza kuyakamilisha' },
  ])('ResultCode $code: failed with the code and Daraja\'s words, and an SMS that says why and how to try again', async ({ code, words }) => {
    served = await servePayments();
    served.script({ results: [code] });
    await payFromStatus(served);
    await served.settle();
    const [payment] = await served.paymentsOf('EC31500421');
    expect(payment).toMatchObject({ state: 'failed', resultCode: code, mpesaReceipt: null });
    expect(payment!.resultDesc).not.toBe('');
    const sms = (await served.smsTo(KISWAHILI_PHONE)).find((row) => row.kind === 'payment_failed');
    expect(sms?.body).toBe(`e-Citizen: malipo yako ya M-Pesa ya KES 55 ya ombi EC31500421 hayakufanikiwa: ${words}. Kujaribu tena, piga *2222# uchague Lipia ombi, au tumia Pay Bill 222222, akaunti EC31500421.`);
    const { events } = await historyOf(served, 'EC31500421');
    expect(events.filter((event) => event.kind === 'payment')).toHaveLength(0);
  });

  it('lets the citizen pay again after a failed push, and that one can be paid', async () => {
    served = await servePayments();
    served.script({ results: [1032] });
    await payFromStatus(served);
    await served.settle();
    expect(await payFromStatus(served)).toContain('END Angalia simu yako: M-Pesa itakuomba PIN.');
    await served.settle();
    expect((await served.paymentsOf('EC31500421')).map((payment) => payment.state)).toEqual(['failed', 'paid']);
  });

  it('changes nothing when Daraja posts the same callback twice', async () => {
    served = await servePayments();
    served.script({ callback: 'duplicate' });
    const before = await historyOf(served, 'EC31500421');
    await payFromStatus(served);
    await served.settle();
    const after = await historyOf(served, 'EC31500421');
    expect(after.events.filter((event) => event.kind === 'payment')).toHaveLength(1);
    expect(after.application.version).toBe(before.application.version + 1);
    expect((await served.smsTo(KISWAHILI_PHONE)).filter((sms) => sms.kind === 'payment_receipt')).toHaveLength(1);
    expect(served.harness.logger.entries.some((entry) => entry.message === 'daraja callback repeated: nothing changed')).toBe(true);
  });

  it('settles a push whose callback never came by asking Daraja, once the prompt has had its time', async () => {
    served = await servePayments();
    served.script({ callback: 'none' });
    await payFromStatus(served);
    await served.settle();
    expect((await served.paymentsOf('EC31500421'))[0]?.state).toBe('requested');
    expect(await served.work.reconcile()).toEqual({ asked: 0, settled: 0 });
    served.clock.advance(QUERY_AFTER_MS);
    expect(await served.work.reconcile()).toEqual({ asked: 1, settled: 1 });
    const [payment] = await served.paymentsOf('EC31500421');
    expect(payment).toMatchObject({ state: 'paid', resultCode: 0, mpesaReceipt: null });
    const sms = (await served.smsTo(KISWAHILI_PHONE)).find((row) => row.kind === 'payment_confirmed');
    expect(sms?.body).toContain('tumepokea malipo ya KES 55 ya ombi EC31500421');
  });

  it('asks again a minute later while the prompt is still open, and settles a failure the query reports', async () => {
    served = await servePayments();
    served.script({ holdPrompts: true });
    await payFromStatus(served);
    await served.settle();
    served.clock.advance(QUERY_AFTER_MS);
    expect(await served.work.reconcile()).toEqual({ asked: 1, settled: 0 });
    expect(await served.work.reconcile()).toEqual({ asked: 0, settled: 0 });
    const [push] = served.local.pushes();
    served.script({ callback: 'none' });
    await fetch(`${served.server.url}${LOCAL_DARAJA_PATH}/prompts/answer`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ checkoutRequestId: push!.checkoutRequestId, answer: 'cancel' }) });
    served.clock.advance(60_000);
    expect(await served.work.reconcile()).toEqual({ asked: 1, settled: 1 });
    expect((await served.paymentsOf('EC31500421'))[0]).toMatchObject({ state: 'failed', resultCode: 1032 });
  });

  it("holds a push to a phone the simulator is watching until its prompt is answered there, and Cancel is 1032", async () => {
    served = await servePayments();
    const url = served.server.url;
    const watch = () => fetch(`${url}${LOCAL_DARAJA_PATH}/prompts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ phoneNumber: KISWAHILI_PHONE }) }).then((response) => response.json() as Promise<{ prompts: { checkoutRequestId: string; amount: number; accountReference: string }[] }>);
    expect(await watch()).toEqual({ prompts: [] });
    await payFromStatus(served);
    await served.settle();
    // Not paid by itself a second later: the prompt waits on the simulator's phone.
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    const { prompts } = await watch();
    expect(prompts).toEqual([{ checkoutRequestId: expect.any(String), amount: 55, accountReference: 'EC31500421' }]);
    expect((await served.paymentsOf('EC31500421'))[0]).toMatchObject({ state: 'requested' });
    await fetch(`${served.server.url}${LOCAL_DARAJA_PATH}/prompts/answer`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ checkoutRequestId: prompts[0]!.checkoutRequestId, answer: 'cancel' }) });
    await served.settle();
    expect((await served.paymentsOf('EC31500421'))[0]).toMatchObject({ state: 'failed', resultCode: 1032 });
  });

  it('says a payment is already waiting when Pay is chosen again while the first push is open, and pushes once', async () => {
    served = await servePayments();
    served.script({ holdPrompts: true });
    await payFromStatus(served);
    await served.settle();
    expect(await payFromStatus(served)).toBe('END Malipo ya ombi EC31500421 ya KES 55 tayari yanasubiri PIN yako ya M-Pesa. Tutakutumia SMS yakikamilika.');
    await served.settle();
    expect(await served.paymentsOf('EC31500421')).toHaveLength(1);
    expect(served.local.pushes()).toHaveLength(1);
  });

  it('tells a citizen who paid that it is paid, and pushes nothing more', async () => {
    served = await servePayments();
    await payFromStatus(served);
    await served.settle();
    const citizen = served.phone(KISWAHILI_PHONE);
    await citizen.dial();
    await citizen.press('5');
    expect(await citizen.press('EC31500421')).toBe('CON Ombi EC31500421 limelipiwa: KES 55 kwa M-Pesa.\n0 Rudi\n00 Menyu kuu');
    await served.settle();
    expect(served.local.pushes()).toHaveLength(1);
  });

  it('pushes a retransmitted or replayed confirmation once', async () => {
    served = await servePayments();
    const hop = async (text: string) =>
      (await served!.harness.app.request('/ussd', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ sessionId: 'replayed', serviceCode: '*2222#', phoneNumber: KISWAHILI_PHONE, text }).toString() })).text();
    const inputs = ['2', 'EC31500421'];
    let screen = '';
    for (let index = 0; index <= inputs.length; index += 1) screen = await hop(inputs.slice(0, index).join('*'));
    const { option } = await optionFor(async (input) => { inputs.push(input); return hop(inputs.join('*')); }, screen, 'M-Pesa');
    inputs.push(option);
    const end = await hop(inputs.join('*'));
    expect(end).toContain('END Angalia simu yako: M-Pesa itakuomba PIN.');
    // Africa's Talking repeats the hop; then the session is lost and the hop is replayed from the root.
    expect(await hop(inputs.join('*'))).toBe(end);
    await served.harness.sqlite.prepare("delete from ussd_sessions where session_id = 'replayed'").run();
    expect(await hop(inputs.join('*'))).toBe(end);
    await served.settle();
    expect(await served.paymentsOf('EC31500421')).toHaveLength(1);
    expect(served.local.pushes()).toHaveLength(1);
  });

  it('tries a push Daraja refused with a 500 again, and sends it once it is taken', async () => {
    served = await servePayments();
    served.script({ http500: 1, holdPrompts: true });
    await payFromStatus(served);
    await served.work.drain();
    const [waiting] = await served.paymentsOf('EC31500421');
    expect(waiting).toMatchObject({ state: 'queued', attempts: 1 });
    expect(waiting!.lastError).toContain('HTTP 500');
    served.clock.advance(30_000);
    await served.work.drain();
    expect((await served.paymentsOf('EC31500421'))[0]).toMatchObject({ state: 'requested', attempts: 2 });
    expect(served.local.pushes()).toHaveLength(1);
  });

  it('settles after a restart a push made before it, whose callback was lost (the sweep\'s query)', async () => {
    served = await servePayments();
    served.script({ callback: 'none' });
    await payFromStatus(served);
    await served.work.drain();
    await served.local.flush();
    expect((await served.paymentsOf('EC31500421'))[0]?.state).toBe('requested');
    // The process dies: a new app and a new Daraja client (no token, nothing in memory) on the same file.
    const logger = recordingLogger();
    const restarted = createApp({ db: served.harness.db, menu: loadMenus(bundledMenuFiles), logger, now: served.clock.now });
    const work = createPaymentWork({ db: served.harness.db, config: localDarajaConfig(served.server.url, LOCAL_DARAJA_PATH), logger, serviceCode: '*2222#', now: served.clock.now });
    served.clock.advance(QUERY_AFTER_MS);
    expect(await work.reconcile()).toEqual({ asked: 1, settled: 1 });
    const citizen = phone(restarted, KISWAHILI_PHONE);
    await citizen.dial();
    await citizen.press('5');
    expect(await citizen.press('EC31500421')).toContain('limelipiwa: KES 55');
  });
});
