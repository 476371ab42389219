import { afterEach, describe, expect, it } from 'vitest';
import { createApiApp, OPERATOR_KEY } from '../support/api-app.js';
import { api } from '../support/api-client.js';
import { testClock } from '../support/test-app.js';

const SECOND = 1000;
const MINUTE = 60 * SECOND;

let harness: Awaited<ReturnType<typeof createApiApp>> | undefined;
afterEach(() => harness?.close());

/** TEST_NOW falls on a whole minute: the clock starts 15 s into a window. */
async function limitedApp(rateLimitPerMinute: number) {
  const clock = testClock();
  clock.advance(15 * SECOND);
  harness = await createApiApp({ now: clock.now, rateLimitPerMinute });
  return { harness, clock };
}

const listAgencies = (app: NonNullable<typeof harness>, key = OPERATOR_KEY) => api(app.api, 'GET', '/agencies', { key });

describe('the API rate limit (per caller, per minute)', () => {
  it('answers 429 over the limit, with Retry-After until the window ends', async () => {
    const { harness } = await limitedApp(3);
    for (let i = 0; i < 3; i += 1) expect((await listAgencies(harness)).status).toBe(200);
    const refused = await listAgencies(harness);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('45');
    expect(refused.json).toEqual({ error: { code: 'rate_limited', message: 'more than 3 requests in a minute: try again in 45 s', details: [] } });
  });

  it('lets the caller in again when the next window starts', async () => {
    const { harness, clock } = await limitedApp(2);
    await listAgencies(harness);
    await listAgencies(harness);
    clock.advance(44 * SECOND);
    expect((await listAgencies(harness)).headers.get('retry-after')).toBe('1');
    clock.advance(1 * SECOND);
    expect((await listAgencies(harness)).status).toBe(200);
  });

  it('counts each caller on its own: a busy agency does not hold up another, nor the operator', async () => {
    const { harness } = await limitedApp(1);
    const kaa = await harness.agencyKey('KAA');
    const ipoa = await harness.agencyKey('IPOA');
    expect((await api(harness.api, 'GET', '/services', { key: kaa })).status).toBe(200);
    expect((await api(harness.api, 'GET', '/services', { key: kaa })).status).toBe(429);
    expect((await api(harness.api, 'GET', '/services', { key: ipoa })).status).toBe(200);
    expect((await listAgencies(harness)).status).toBe(200);
  });

  it('counts all of an agency\'s keys together', async () => {
    const { harness } = await limitedApp(1);
    const first = await harness.agencyKey('KAA');
    const second = await harness.agencyKey('KAA');
    expect((await api(harness.api, 'GET', '/services', { key: first })).status).toBe(200);
    expect((await api(harness.api, 'GET', '/services', { key: second })).status).toBe(429);
  });

  it('forgets windows older than 10 minutes as new ones start', async () => {
    const { harness, clock } = await limitedApp(5);
    for (let minute = 0; minute < 15; minute += 1) {
      await listAgencies(harness);
      clock.advance(MINUTE);
    }
    const windows = harness.sqlite.prepare('select count(*) as count from api_rate_windows').get() as { count: number };
    expect(windows.count).toBeLessThanOrEqual(11);
  });
});
