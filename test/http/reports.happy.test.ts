import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PHONES } from '../../src/db/demo-applications.js';
import { ussdNodeCounts } from '../../src/db/schema.js';
import { createTestApp } from '../support/test-app.js';
import { postSessionEnd, sessionEnd } from '../support/ussd-events-client.js';
import { phone } from '../support/ussd-client.js';

const KEY = 'operator-key-0123456789abcdef';

let harness: Awaited<ReturnType<typeof createTestApp>>;
beforeEach(async () => {
  harness = await createTestApp({ adminApiKey: KEY });
});
afterEach(() => harness.close());

const report = async (query = '') => {
  const response = await harness.app.request(`/api/v1/reports/ussd${query}`, { headers: { authorization: `Bearer ${KEY}` } });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

/** A session driven through the app and ended by Africa's Talking's notification. */
async function session(number: string, inputs: string[]) {
  const citizen = phone(harness.app, number);
  await citizen.dial();
  for (const input of inputs) await citizen.press(input);
  await postSessionEnd(harness.app, sessionEnd(citizen.sessionId, number));
}

describe('GET /api/v1/reports/ussd', () => {
  it('reports each screen of the last 30 days, where most citizens gave up first', async () => {
    // One phone each: a second dial from a phone would first be offered to continue.
    await session('+254733000001', ['2']);
    await session('+254733000002', ['2']);
    await session(DEMO_PHONES.english, ['2', 'EC20418375']);
    await session('+254733000003', ['2', '12', '34', '56']);
    await session('+254733000004', []);
    expect(await report()).toEqual({
      status: 200,
      body: {
        from: '2026-10-22',
        to: '2026-11-20',
        // Five sessions: four left on a screen, one ended by the service. The node rows do not add up to it.
        sessions: { started: 5, dropped: 4, completed: 1 },
        nodes: [
          { node: 'status.enter_reference', reached: 4, dropped: 2, completed: 1, dropRate: 0.5 },
          { node: 'main', reached: 5, dropped: 1, completed: 1, dropRate: 0.2 },
          { node: 'status.result', reached: 1, dropped: 1, completed: 0, dropRate: 1 },
          { node: 'status.give_up', reached: 1, dropped: 0, completed: 1, dropRate: 0 },
        ],
      },
    });
  });

  it('adds up the days of the period and leaves out the days outside it', async () => {
    await harness.db.insert(ussdNodeCounts).values([
      { node: 'main', day: '2026-11-01', reached: 3, dropped: 1, completed: 0 },
      { node: 'main', day: '2026-11-02', reached: 4, dropped: 1, completed: 1 },
      { node: 'main', day: '2026-11-03', reached: 100, dropped: 100, completed: 0 },
      { node: 'find.agency', day: '2026-10-31', reached: 9, dropped: 9, completed: 0 },
    ]);
    expect((await report('?from=2026-11-01&to=2026-11-02')).body).toEqual({
      from: '2026-11-01',
      to: '2026-11-02',
      sessions: { started: 0, dropped: 0, completed: 0 },
      nodes: [{ node: 'main', reached: 7, dropped: 2, completed: 1, dropRate: 0.286 }],
    });
  });

  it.each([
    ['only from', '?from=2026-11-01', { from: '2026-11-01', to: '2026-11-20' }],
    ['only to', '?to=2026-11-10', { from: '2026-10-12', to: '2026-11-10' }],
    ['a single day', '?from=2026-11-20&to=2026-11-20', { from: '2026-11-20', to: '2026-11-20' }],
  ])('fills in a period given by %s', async (_, query, period) => {
    expect((await report(query)).body).toEqual({ ...period, sessions: { started: 0, dropped: 0, completed: 0 }, nodes: [] });
  });
});

describe('GET /api/v1/reports/ussd refuses a period it cannot read with 400', () => {
  it.each([
    ['a month and day that do not exist', '?from=2026-13-40', 'from', /from must be a date written YYYY-MM-DD/],
    ['a day that does not exist in that month', '?to=2026-02-30', 'to', /to must be a date written YYYY-MM-DD/],
    ['a day not written YYYY-MM-DD', '?from=20/11/2026', 'from', /from must be a date written YYYY-MM-DD/],
    ['a period that ends before it starts', '?from=2026-11-20&to=2026-11-01', 'from', /from must not be after to/],
  ])('%s', async (_, query, path, message) => {
    const { status, body } = await report(query);
    expect(status).toBe(400);
    expect(body).toEqual({ error: { code: 'invalid_request', message: expect.stringMatching(message), details: [{ path, message: expect.stringMatching(message) }] } });
  });
});
