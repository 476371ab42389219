import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { smsOutbox } from '../../src/db/schema.js';
import { retentionSettings } from '../../src/privacy/erase-expired-data.js';
import { runUpkeep } from '../../src/privacy/run-upkeep.js';
import { createTestApp, recordingLogger, TEST_NOW } from '../support/test-app.js';
import { phone } from '../support/ussd-client.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

let harness: Awaited<ReturnType<typeof createTestApp>>;
beforeEach(async () => {
  harness = await createTestApp();
});
afterEach(() => harness.close());

function upkeepAt(at: number) {
  const logger = recordingLogger();
  let truncations = 0;
  const run = runUpkeep({
    db: harness.db,
    now: () => at,
    logger,
    sessions: { resumeWindowMs: 10 * MINUTE, retentionMs: 30 * DAY },
    retention: retentionSettings({ SMS_RETENTION_DAYS: 30, ANSWERS_RETENTION_DAYS: 90 }),
    afterErasure: () => {
      truncations += 1;
    },
  });
  return { run, logger, truncations: () => truncations };
}

async function dialAndLeave() {
  const c = phone(harness.app, '+254733000777');
  await c.dial();
  await c.press('2');
}

async function oldDeliveredSms() {
  await harness.db.insert(smsOutbox).values({ dedupeKey: 'old', kind: 'status_update', phone: '+254733000777', language: 'en', body: 'old news', segments: 1, state: 'delivered', nextAttemptAt: 0, createdAt: 0, updatedAt: 0 });
}

describe('runUpkeep asks for the truncating checkpoint', () => {
  it.each([
    ['nothing was due', async () => {}, TEST_NOW, 0, []],
    ['a session was only counted, not yet erased', dialAndLeave, TEST_NOW + 6 * MINUTE, 0, ['swept ussd sessions']],
    ['a session past the resume window was erased', dialAndLeave, TEST_NOW + 11 * MINUTE, 1, ['swept ussd sessions']],
    ['only an old SMS was erased', oldDeliveredSms, TEST_NOW, 1, ['erased expired personal data']],
  ] as const)('when %s: %i time(s)', async (_, arrange, at, truncations, logged) => {
    await arrange();
    const upkeep = upkeepAt(at);
    await upkeep.run;
    expect(upkeep.truncations()).toBe(truncations);
    expect(upkeep.logger.entries.map((entry) => entry.message)).toEqual(logged);
  });

  it('even when a later step fails after something was erased', async () => {
    await dialAndLeave();
    harness.sqlite.exec('DROP TABLE idempotency_records');
    const upkeep = upkeepAt(TEST_NOW + 11 * MINUTE);
    await expect(upkeep.run).rejects.toThrow(/idempotency_records/);
    expect(upkeep.truncations()).toBe(1);
  });
});

describe('runUpkeep logs what it did', () => {
  it('with the counts of the sweep and of the retention rules', async () => {
    await dialAndLeave();
    await oldDeliveredSms();
    const upkeep = upkeepAt(TEST_NOW + 11 * MINUTE);
    await upkeep.run;
    expect(upkeep.logger.entries).toEqual([
      { level: 'info', message: 'swept ussd sessions', fields: { counted: 1, purged: 0, scrubbed: 1 } },
      { level: 'info', message: 'erased expired personal data', fields: { smsErased: 1, lookupFailuresDeleted: 0, idempotencyRecordsDeleted: 0, answersErased: 0 } },
    ]);
  });
});
