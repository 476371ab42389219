import { asc, eq, ne } from 'drizzle-orm';
import { SESSIONS_ROW } from '../../src/ussd/count-session.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PHONES } from '../../src/db/demo-applications.js';
import { ussdNodeCounts, ussdSessions } from '../../src/db/schema.js';
import { sweepSessions } from '../../src/ussd/sweep-sessions.js';
import { createTestApp, TEST_NOW } from '../support/test-app.js';
import { postSessionEnd, sessionEnd } from '../support/ussd-events-client.js';
import { phone } from '../support/ussd-client.js';

const MINUTE = 60_000;
const DAY_MS = 24 * 60 * MINUTE;
const DAY = '2026-11-20';
const settings = { resumeWindowMs: 10 * MINUTE, retentionMs: 30 * DAY_MS };

let harness: Awaited<ReturnType<typeof createTestApp>>;
beforeEach(async () => {
  harness = await createTestApp();
});
afterEach(() => harness.close());

const sweepAt = (at: number, limit?: number) => sweepSessions({ db: harness.db, now: () => at, settings, ...(limit ? { limit } : {}) });
/** The node rows (the sessions row, SESSIONS_ROW, has its own tests). */
const nodeCounts = () => harness.db.select().from(ussdNodeCounts).where(ne(ussdNodeCounts.node, SESSIONS_ROW)).orderBy(asc(ussdNodeCounts.node)).all();
const sessions = () => harness.db.select().from(ussdSessions).orderBy(asc(ussdSessions.sessionId)).all();

const LEAVER = '+254733000101';

/** Three citizens, all at TEST_NOW: one leaves at the reference prompt, one gives up (END), one leaves on their application's status. */
async function threeSessions() {
  const leaves = phone(harness.app, LEAVER, 'a-leaves');
  await leaves.dial();
  await leaves.press('2');
  const givesUp = phone(harness.app, '+254733000102', 'b-gives-up');
  expect(await givesUp.press('2*12*34*56')).toMatch(/^END /);
  const reads = phone(harness.app, DEMO_PHONES.english, 'c-reads-status');
  await reads.dial();
  await reads.press('2');
  expect(await reads.press('EC20418375')).toMatch(/^CON EC20418375: Certificate of Good Conduct/);
}

const COUNTS_OF_THREE = [
  { node: 'main', day: DAY, reached: 3, dropped: 0, completed: 1 },
  { node: 'status.enter_reference', day: DAY, reached: 3, dropped: 1, completed: 1 },
  { node: 'status.give_up', day: DAY, reached: 1, dropped: 0, completed: 1 },
  { node: 'status.result', day: DAY, reached: 1, dropped: 1, completed: 0 },
];

describe('sweepSessions counts finished sessions into the funnel', () => {
  it('leaves sessions alone for 5 minutes: the telco may still be running them', async () => {
    await threeSessions();
    expect(await sweepAt(TEST_NOW + 4 * MINUTE)).toEqual({ counted: 0, purged: 0, scrubbed: 0 });
    expect(await nodeCounts()).toEqual([]);
  });

  it('counts reached at every screen, dropped at the last screen of an open session, completed along an ended one', async () => {
    await threeSessions();
    expect(await sweepAt(TEST_NOW + 6 * MINUTE)).toEqual({ counted: 3, purged: 0, scrubbed: 0 });
    expect(await nodeCounts()).toEqual(COUNTS_OF_THREE);
    expect((await sessions()).map((row) => row.countedAt)).toEqual([TEST_NOW + 6 * MINUTE, TEST_NOW + 6 * MINUTE, TEST_NOW + 6 * MINUTE]);
  });

  it('does not count again a session its end-of-session notification counted', async () => {
    await threeSessions();
    await postSessionEnd(harness.app, sessionEnd('a-leaves', LEAVER));
    expect(await sweepAt(TEST_NOW + 6 * MINUTE)).toMatchObject({ counted: 2 });
    expect(await nodeCounts()).toContainEqual({ node: 'status.enter_reference', day: DAY, reached: 3, dropped: 1, completed: 1 });
  });

  it('counts each session once when two sweeps run at the same time', async () => {
    await threeSessions();
    const [one, two] = await Promise.all([sweepAt(TEST_NOW + 6 * MINUTE), sweepAt(TEST_NOW + 6 * MINUTE)]);
    expect(one.counted + two.counted).toBe(3);
    expect(await nodeCounts()).toEqual(COUNTS_OF_THREE);
  });

  it('does a bounded amount of work per call and picks up the rest on the next', async () => {
    await threeSessions();
    expect(await sweepAt(TEST_NOW + 6 * MINUTE, 2)).toMatchObject({ counted: 2 });
    expect(await sweepAt(TEST_NOW + 6 * MINUTE, 2)).toMatchObject({ counted: 1 });
    expect(await sweepAt(TEST_NOW + 6 * MINUTE, 2)).toMatchObject({ counted: 0 });
  });
});

