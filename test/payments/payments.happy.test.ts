import { eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { applicationEvents, applications, webhookDeliveries, webhookEndpoints } from '../../src/db/schema.js';
import { TEST_NOW } from '../support/test-app.js';
import { ApplicationJson } from '../../src/applications/application-json.js';
import { issueApiKey } from '../../src/http/api/api-key.js';
import { optionFor, servePayments } from '../support/payment-harness.js';
import { postHop } from '../support/ussd-client.js';

let served: Awaited<ReturnType<typeof servePayments>> | undefined;
afterEach(async () => {
  await served?.close();
  served = undefined;
});

/** A fee due on the English demo phone's first application (the demo has none due there). */
async function feeDueOnEnglishPhone(app: Awaited<ReturnType<typeof servePayments>>) {
  await app.harness.db.update(applications).set({ feeDueKes: 1000 }).where(eq(applications.reference, 'EC20418375'));
}

describe('paying from the phone with M-Pesa', () => {
  it.each([
    {
      lang: 'sw',
      number: '+254722000222',
      reference: 'EC31500421',
      offer: 'Lipa KES 55 kwa M-Pesa kwenye simu hii',
      started: 'END Angalia simu yako: M-Pesa itakuomba PIN. Weka PIN yako kulipia ombi EC31500421 KES 55.',
      receipt: /^e-Citizen: tumepokea malipo ya KES 55 ya ombi EC31500421 \(.+\)\. Risiti ya M-Pesa [A-Z0-9]{10}\. Asante\.$/,
      paidNote: 'Limelipiwa KES 55 kwa M-Pesa.',
    },
    {
      lang: 'en',
      number: '+254711000111',
      reference: 'EC20418375',
      offer: 'Pay KES 1,030 with M-Pesa on this phone',
      started: 'END Check your phone for the M-Pesa prompt. Enter your PIN to pay KES 1,030 for EC20418375.',
      receipt: /^e-Citizen: we received KES 1,030 for EC20418375 \(.+\)\. M-Pesa receipt [A-Z0-9]{10}\. Thank you\.$/,
      paidNote: 'Paid KES 1,030 by M-Pesa.',
    },
  ])('ends the session, pushes, and on the callback shows the application paid and SMSes the receipt ($lang)', async (walk) => {
    served = await servePayments();
    if (walk.lang === 'en') await feeDueOnEnglishPhone(served);
    await served.harness.db.insert(webhookEndpoints).values({ id: 'we_test', agencyCode: walk.lang === 'sw' ? 'CRS' : 'DCI', url: 'https://agency.example/hook', events: '["payment.succeeded"]', secret: 's', createdAt: TEST_NOW - 1 });
    const citizen = served.phone(walk.number);
    await citizen.dial();
    await citizen.press('2');
    const { option } = await optionFor(citizen.press, await citizen.press(walk.reference), walk.offer);
    expect(await citizen.press(option)).toContain(walk.started);

    const [requested] = await served.paymentsOf(walk.reference);
    expect(requested).toMatchObject({ state: 'queued', phone: walk.number, accountReference: walk.reference, language: walk.lang });
    await served.settle();

    const [paid] = await served.paymentsOf(walk.reference);
    expect(paid).toMatchObject({ state: 'paid', resultCode: 0 });
    expect(paid!.mpesaReceipt).toMatch(/^[A-Z0-9]{10}$/);
    const receipt = (await served.smsTo(walk.number)).find((sms) => sms.kind === 'payment_receipt');
    expect(receipt?.body).toMatch(walk.receipt);
    expect(receipt?.body).toContain(paid!.mpesaReceipt!);

    const again = served.phone(walk.number);
    await again.dial();
    await again.press('2');
    // Every page of the status (on Safaricom's 160 characters it takes more than one).
    let page = await again.press(walk.reference);
    let after = page;
    while (page.includes('\n98 ')) {
      page = await again.press('98');
      after += page;
    }
    expect(after).toContain(walk.paidNote);
    expect(after).not.toMatch(/KES [\d,]+ (kwa|with) M-Pesa (kwenye|on)/);

    const application = (await served.harness.db.select().from(applications).where(eq(applications.reference, walk.reference)))[0]!;
    const history = await served.harness.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, application.id));
    const entry = history.find((event) => event.kind === 'payment');
    expect(entry).toMatchObject({ seq: application.version, status: application.status, fromStatus: application.status, actor: 'citizen' });
    expect(entry?.note).toContain(paid!.mpesaReceipt!);
    const { key } = await issueApiKey(served.harness.db, walk.lang === 'sw' ? 'CRS' : 'DCI', TEST_NOW);
    const answer = await served.harness.app.request(`/api/v1/applications/${walk.reference}`, { headers: { authorization: `Bearer ${key}` } });
    const json = ApplicationJson.parse(await answer.json());
    expect(json.payment).toEqual({ state: 'paid', amountKes: paid!.amountKes, mpesaReceipt: paid!.mpesaReceipt, resultCode: 0, paidAt: new Date(TEST_NOW).toISOString(), requestedAt: new Date(TEST_NOW).toISOString() });
    expect(json.history.at(-1)).toMatchObject({ kind: 'payment', by: 'citizen', status: application.status });
    const [delivery] = await served.harness.db.select().from(webhookDeliveries);
    expect(delivery?.eventType).toBe('payment.succeeded');
    expect(JSON.parse(delivery!.payload!).data.application).toEqual({ ...json, history: undefined });
  });

  it('pushes to Daraja the reference as AccountReference, the session\'s phone, the amount with the convenience fee, and the secret callback URL', async () => {
    served = await servePayments();
    const citizen = served.phone('+254722000222');
    await citizen.dial();
    await citizen.press('2');
    const { option } = await optionFor(citizen.press, await citizen.press('EC31500421'), 'M-Pesa');
    await citizen.press(option);
    served.script({ holdPrompts: true });
    await served.work.drain();
    const [push] = served.local.pushes();
    expect(push).toMatchObject({ phone: '+254722000222', amount: 55, accountReference: 'EC31500421', callbackUrl: served.callbackUrl, resultCode: null });
  });
});

describe('the M-Pesa push, by network', () => {
  it.each([
    ['63903', 'Airtel', false],
    ['63907', 'Telkom', false],
    ['63902', 'Safaricom', true],
    ['', 'no network code', true],
  ])('on %s (%s) the status screen offers the push: %s, and the paybill instructions stay', async (networkCode, _name, offered) => {
    served = await servePayments();
    const pages: string[] = [];
    const sessionId = `net-${networkCode || 'none'}`;
    let text = '2*EC31500421';
    for (let more = 0; more < 4; more += 1) {
      const reply = (await postHop(served.harness.app, { sessionId, phoneNumber: '+254722000222', networkCode, text })).body;
      pages.push(reply);
      if (!reply.includes('\n98 ')) break;
      text += '*98';
    }
    const screens = pages.join('\n');
    expect(screens.includes('kwa M-Pesa kwenye simu hii')).toBe(offered);
    // The paybill instructions ("Lipa KES 55", no "kwa M-Pesa") are offered on every network.
    expect(screens).toMatch(/\d+\. Lipa KES 55\n/);
  });
});
