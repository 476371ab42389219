import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PHONES } from '../../src/db/demo-applications.js';
import { applicationEvents, applications, services, smsOutbox, SMS_STATES } from '../../src/db/schema.js';
import { createApiApp, OPERATOR_KEY } from '../support/api-app.js';
import { api, serviceBody } from '../support/api-client.js';
import { TEST_NOW } from '../support/test-app.js';

const HOUR = 60 * 60 * 1000;
const iso = (ms: number) => new Date(ms).toISOString();

let harness: Awaited<ReturnType<typeof createApiApp>>;
beforeEach(async () => {
  harness = await createApiApp();
});
afterEach(() => harness.close());

type Row = { code: string; onboarded: boolean };
const report = async () => {
  const response = await api(harness.api, 'GET', '/reports/onboarding', { key: OPERATOR_KEY });
  expect(response.status).toBe(200);
  return response.json.agencies as (Row & Record<string, unknown>)[];
};
const rowOf = async (code: string) => (await report()).find((row) => row.code === code);

const NEW_AGENCY = { code: 'KSPACE2', name: { en: 'Kenya Space Observatory', sw: 'Kituo cha Anga Kenya' }, shortName: { en: 'Space Observatory', sw: 'Kituo cha Anga' } };

/** An SMS in the outbox, as the application journeys queue them. */
let smsCount = 0;
const sms = (phone: string, applicationId: number | null, body: string, state: (typeof SMS_STATES)[number]) => {
  smsCount += 1;
  return { dedupeKey: `test:${smsCount}`, kind: 'status_update', applicationId, phone, language: 'sw' as const, body, segments: 1, state, nextAttemptAt: TEST_NOW, createdAt: TEST_NOW, updatedAt: TEST_NOW };
};

describe('GET /api/v1/reports/onboarding', () => {
  it('lists every agency, the eight onboarding agencies among them', async () => {
    const rows = await report();
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.map((row) => row.code)).toEqual(expect.arrayContaining(['IPOA', 'KAA', 'EPRA', 'NCI', 'DHA', 'KENYARE', 'PSRA', 'KSA']));
  });

  it('lists an agency created by the API with no service first, as not onboarded', async () => {
    await api(harness.api, 'POST', '/agencies', { key: OPERATOR_KEY, body: NEW_AGENCY });
    const rows = await report();
    expect(rows[0]).toEqual({
      code: 'KSPACE2',
      name: NEW_AGENCY.name,
      onboardingState: 'onboarding',
      onboarded: false,
      services: 0,
      liveOnUssd: 0,
      applications: 0,
      sms: { sent: 0, delivered: 0, failed: 0 },
      lastActivity: null,
    });
    expect(rows.slice(1).every((row) => row.onboarded)).toBe(true);
  });

  it('counts the agency onboarded once its first service is live', async () => {
    await api(harness.api, 'POST', '/agencies', { key: OPERATOR_KEY, body: NEW_AGENCY });
    const key = await harness.agencyKey('KSPACE2');
    expect((await api(harness.api, 'PUT', '/services/SKY-DATA', { key, body: serviceBody({ category: 'business' }) })).status).toBe(201);
    expect(await rowOf('KSPACE2')).toMatchObject({ onboarded: true, services: 1, liveOnUssd: 0, lastActivity: iso(TEST_NOW) });
  });

  it('counts only live services: an agency whose services are all retired is not onboarded', async () => {
    await harness.db.update(services).set({ status: 'retired' }).where(eq(services.agencyCode, 'NCI'));
    await harness.db.update(services).set({ status: 'retired' }).where(eq(services.code, 'COMPLAINT-STATUS'));
    const rows = await report();
    expect(rows[0]).toMatchObject({ code: 'NCI', onboarded: false, services: 0 });
    expect(rows.find((row) => row.code === 'IPOA')).toMatchObject({ onboarded: true, services: 2 });
  });

  it('sorts the agencies not onboarded by code, ahead of the others', async () => {
    for (const code of ['PSRA', 'DHA']) await harness.db.update(services).set({ status: 'retired' }).where(eq(services.agencyCode, code));
    const rows = await report();
    expect(rows.slice(0, 2).map((row) => [row.code, row.onboarded])).toEqual([['DHA', false], ['PSRA', false]]);
    const rest = rows.slice(2);
    expect(rest.every((row) => row.onboarded)).toBe(true);
    expect(rest.map((row) => row.code)).toEqual(rest.map((row) => row.code).sort());
  });

  it('counts a demo agency\'s services, applications, the SMS about them and its last activity', async () => {
    // KAA's one demo application, EC31500424, belongs to the Kiswahili demo phone.
    const application = await harness.db.select().from(applications).where(eq(applications.reference, 'EC31500424')).get();
    const crs = await harness.db.select().from(applications).where(eq(applications.reference, 'EC31500421')).get();
    const id = application!.id;
    await harness.db.insert(smsOutbox).values([
      sms(DEMO_PHONES.kiswahili, id, 'e-Citizen EC31500424 (KAA airside pass): Imefutwa.', 'delivered'),
      sms(DEMO_PHONES.kiswahili, id, 'e-Citizen EC31500424 (KAA airside pass): Inakaguliwa.', 'delivered'),
      sms(DEMO_PHONES.kiswahili, id, 'e-Citizen EC31500424 (KAA airside pass): Imepokelewa.', 'sent'),
      sms(DEMO_PHONES.kiswahili, id, 'e-Citizen EC31500424 (KAA airside pass): Imepokelewa.', 'failed'),
      sms(DEMO_PHONES.kiswahili, id, 'e-Citizen EC31500424 (KAA airside pass): Imefutwa.', 'queued'),
      // Another phone told that EC31500424 is not theirs: not an SMS about KAA's application.
      sms('+254733000009', null, 'No application EC31500424 was found for this phone number.', 'delivered'),
      // The same phone, about its CRS application.
      sms(DEMO_PHONES.kiswahili, crs!.id, 'e-Citizen EC31500421 (Cheti cha kuzaliwa): Imepokelewa.', 'delivered'),
    ]);
    await harness.db.insert(applicationEvents).values({ applicationId: id, seq: 99, status: 'cancelled', note: 'checked again', actor: 'KAA', createdAt: TEST_NOW + HOUR });

    expect(await rowOf('KAA')).toEqual({
      code: 'KAA',
      name: { en: 'Kenya Airports Authority', sw: 'Mamlaka ya Viwanja vya Ndege Kenya' },
      onboardingState: 'live',
      onboarded: true,
      services: 4,
      liveOnUssd: 0,
      applications: 1,
      sms: { sent: 3, delivered: 2, failed: 1 },
      lastActivity: iso(TEST_NOW + HOUR),
    });
    expect(await rowOf('CRS')).toMatchObject({ applications: 1, sms: { sent: 1, delivered: 1, failed: 0 } });
    expect(await rowOf('IPOA')).toMatchObject({ services: 3, liveOnUssd: 2, applications: 0, sms: { sent: 0, delivered: 0, failed: 0 } });
  });
});
