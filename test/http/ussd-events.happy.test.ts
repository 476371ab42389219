import { asc, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ussdNodeCounts, ussdSessions } from '../../src/db/schema.js';
import { createTestApp, TEST_NOW } from '../support/test-app.js';
import { postSessionEnd, sessionEnd } from '../support/ussd-events-client.js';
import { phone } from '../support/ussd-client.js';

const CITIZEN = '+254711000111';
const DAY = '2026-11-20';

let harness: Awaited<ReturnType<typeof createTestApp>>;
beforeEach(async () => {
  harness = await createTestApp();
});
afterEach(() => harness.close());

const sessionRow = (sessionId: string) => harness.db.select().from(ussdSessions).where(eq(ussdSessions.sessionId, sessionId)).get();
const nodeCounts = () => harness.db.select().from(ussdNodeCounts).orderBy(asc(ussdNodeCounts.node)).all();

/** A citizen who dials, chooses "Check application status" and hangs up at the prompt. */
async function leftAtReferencePrompt(number = CITIZEN) {
  const citizen = phone(harness.app, number);
  await citizen.dial();
  await citizen.press('2');
  return citizen.sessionId;
}

describe('POST /ussd/events stores the end of a session', () => {
  it('answers 200 OK as text/plain', async () => {
    const sessionId = await leftAtReferencePrompt();
    const reply = await postSessionEnd(harness.app, sessionEnd(sessionId, CITIZEN));
    expect(reply).toEqual({ status: 200, body: 'OK', contentType: expect.stringMatching(/^text\/plain/) });
  });

  it('keeps the status, duration, cost, hops and last input on the session, but not what we last answered', async () => {
    const sessionId = await leftAtReferencePrompt();
    await postSessionEnd(harness.app, sessionEnd(sessionId, CITIZEN, { lastAppResponse: 'CON a reply we must not keep' }));
    const row = await sessionRow(sessionId);
    expect(row).toMatchObject({
      endStatus: 'Incomplete',
      durationMs: 45000,
      cost: 'KES 0.10',
      hopsCount: 2,
      lastInput: '2',
      errorMessage: null,
      notifiedAt: TEST_NOW,
    });
    expect(JSON.stringify(row)).not.toContain('a reply we must not keep');
  });

  it("keeps Africa's Talking's error message when the session failed", async () => {
    const sessionId = await leftAtReferencePrompt();
    await postSessionEnd(harness.app, sessionEnd(sessionId, CITIZEN, { status: 'Failed', errorMessage: 'Application response timeout' }));
    expect(await sessionRow(sessionId)).toMatchObject({ endStatus: 'Failed', errorMessage: 'Application response timeout' });
  });

  it('accepts the phone number in 07.. form, as the hop does', async () => {
    const sessionId = await leftAtReferencePrompt();
    await postSessionEnd(harness.app, sessionEnd(sessionId, '0711000111'));
    expect((await sessionRow(sessionId))?.endStatus).toBe('Incomplete');
  });

  it('treats optional fields sent empty as not given', async () => {
    const sessionId = await leftAtReferencePrompt();
    const reply = await postSessionEnd(harness.app, sessionEnd(sessionId, CITIZEN, { durationInMillis: '', hopsCount: '', cost: '', input: '' }));
    expect(reply.status).toBe(200);
    expect(await sessionRow(sessionId)).toMatchObject({ durationMs: null, hopsCount: null, cost: null, lastInput: null, endStatus: 'Incomplete' });
  });
});

describe('POST /ussd/events counts the session into the funnel right away', () => {
  it('counts a session left on a CON screen as dropped at its last screen', async () => {
    const sessionId = await leftAtReferencePrompt();
    await postSessionEnd(harness.app, sessionEnd(sessionId, CITIZEN));
    expect(await nodeCounts()).toEqual([
      { node: 'main', day: DAY, reached: 1, dropped: 0, completed: 0 },
      { node: 'status.enter_reference', day: DAY, reached: 1, dropped: 1, completed: 0 },
    ]);
    expect((await sessionRow(sessionId))?.countedAt).toBe(TEST_NOW);
  });

  it('counts a session as dropped on the screen it was left on, however often it passed through others', async () => {
    const citizen = phone(harness.app, CITIZEN);
    await citizen.dial();
    await citizen.press('7');
    expect(await citizen.press('0')).toMatch(/^CON Welcome to e-Citizen/);
    await postSessionEnd(harness.app, sessionEnd(citizen.sessionId, CITIZEN));
    expect(JSON.parse((await sessionRow(citizen.sessionId))!.path)).toEqual(['main', 'help', 'main']);
    expect(await nodeCounts()).toEqual([
      { node: 'help', day: DAY, reached: 1, dropped: 0, completed: 0 },
      { node: 'main', day: DAY, reached: 1, dropped: 1, completed: 0 },
    ]);
  });

  it('counts a session we answered END as completed at every screen it showed', async () => {
    const citizen = phone(harness.app, CITIZEN);
    expect(await citizen.press('2*12*34*56')).toMatch(/^END Please check the reference/);
    await postSessionEnd(harness.app, sessionEnd(citizen.sessionId, CITIZEN, { status: 'Success', input: '56' }));
    expect(await nodeCounts()).toEqual([
      { node: 'main', day: DAY, reached: 1, dropped: 0, completed: 1 },
      { node: 'status.enter_reference', day: DAY, reached: 1, dropped: 0, completed: 1 },
      { node: 'status.give_up', day: DAY, reached: 1, dropped: 0, completed: 1 },
    ]);
  });

  it('adds up sessions of the same day', async () => {
    // Three phones: a second dial from the same phone would first be offered to continue.
    for (const number of ['+254733000001', '+254733000002', '+254733000003']) {
      const sessionId = await leftAtReferencePrompt(number);
      await postSessionEnd(harness.app, sessionEnd(sessionId, number));
    }
    expect(await nodeCounts()).toContainEqual({ node: 'status.enter_reference', day: DAY, reached: 3, dropped: 3, completed: 0 });
  });
});

describe('a repeated notification is harmless', () => {
  it('leaves the session as the first left it and counts it once', async () => {
    const sessionId = await leftAtReferencePrompt();
    await postSessionEnd(harness.app, sessionEnd(sessionId, CITIZEN));
    const first = { session: await sessionRow(sessionId), counts: await nodeCounts() };
    const again = await postSessionEnd(harness.app, sessionEnd(sessionId, CITIZEN));
    expect(again.status).toBe(200);
    expect({ session: await sessionRow(sessionId), counts: await nodeCounts() }).toEqual(first);
  });
});

describe('a notification for a session we never saw', () => {
  it.each([
    ['an unknown sessionId', 'never-seen', CITIZEN, '***111'],
    ["a known sessionId with another phone's number", 'known', '+254722000222', '***222'],
  ])('is acknowledged with 200 and logged with the phone masked, but not stored: %s', async (_, sessionId, number, masked) => {
    const known = await leftAtReferencePrompt();
    const reply = await postSessionEnd(harness.app, sessionEnd(sessionId === 'known' ? known : sessionId, number));
    expect(reply).toMatchObject({ status: 200, body: 'OK' });
    const logged = harness.logger.entries.filter((entry) => entry.message === 'ussd end notice for an unknown session');
    expect(logged).toHaveLength(1);
    expect(logged[0]?.fields.phone).toBe(masked);
    expect(JSON.stringify(harness.logger.entries)).not.toContain(number);
    expect(await harness.db.select().from(ussdSessions).all()).toHaveLength(1);
    expect((await sessionRow(known))?.notifiedAt).toBeNull();
    expect(await nodeCounts()).toEqual([]);
  });
});
