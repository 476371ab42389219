import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiApp } from '../support/api-app.js';
import { api } from '../support/api-client.js';
import { testClock } from '../support/test-app.js';
import { phone } from '../support/ussd-client.js';

const HOUR = 3_600_000;
let harness: Awaited<ReturnType<typeof createApiApp>>;
let clock: ReturnType<typeof testClock>;
let crs: string;
beforeEach(async () => {
  clock = testClock();
  harness = await createApiApp({ now: clock.now });
  crs = await harness.agencyKey('CRS');
});
afterEach(() => harness.close());

/** A citizen applies for a birth certificate by phone, as the apply transcript does. */
async function applyByPhone(number: string, name: string) {
  const citizen = phone(harness.app, number);
  await citizen.dial();
  for (const input of ['4', '1', '12345678', name, 'kaka', '1']) await citizen.press(input);
  const done = await citizen.press('1');
  return /reference is (EC\d{8})/.exec(done)![1]!;
}

const register = (reference: string) =>
  api(harness.app, 'POST', '/applications', { key: crs, body: { reference, serviceCode: 'BIRTH-CERT', applicantPhone: '0722000222', channel: 'counter' } });

const list = async (query: string) => {
  const answer = await api(harness.app, 'GET', `/applications${query}`, { key: crs });
  expect(answer.status, JSON.stringify(answer.json)).toBe(200);
  return answer.json as { applications: { reference: string }[]; hasMore: boolean; nextCursor: string | null };
};

/** Every page of a list, following nextCursor until hasMore is false, with `between` run after each page. */
async function allPages(query: string, between: () => Promise<unknown> = async () => undefined) {
  const seen: string[] = [];
  let cursor: string | null = null;
  for (;;) {
    const page = await list(`${query}${cursor ? `&cursor=${cursor}` : ''}`);
    seen.push(...page.applications.map((application) => application.reference));
    cursor = page.nextCursor;
    if (!page.hasMore) return { seen, cursor };
    await between();
  }
}

describe('an agency reading the applications citizens made', () => {
  it('lists an application made by phone with the answers the citizen typed, its channel and its history', async () => {
    const reference = await applyByPhone('+254711000999', 'Amina Wanjiru');
    const { applications } = await list('?channel=ussd');
    expect(applications).toEqual([
      expect.objectContaining({
        reference,
        service: 'BIRTH-CERT',
        channel: 'ussd',
        status: 'submitted',
        applicantPhone: '+254711000999',
        answers: { national_id: '12345678', full_name: 'Amina Wanjiru', county: 'Kakamega', collection_centre: 'Eldoret' },
        history: [{ seq: 0, from: null, status: 'submitted', note: null, by: 'citizen', at: new Date(clock.now()).toISOString() }],
      }),
    ]);
  });

  it('returns the answers when one application is read by its reference', async () => {
    const reference = await applyByPhone('+254711000999', 'Amina Wanjiru');
    const read = await api(harness.app, 'GET', `/applications/${reference}`, { key: crs });
    expect(read.json.answers).toMatchObject({ full_name: 'Amina Wanjiru' });
  });

  it('filters by status, service, channel and time, and shows only the calling agency\'s applications', async () => {
    clock.advance(3 * HOUR);
    const byPhone = await applyByPhone('+254711000999', 'Amina Wanjiru');
    clock.advance(HOUR);
    await register('CRS-COUNTER-1');
    const counter = 'CRSCOUNTER1';
    const since = new Date(clock.now() - 2 * HOUR).toISOString();
    expect((await list(`?from=${since}`)).applications.map((a) => a.reference)).toEqual([counter, byPhone]);
    expect((await list(`?from=${since}&to=${new Date(clock.now()).toISOString()}`)).applications.map((a) => a.reference)).toEqual([byPhone]);
    expect((await list('?channel=counter&service=BIRTH-CERT&status=submitted')).applications.map((a) => a.reference)).toContain(counter);
    expect((await list('?status=collected')).applications.every((a) => a.reference !== counter)).toBe(true);
    // The demo data has applications of other agencies (DCI's EC31500423): never listed to CRS.
    expect((await allPages('?limit=100')).seen).not.toContain('EC31500423');
  });

  it.each(['newest', 'oldest'] as const)('pages %s first without missing or repeating one while citizens keep applying', async (order) => {
    for (let index = 0; index < 7; index += 1) await register(`CRS-BATCH-${index}`);
    const before = (await allPages(`?order=${order}&limit=3`)).seen;
    let written = 0;
    const during = await allPages(`?order=${order}&limit=3`, async () => {
      clock.advance(1);
      await register(`CRS-LATE-${written++}`);
    });
    const late = Array.from({ length: written }, (_, index) => `CRSLATE${index}`);
    expect(new Set(during.seen).size).toBe(during.seen.length);
    // Newest first: those written while paging land before the first page, never between pages.
    // Oldest first: they arrive on the last pages, so a feed that follows the cursor sees them all.
    expect(during.seen).toEqual(order === 'newest' ? before : [...before, ...late]);
  });

  it('gives the last page a cursor too, so a feed read oldest first picks up what came after', async () => {
    const caughtUp = await allPages('?order=oldest&limit=5');
    expect(caughtUp.cursor).not.toBeNull();
    const again = await list(`?order=oldest&cursor=${caughtUp.cursor}`);
    expect(again).toEqual({ applications: [], hasMore: false, nextCursor: caughtUp.cursor });
    await register('CRS-LATER-1');
    expect((await list(`?order=oldest&cursor=${caughtUp.cursor}`)).applications.map((a) => a.reference)).toEqual(['CRSLATER1']);
  });
});