describe('sweepSessions erases what citizens typed after the resume window', () => {
  it('keeps everything within the window, for the next dial to continue', async () => {
    await threeSessions();
    expect(await sweepAt(TEST_NOW + 9 * MINUTE)).toMatchObject({ scrubbed: 0 });
    expect(JSON.stringify(await sessions())).toContain('EC20418375');
  });

  it('leaves no typed text, reply or remembered answer in any row after it', async () => {
    await threeSessions();
    await postSessionEnd(harness.app, sessionEnd('b-gives-up', '+254733000102', { status: 'Success', input: '56' }));
    expect(await sweepAt(TEST_NOW + 11 * MINUTE)).toEqual({ counted: 2, purged: 0, scrubbed: 3 });
    const rows = await sessions();
    for (const row of rows) {
      expect(row).toMatchObject({ lastText: '', lastReply: '', lastInput: null });
      expect(JSON.parse(row.state)).toMatchObject({ vars: {} });
      for (const typed of ['EC20418375', '20418375', '12*34*56', 'Good Conduct']) expect(JSON.stringify(row)).not.toContain(typed);
    }
    expect(rows.find((row) => row.sessionId === 'b-gives-up')).toMatchObject({ endStatus: 'Success', cost: 'KES 0.10', durationMs: 45000 });
  });

  it('erases again a last input that an end-of-session notification brought after the first erasure', async () => {
    await threeSessions();
    expect(await sweepAt(TEST_NOW + 11 * MINUTE)).toMatchObject({ scrubbed: 3 });
    await postSessionEnd(harness.app, sessionEnd('b-gives-up', '+254733000102', { status: 'Success', input: '56' }));
    expect((await sessions()).find((row) => row.sessionId === 'b-gives-up')).toMatchObject({ lastInput: '56', scrubbedAt: null });
    expect(await sweepAt(TEST_NOW + 12 * MINUTE)).toMatchObject({ scrubbed: 1 });
    expect(await sweepAt(TEST_NOW + 13 * MINUTE)).toMatchObject({ scrubbed: 0 });
    expect((await sessions()).find((row) => row.sessionId === 'b-gives-up')).toMatchObject({ lastInput: null });
  });

  it('forgets the list items a page showed, a citizen\'s own applications among them', async () => {
    const mine = phone(harness.app, DEMO_PHONES.english, 'd-my-applications');
    await mine.dial();
    const list = await mine.press('3');
    const first = /^CON Your applications:\n1\. ([^\n]+) - /.exec(list)?.[1];
    expect(first, list).toBeTruthy();
    expect((await sessions())[0]!.state).toContain(first);
    await sweepAt(TEST_NOW + 11 * MINUTE);
    const [row] = await sessions();
    expect(JSON.parse(row!.state)).not.toHaveProperty('items');
    expect(row!.state).not.toContain(first);
  });
});

describe('sweepSessions deletes sessions after the retention period', () => {
  it('deletes them and keeps their counts', async () => {
    await threeSessions();
    await sweepAt(TEST_NOW + 11 * MINUTE);
    expect(await sweepAt(TEST_NOW + 30 * DAY_MS + MINUTE)).toEqual({ counted: 0, purged: 3, scrubbed: 0 });
    expect(await sessions()).toEqual([]);
    expect(await nodeCounts()).toEqual(COUNTS_OF_THREE);
  });

  it('counts a session nobody counted before deleting it', async () => {
    await threeSessions();
    expect(await sweepAt(TEST_NOW + 30 * DAY_MS + MINUTE)).toEqual({ counted: 3, purged: 3, scrubbed: 0 });
    expect(await sessions()).toEqual([]);
    expect(await nodeCounts()).toEqual(COUNTS_OF_THREE);
  });

  it('changes nothing on a second sweep', async () => {
    await threeSessions();
    const at = TEST_NOW + 30 * DAY_MS + MINUTE;
    await sweepAt(at);
    const after = await nodeCounts();
    expect(await sweepAt(at)).toEqual({ counted: 0, purged: 0, scrubbed: 0 });
    expect(await nodeCounts()).toEqual(after);
  });
});

describe('a session whose path is longer than one statement may bind on D1', () => {
  it('counts every node of it', async () => {
    const path = Array.from({ length: 45 }, (_, index) => `node.${String(index).padStart(2, '0')}`);
    await harness.db.insert(ussdSessions).values({
      sessionId: 'long',
      phone: DEMO_PHONES.english,
      serviceCode: '*2222#',
      state: '{}',
      lastText: '',
      lastReply: '',
      hops: 44,
      status: 'open',
      path: JSON.stringify(path),
      createdAt: TEST_NOW,
      updatedAt: TEST_NOW,
    });
    expect(await sweepAt(TEST_NOW + 6 * MINUTE)).toMatchObject({ counted: 1 });
    const counts = await nodeCounts();
    expect(counts.map((row) => row.node)).toEqual(path);
    expect(counts.filter((row) => row.dropped === 1).map((row) => row.node)).toEqual(['node.44']);
    expect(await harness.db.select().from(ussdSessions).where(eq(ussdSessions.sessionId, 'long')).get()).toMatchObject({ countedAt: TEST_NOW + 6 * MINUTE });
  });
});
