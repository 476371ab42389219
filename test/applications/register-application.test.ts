import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReferenceTakenError, registerApplication } from '../../src/applications/create-application.js';
import { applicationEvents, applications, services, smsOutbox } from '../../src/db/schema.js';
import { createTestApp, TEST_NOW } from '../support/test-app.js';

let harness: Awaited<ReturnType<typeof createTestApp>>;
beforeEach(async () => {
  harness = await createTestApp();
});
afterEach(() => harness.close());

async function application(idempotencyKey: string, reference?: string) {
  const service = await harness.db.select().from(services).where(eq(services.code, 'GOOD-CONDUCT')).get();
  return {
    reference,
    agencyCode: 'DCI',
    serviceId: service!.id,
    serviceCode: service!.code,
    applicantPhone: '+254733000611',
    channel: 'counter' as const,
    feeDueKes: 1050,
    idempotencyKey,
    actor: 'DCI',
    note: null,
    now: TEST_NOW,
    sms: { language: 'en' as const, causedBy: 'agency' as const, values: { service_name: 'Certificate of Good Conduct', service_code: '*2222#' } },
  };
}
const rows = async () => ({
  applications: await harness.db.select().from(applications).where(eq(applications.applicantPhone, '+254733000611')).all(),
  sms: await harness.db.select().from(smsOutbox).where(eq(smsOutbox.phone, '+254733000611')).all(),
});

describe('registering an application', () => {
  it('draws a reference when none is given, and the confirmation SMS names it', async () => {
    await registerApplication(harness.db, await application('k1'));
    const { applications: [created], sms } = await rows();
    expect(created?.reference).toMatch(/^EC\d{8}$/);
    expect(sms.map((row) => row.body)).toEqual([expect.stringContaining(`Reference ${created!.reference}.`)]);
    expect(await harness.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, created!.id)).all()).toMatchObject([{ seq: 0, status: 'submitted' }]);
  });

  it('writes nothing again for the same key', async () => {
    await registerApplication(harness.db, await application('k2', 'DCI-0000-0611'));
    await registerApplication(harness.db, await application('k2', 'DCI-0000-0611'));
    const { applications: created, sms } = await rows();
    expect(created).toHaveLength(1);
    expect(sms).toHaveLength(1);
  });

  it('refuses a given reference the agency already uses for another application, writing nothing (a request that raced past the check)', async () => {
    await registerApplication(harness.db, await application('k3', 'DCIRACE0611'));
    await expect(registerApplication(harness.db, await application('k4', 'DCIRACE0611'))).rejects.toBeInstanceOf(ReferenceTakenError);
    const { applications: created, sms } = await rows();
    expect(created.map((row) => row.idempotencyKey)).toEqual(['k3']);
    expect(sms).toHaveLength(1);
  });
});
