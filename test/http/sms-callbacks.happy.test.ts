import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PHONES } from '../../src/db/demo-applications.js';
import { citizens, smsOutbox } from '../../src/db/schema.js';
import { createTestApp } from '../support/test-app.js';

let harness: Awaited<ReturnType<typeof createTestApp>>;
beforeEach(async () => {
  harness = await createTestApp();
});
afterEach(() => harness.close());

const post = (path: string, fields: Record<string, string>) =>
  harness.app.request(path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(fields) });

let inboundId = 0;
/** A citizen's SMS to the short code; returns the reply queued for it. */
async function text(from: string, message: string) {
  const id = `in-${(inboundId += 1)}`;
  const response = await post('/sms/inbound', { id, from, to: '22222', text: message, date: '2026-11-20 09:00:00', linkId: 'L1' });
  expect(response.status).toBe(200);
  return harness.db.select().from(smsOutbox).where(eq(smsOutbox.dedupeKey, `inbound:${id}`)).get();
}

describe('SMS commands, in either language, any case, extra spaces ignored', () => {
  it.each([
    ['STATUS EC20418375', DEMO_PHONES.english, 'en', /^EC20418375 \(Certificate of Good Conduct\): Under review, updated 18\/11\/2026\. We will SMS you when its status changes\.$/],
    ['  status   ec-2041 8375 ', DEMO_PHONES.english, 'en', /^EC20418375 \(Certificate of Good Conduct\): Under review/],
    ['hali 31500421', DEMO_PHONES.kiswahili, 'sw', /^EC31500421 \(Cheti cha Kuzaliwa\): Limepokelewa, ilisasishwa 20\/11\/2026\./],
    ['STATUS EC20418375', DEMO_PHONES.kiswahili, 'en', /^No application EC20418375 was found for this phone number\./],
    ['HALI EC99999999', DEMO_PHONES.kiswahili, 'sw', /^Hakuna ombi EC99999999 lililopatikana/],
    ['help', '+254733000333', 'en', /^e-Citizen SMS: STATUS <reference>.+Or dial \*2222#\.$/],
    ['MSAADA', '+254733000333', 'sw', /^e-Citizen SMS: HALI <nambari ya ombi>/],
    // The Kiswahili help names the Kiswahili keywords only: LUGHA EN works as LANG EN does.
    ['msaada', '+254733000333', 'sw', /^(?!.*LANG).*ACHA kuzima taarifa, ANZA kuziwasha, LUGHA EN kwa Kiingereza\. Au piga \*2222#\.$/],
    ['what is this?', DEMO_PHONES.kiswahili, 'sw', /^e-Citizen SMS: HALI/],
    ['STATUS', '+254733000333', 'en', /^e-Citizen SMS: STATUS/],
    // Control characters are dropped (a NUL inside the keyword), or part words when they break lines (NEL).
    ['STA\u0000TUS EC2041\u00078375', DEMO_PHONES.english, 'en', /^EC20418375 \(Certificate of Good Conduct\): Under review/],
    ['HALI\u008531500421\u007f', DEMO_PHONES.kiswahili, 'sw', /^EC31500421 \(Cheti cha Kuzaliwa\): Limepokelewa/],
  ])('%j from %s is answered in %s', async (message, from, language, body) => {
    const reply = await text(from, message);
    expect(reply).toMatchObject({ phone: from, language, state: 'queued' });
    expect(reply!.body).toMatch(body);
  });

  it.each([
    ['STOP', 'START', 'en', /^You will no longer get e-Citizen SMS updates/, /^You will get e-Citizen SMS updates/],
    ['acha', 'anza', 'sw', /^Hutapokea tena SMS za taarifa/, /^Utapokea SMS za taarifa/],
  ])('%s turns SMS updates off (confirmed even so) and %s on again', async (stop, start, language, stopped, started) => {
    const phone = '+254733000333';
    const offReply = await text(phone, stop);
    expect(offReply).toMatchObject({ state: 'queued', language });
    expect(offReply!.body).toMatch(stopped);
    expect((await harness.db.select().from(citizens).where(eq(citizens.phone, phone)).get())?.smsOptOut).toBe(true);
    expect((await text(phone, 'help'))?.state).toBe('suppressed');
    expect((await text(phone, start))!.body).toMatch(started);
    expect((await harness.db.select().from(citizens).where(eq(citizens.phone, phone)).get())?.smsOptOut).toBe(false);
  });

  it.each([
    ['LANG SW', 'sw', /^e-Citizen itakuandikia kwa Kiswahili/],
    ['lugha en', 'en', /^e-Citizen will write to you in English/],
    ['LUGHA KIINGEREZA', 'en', /^e-Citizen will write to you in English/],
    ['lugha sw', 'sw', /^e-Citizen itakuandikia kwa Kiswahili\. Kwa Kiingereza tuma LUGHA EN/],
  ])('%s changes the remembered language', async (message, language, body) => {
    const reply = await text('+254733000333', message);
    expect(reply).toMatchObject({ language });
    expect(reply!.body).toMatch(body);
    expect((await harness.db.select().from(citizens).where(eq(citizens.phone, '+254733000333')).get())?.language).toBe(language);
  });

  it('answers a message Africa\'s Talking posts twice only once', async () => {
    const fields = { id: 'twice', from: DEMO_PHONES.english, to: '22222', text: 'help' };
    await post('/sms/inbound', fields);
    await post('/sms/inbound', fields);
    expect(await harness.db.select().from(smsOutbox).where(eq(smsOutbox.dedupeKey, 'inbound:twice')).all()).toHaveLength(1);
  });
});

describe('delivery reports', () => {
  async function sentMessage(messageId: string) {
    await harness.db.insert(smsOutbox).values({ dedupeKey: messageId, kind: 'command_help', phone: DEMO_PHONES.english, language: 'en', body: 'x', segments: 1, state: 'sent', gatewayMessageId: messageId, nextAttemptAt: 0, createdAt: 0, updatedAt: 0 });
  }
  const state = async (messageId: string) => (await harness.db.select().from(smsOutbox).where(eq(smsOutbox.gatewayMessageId, messageId)).get())?.state;

  it.each([
    [{ status: 'Success' }, 'delivered'],
    [{ status: 'Failed', failureReason: 'InsufficientCredit' }, 'failed'],
    [{ status: 'Rejected', failureReason: 'UserInBlackList' }, 'failed'],
    [{ status: 'Buffered' }, 'sent'],
    [{ status: 'Submitted' }, 'sent'],
  ])('records %j as %s, and a repeat of it changes nothing', async (report, expected) => {
    await sentMessage('ATXid_1');
    for (let i = 0; i < 2; i += 1) expect((await post('/sms/delivery', { id: 'ATXid_1', phoneNumber: DEMO_PHONES.english, networkCode: '63902', ...report })).status).toBe(200);
    expect(await state('ATXid_1')).toBe(expected);
  });

  it('keeps a final state when a late report arrives', async () => {
    await sentMessage('ATXid_2');
    await post('/sms/delivery', { id: 'ATXid_2', status: 'Success' });
    await post('/sms/delivery', { id: 'ATXid_2', status: 'Failed', failureReason: 'DeliveryFailure' });
    expect(await state('ATXid_2')).toBe('delivered');
  });

  it('acknowledges a report for a message it does not know, and logs it with the phone masked', async () => {
    expect((await post('/sms/delivery', { id: 'ATXid_unknown', status: 'Success', phoneNumber: '+254711000111' })).status).toBe(200);
    const entry = harness.logger.entries.find((logged) => logged.message === 'delivery report for an unknown message');
    expect(entry?.fields).toMatchObject({ messageId: 'ATXid_unknown', phone: '***111' });
  });
});
