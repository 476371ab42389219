import { asc, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applications, idempotencyRecords, services, SMS_STATES, smsOutbox, statusLookupFailures, type ApplicationStatus } from '../../src/db/schema.js';
import { eraseExpiredData, retentionSettings, type ErasedCounts } from '../../src/privacy/erase-expired-data.js';
import { createTestApp, TEST_NOW } from '../support/test-app.js';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const settings = retentionSettings({ SMS_RETENTION_DAYS: 30, ANSWERS_RETENTION_DAYS: 90 });
const PHONE = '+254733000555';
const ANSWERS = JSON.stringify({ national_id: '29384756', full_name: 'Wairimu Nyokabi' });
const NOTHING: ErasedCounts = { smsErased: 0, lookupFailuresDeleted: 0, idempotencyRecordsDeleted: 0, answersErased: 0 };

let harness: Awaited<ReturnType<typeof createTestApp>>;
beforeEach(async () => {
  harness = await createTestApp();
});
afterEach(() => harness.close());

const eraseAt = (at: number, limit?: number) => eraseExpiredData({ db: harness.db, now: () => at, settings, ...(limit ? { limit } : {}) });

let serial = 0;
async function addSms(lastChange: number, state: (typeof SMS_STATES)[number] = 'delivered') {
  serial += 1;
  const [row] = await harness.db
    .insert(smsOutbox)
    .values({
      dedupeKey: `test:${serial}`,
      kind: 'status_update',
      phone: PHONE,
      language: 'en',
      body: `e-Citizen: EC9${String(serial).padStart(7, '0')} is ready for collection at Huduma Centre GPO.`,
      segments: 1,
      state,
      nextAttemptAt: lastChange - HOUR,
      cost: 'KES 0.8000',
      createdAt: lastChange - HOUR,
      updatedAt: lastChange,
    })
    .returning();
  return row!;
}
const sms = (id: number) => harness.db.select().from(smsOutbox).where(eq(smsOutbox.id, id)).get();

async function addApplication(lastChange: number, status: ApplicationStatus = 'collected') {
  serial += 1;
  const service = await harness.db.select({ id: services.id, agencyCode: services.agencyCode }).from(services).orderBy(asc(services.id)).limit(1).get();
  const [row] = await harness.db
    .insert(applications)
    .values({ reference: `EC8${String(serial).padStart(7, '0')}`, agencyCode: service!.agencyCode, serviceId: service!.id, applicantPhone: PHONE, status, channel: 'ussd', answers: ANSWERS, createdAt: lastChange - 10 * DAY, updatedAt: lastChange })
    .returning();
  return row!;
}
const answersOf = async (id: number) => (await harness.db.select({ answers: applications.answers }).from(applications).where(eq(applications.id, id)).get())?.answers;

async function addLookupFailure(at: number) {
  serial += 1;
  await harness.db.insert(statusLookupFailures).values({ phone: PHONE, idempotencyKey: `ussd:s${serial}:2`, createdAt: at });
  return `ussd:s${serial}:2`;
}
const lookupFailureExists = async (key: string) => (await harness.db.select().from(statusLookupFailures).where(eq(statusLookupFailures.idempotencyKey, key)).get()) !== undefined;

async function addIdempotencyRecord(at: number) {
  serial += 1;
  await harness.db.insert(idempotencyRecords).values({ scope: 'agency:KAA', key: `key-${serial}`, requestHash: 'f'.repeat(64), status: 201, body: JSON.stringify({ applicantPhone: PHONE }), createdAt: at });
  return `key-${serial}`;
}
const idempotencyRecordExists = async (key: string) => (await harness.db.select().from(idempotencyRecords).where(eq(idempotencyRecords.key, key)).get()) !== undefined;

/** Each rule: its period, and a row whose clock starts at `at`, with a check that it still holds its personal data. */
const RULES: [string, number, (at: number) => Promise<() => Promise<boolean>>, keyof ErasedCounts][] = [
  ['a delivered SMS keeps its text and phone number', 30 * DAY, async (at) => {
    const { id } = await addSms(at);
    return async () => (await sms(id))?.phone === PHONE;
  }, 'smsErased'],
  ['a look-up that found nothing is kept for the lockout window', HOUR, async (at) => {
    const key = await addLookupFailure(at);
    return () => lookupFailureExists(key);
  }, 'lookupFailuresDeleted'],
  ["an API answer is kept for an Idempotency-Key's retry", DAY, async (at) => {
    const key = await addIdempotencyRecord(at);
    return () => idempotencyRecordExists(key);
  }, 'idempotencyRecordsDeleted'],
  ['a collected application keeps what the citizen typed', 90 * DAY, async (at) => {
    const { id } = await addApplication(at);
    return async () => (await answersOf(id)) === ANSWERS;
  }, 'answersErased'],
];

