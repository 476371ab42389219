import { env, exports } from 'cloudflare:workers';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { parityWalk } from '../support/parity-walk.js';

const node = inject('nodeParityWalk');

// The clock Node's walk ran at, before the Worker's first request seeds the demo data.
beforeAll(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(node.now);
});
afterAll(() => {
  vi.useRealTimers();
});

describe('the Worker on D1 answers every screen Node answers', () => {
  it('walks every menu, the first items of every list and every prompt, in both languages, to the same screens as Node + SQLite', async () => {
    const worker = await parityWalk({
      post: async (fields) => {
        const response = await exports.default.fetch(
          new Request('http://worker.test/ussd', {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: new URLSearchParams({ serviceCode: '*2222#', networkCode: '63902', ...fields }),
          }),
        );
        return response.text();
      },
      run: (statement, params) => env.DB.prepare(statement).bind(...params).run(),
    });
    // The same seed at the same clock: the Worker loaded the demo data at Node's fixed time.
    expect(await env.DB.prepare('select min(created_at) as first, max(created_at) as last from agencies').first()).toEqual({ first: node.now, last: node.now });
    expect(worker).toEqual(node.steps);
    // Equal screens could still be the same apology on both: neither runtime may answer one.
    expect(worker.filter((step) => /^END (Sorry|Samahani)/.test(step.screen))).toEqual([]);
  }, 60_000);
});
