import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordStatusChange, type StatusChange } from '../../src/applications/record-status-change.js';
import { DEMO_PHONES } from '../../src/db/demo-applications.js';
import { demoServices } from '../../src/db/demo-catalogue.js';
import { APPLICATION_STATUSES, applicationEvents, applications, citizens, smsOutbox } from '../../src/db/schema.js';
import { describeStatus } from '../../src/domain/application-status.js';
import { STATUS_SMS_HOLD_MS } from '../../src/domain/sms-limits.js';
import { LANGUAGES } from '../../src/menu/menu-schema.js';
import { drainOutbox } from '../../src/sms/drain-outbox.js';
import { renderSms } from '../../src/sms/render-sms.js';
import { serveWithLocalGateway, TEST_NOW } from '../support/test-app.js';

let served: Awaited<ReturnType<typeof serveWithLocalGateway>>;
let local: typeof served.local;
let harness: typeof served.harness;
beforeEach(async () => {
  served = await serveWithLocalGateway();
  ({ local, harness } = served);
});
afterEach(() => served.close());

const change = (reference: string, fields: Partial<StatusChange>) =>
  recordStatusChange(harness.db, {
    reference,
    status: 'approved',
    actor: 'DCI',
    agencyCode: fields.actor ?? 'DCI',
    changeKey: `${reference}:${fields.status ?? 'approved'}`,
    now: TEST_NOW + 1000,
    ...fields,
  });
/** Once the status updates have waited their hold. */
const drain = () =>
  drainOutbox({ db: harness.db, gateway: served.sdkGateway(), now: () => TEST_NOW + 1000 + STATUS_SMS_HOLD_MS, logger: harness.logger });
const outbox = () => harness.db.select().from(smsOutbox).where(eq(smsOutbox.kind, 'status_update')).all();

describe('a status change', () => {
  it('reaches the citizen by SMS through the gateway, and the delivery report marks it delivered', async () => {
    expect(await change('EC20418375', { status: 'approved', agencyCode: 'DCI' })).toEqual({ kind: 'recorded', from: 'under_review', to: 'approved' });
    await drain();
    await local.flushDeliveryReports();
    expect(local.inbox(DEMO_PHONES.english).map((message) => message.message)).toEqual([
      'e-Citizen EC20418375 (Certificate of Good Conduct): Approved. We will SMS you when it is ready.',
    ]);
    expect(await outbox()).toMatchObject([{ state: 'delivered', segments: 1, language: 'en' }]);
  });

  it('writes the history with who made it and why', async () => {
    await change('EC20418375', { status: 'rejected', detail: 'fingerprints unreadable', note: 'Please retake fingerprints', actor: 'DCI' });
    const application = await harness.db.select().from(applications).where(eq(applications.reference, 'EC20418375')).get();
    expect(application).toMatchObject({ status: 'rejected', statusDetail: 'fingerprints unreadable', updatedAt: TEST_NOW + 1000 });
    const events = await harness.db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, application!.id)).all();
    expect(events.at(-1)).toMatchObject({ status: 'rejected', actor: 'DCI', note: 'Please retake fingerprints' });
    expect((await outbox())[0]!.body).toBe('e-Citizen EC20418375 (Certificate of Good Conduct): Rejected. Reason: fingerprints unreadable');
  });

  it('writes to a Kiswahili speaker in Kiswahili, with where to collect', async () => {
    await change('EC31500422', { status: 'approved', actor: 'DIS' });
    await change('EC31500422', { status: 'ready_for_collection', detail: 'Nyayo House, Nairobi', actor: 'DIS' });
    expect((await outbox()).map((sms) => sms.body)).toEqual([
      expect.stringMatching(/^e-Citizen EC31500422 \(.+\): Limeidhinishwa\. Tutakutumia SMS likiwa tayari\.$/),
      expect.stringMatching(/^e-Citizen EC31500422 \(.+\): Liko tayari kuchukuliwa\. Lichukue katika Nyayo House, Nairobi ukiwa na kitambulisho chako\.$/),
    ]);
  });

  it.each([
    ['a transition that makes no sense', 'EC31500423', { status: 'submitted' as const }, { kind: 'invalid_transition', from: 'collected', to: 'submitted' }],
    ['the same status again', 'EC20418375', { status: 'under_review' as const }, { kind: 'unchanged' }],
    ['ready for collection with no place', 'EC20418377', { status: 'ready_for_collection' as const, actor: 'NTSA' }, { kind: 'detail_required', to: 'ready_for_collection' }],
    ['rejected with no reason', 'EC20418375', { status: 'rejected' as const }, { kind: 'detail_required', to: 'rejected' }],
    ['another agency\'s application', 'EC20418375', { status: 'approved' as const, agencyCode: 'NTSA' }, { kind: 'not_found' }],
    ['a reference that does not exist', 'EC00000000', {}, { kind: 'not_found' }],
  ])('answers %s', async (_, reference, fields, result) => {
    const before = await outbox();
    expect(await change(reference, fields)).toEqual(result);
    if (result.kind !== 'recorded') expect(await outbox()).toEqual(before);
  });

  it('queues no second SMS when the same change is sent twice', async () => {
    await change('EC20418375', { status: 'approved', changeKey: 'batch-7:item-1' });
    await harness.db.update(applications).set({ status: 'under_review' }).where(eq(applications.reference, 'EC20418375'));
    await change('EC20418375', { status: 'approved', changeKey: 'batch-7:item-1' });
    expect(await outbox()).toHaveLength(1);
  });

  it('keeps the SMS as suppressed for a citizen who opted out', async () => {
    await harness.db.update(citizens).set({ smsOptOut: true }).where(eq(citizens.phone, DEMO_PHONES.english));
    await change('EC20418375', { status: 'approved' });
    await drain();
    expect((await outbox())[0]?.state).toBe('suppressed');
    expect(local.inbox(DEMO_PHONES.english)).toEqual([]);
  });
});

describe('status update texts', () => {
  it('fit one 160-character SMS for every demo service, status and language (with a short place or reason)', () => {
    const longest = [...demoServices].sort((a, b) => b.name.en.length - a.name.en.length)[0]!;
    for (const lang of LANGUAGES) {
      for (const status of APPLICATION_STATUSES) {
        const words = describeStatus(status, 'Huduma Centre GPO, Nairobi', lang);
        const body = renderSms('status_update', lang, { reference: 'EC20418375', service_name: longest.name[lang], status: words.name, next_step: words.nextStep });
        expect(body.length, body).toBeLessThanOrEqual(160);
      }
    }
  });
});
