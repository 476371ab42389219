import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordStatusChange } from '../../src/applications/record-status-change.js';
import { retentionSettings } from '../../src/privacy/erase-expired-data.js';
import { runUpkeep } from '../../src/privacy/run-upkeep.js';
import { startWalCheckpointer, type WalCheckpointer } from '../../src/runtime/wal-checkpointer.js';
import { createTestApp, recordingLogger, TEST_NOW } from '../support/test-app.js';
import { findOption, phone } from '../support/ussd-client.js';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const CITIZEN = '+254733000666';
/** What the citizen types: found nowhere in the demo data, so a hit in the file is theirs. */
const ID_NUMBER = '29384756';
const FULL_NAME = 'Wairimu Nyokabi';

let harness: Awaited<ReturnType<typeof createTestApp>>;
let checkpointer: WalCheckpointer;
beforeEach(async () => {
  harness = await createTestApp();
  checkpointer = startWalCheckpointer(harness.sqlite, harness.sqlite.name, recordingLogger());
});
afterEach(async () => {
  await checkpointer.stop();
  harness.close();
});

/** The upkeep as `npm start` runs it, on the same checkpointer, waiting here for the truncation it asks for. */
const upkeepAt = (at: number) =>
  runUpkeep({
    db: harness.db,
    now: () => at,
    logger: recordingLogger(),
    sessions: { resumeWindowMs: 10 * MINUTE, retentionMs: 30 * DAY },
    retention: retentionSettings({ SMS_RETENTION_DAYS: 30, ANSWERS_RETENTION_DAYS: 90 }),
    afterErasure: () => checkpointer.truncate(),
  });

/** The database's files (the database, its WAL, its WAL index) whose raw bytes contain `text`. */
function filesHolding(text: string): string[] {
  const needle = Buffer.from(text, 'utf8');
  return ['', '-wal', '-shm']
    .map((suffix) => `${harness.sqlite.name}${suffix}`)
    .filter((file) => existsSync(file) && readFileSync(file).includes(needle));
}
const typed = () => ({ id: filesHolding(ID_NUMBER), name: filesHolding(FULL_NAME) });

/** A citizen applies for a birth certificate, typing their ID number and name; `then` is what they press after the name. */
async function applyTyping(then: string[]) {
  const c = phone(harness.app, CITIZEN);
  await c.dial();
  const choice = await findOption(c.press, await c.press('4'), 'Birth Certificate');
  await c.press(choice.option);
  await c.press(ID_NUMBER);
  let screen = await c.press(FULL_NAME);
  for (const input of then) screen = await c.press(input);
  return screen;
}

describe('what a citizen typed is gone from the database file and its WAL once erased', () => {
  it.each([
    ['leaves at the county question', [], /^CON Choose your county/],
    ['cancels at the summary', ['kaka', '1', '2'], /^END Application cancelled/],
  ])('a citizen who %s', async (_, then, last) => {
    expect(await applyTyping(then)).toMatch(last);
    expect(typed()).not.toEqual({ id: [], name: [] });

    await upkeepAt(TEST_NOW + 11 * MINUTE);

    expect(typed()).toEqual({ id: [], name: [] });
  });

  it('an application\'s answers: kept while the agency may need them, gone after ANSWERS_RETENTION_DAYS', async () => {
    const done = await applyTyping(['kaka', '1', '1']);
    const reference = /reference is (EC\d{8})\./.exec(done)?.[1];
    expect(reference, done).toBeTruthy();
    const collected = TEST_NOW + 5 * DAY;
    const change = { reference: reference!, actor: 'CRS', agencyCode: 'CRS', now: collected };
    expect(await recordStatusChange(harness.db, { ...change, status: 'ready_for_collection', detail: 'Eldoret', changeKey: 'ready' })).toMatchObject({ kind: 'recorded' });
    expect(await recordStatusChange(harness.db, { ...change, status: 'collected', changeKey: 'collected' })).toMatchObject({ kind: 'recorded' });

    await upkeepAt(collected + 89 * DAY);
    expect(typed().id).not.toEqual([]);

    await upkeepAt(collected + 91 * DAY);
    expect(typed()).toEqual({ id: [], name: [] });
  });
});