describe.each(RULES)('%s', (_, period, add, counted) => {
  it('until its period has passed', async () => {
    const holds = await add(TEST_NOW - period + MINUTE);
    expect(await eraseAt(TEST_NOW)).toEqual(NOTHING);
    expect(await holds()).toBe(true);
  });

  it('and no longer after it, counted once', async () => {
    const holds = await add(TEST_NOW - period - MINUTE);
    expect(await eraseAt(TEST_NOW)).toEqual({ ...NOTHING, [counted]: 1 });
    expect(await holds()).toBe(false);
    expect(await eraseAt(TEST_NOW)).toEqual(NOTHING);
  });
});

describe('eraseExpiredData on the SMS outbox', () => {
  it.each(['sent', 'delivered', 'failed', 'suppressed'] as const)('blanks the text and phone of a %s SMS and keeps the rest of the row for the counts', async (state) => {
    const row = await addSms(TEST_NOW - 31 * DAY, state);
    expect(await eraseAt(TEST_NOW)).toMatchObject({ smsErased: 1 });
    expect(await sms(row.id)).toEqual({ ...row, phone: '', body: '' });
  });

  it.each(['queued', 'sending'] as const)('leaves a %s SMS whole however old: it is still owed', async (state) => {
    const row = await addSms(TEST_NOW - 300 * DAY, state);
    expect(await eraseAt(TEST_NOW)).toEqual(NOTHING);
    expect(await sms(row.id)).toEqual(row);
  });
});

describe('eraseExpiredData on applications', () => {
  it.each(['collected', 'cancelled', 'rejected'] as const)('erases the answers of a %s application and nothing else of it', async (status) => {
    const row = await addApplication(TEST_NOW - 91 * DAY, status);
    expect(await eraseAt(TEST_NOW)).toMatchObject({ answersErased: 1 });
    expect(await harness.db.select().from(applications).where(eq(applications.id, row.id)).get()).toEqual({ ...row, answers: null });
  });

  it.each(['submitted', 'under_review', 'approved', 'ready_for_collection'] as const)('keeps the answers of an application still %s, however old: the agency needs them', async (status) => {
    const row = await addApplication(TEST_NOW - 400 * DAY, status);
    expect(await eraseAt(TEST_NOW)).toEqual(NOTHING);
    expect(await answersOf(row.id)).toBe(ANSWERS);
  });
});

describe('eraseExpiredData runs', () => {
  async function oneOfEach(count: number) {
    for (let index = 0; index < count; index += 1) {
      await addSms(TEST_NOW - 31 * DAY);
      await addLookupFailure(TEST_NOW - 2 * HOUR);
      await addIdempotencyRecord(TEST_NOW - 2 * DAY);
      await addApplication(TEST_NOW - 91 * DAY);
    }
  }
  const ALL_OF_THREE: ErasedCounts = { smsErased: 3, lookupFailuresDeleted: 3, idempotencyRecordsDeleted: 3, answersErased: 3 };

  it('do a bounded amount of work per call and pick up the rest on the next', async () => {
    await oneOfEach(3);
    expect(await eraseAt(TEST_NOW, 2)).toEqual({ smsErased: 2, lookupFailuresDeleted: 2, idempotencyRecordsDeleted: 2, answersErased: 2 });
    expect(await eraseAt(TEST_NOW, 2)).toEqual({ smsErased: 1, lookupFailuresDeleted: 1, idempotencyRecordsDeleted: 1, answersErased: 1 });
    expect(await eraseAt(TEST_NOW, 2)).toEqual(NOTHING);
  });

  it('count each row once when two run at the same time', async () => {
    await oneOfEach(3);
    const [one, two] = await Promise.all([eraseAt(TEST_NOW), eraseAt(TEST_NOW)]);
    const total = Object.fromEntries(Object.keys(NOTHING).map((key) => [key, one[key as keyof ErasedCounts] + two[key as keyof ErasedCounts]]));
    expect(total).toEqual(ALL_OF_THREE);
  });
});

describe('retentionSettings', () => {
  it('turns the days of SMS_RETENTION_DAYS and ANSWERS_RETENTION_DAYS into milliseconds', () => {
    expect(retentionSettings({ SMS_RETENTION_DAYS: 7, ANSWERS_RETENTION_DAYS: 180 })).toEqual({ smsMs: 7 * DAY, answersMs: 180 * DAY });
  });
});
