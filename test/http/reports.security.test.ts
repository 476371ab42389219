import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp } from '../support/test-app.js';

const KEY = 'operator-key-0123456789abcdef';

let harness: Awaited<ReturnType<typeof createTestApp>> | undefined;
afterEach(() => harness?.close());

describe('GET /api/v1/reports/ussd needs the operator key', () => {
  it.each([
    ['no Authorization header', KEY, {}],
    ['a wrong key', KEY, { authorization: 'Bearer operator-key-0123456789abcdeX' }],
    ['the key with a trailing character', KEY, { authorization: `Bearer ${KEY}x` }],
    ['the key without the Bearer scheme', KEY, { authorization: KEY }],
    ['the key under another scheme', KEY, { authorization: `Basic ${KEY}` }],
    ['an empty Bearer token', KEY, { authorization: 'Bearer ' }],
    ['the right key while ADMIN_API_KEY is not set', undefined, { authorization: `Bearer ${KEY}` }],
  ])('refuses %s with 401 and a JSON error', async (_, adminApiKey, headers: Record<string, string>) => {
    harness = await createTestApp({ seed: false, ...(adminApiKey ? { adminApiKey } : {}) });
    const response = await harness.app.request('/api/v1/reports/ussd', { headers });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String), details: [] } });
  });

  it('checks the key before it looks at the query', async () => {
    harness = await createTestApp({ seed: false, adminApiKey: KEY });
    expect((await harness.app.request('/api/v1/reports/ussd?from=2026-13-40')).status).toBe(401);
  });

  it('never echoes the key it was given', async () => {
    harness = await createTestApp({ seed: false, adminApiKey: KEY });
    const response = await harness.app.request('/api/v1/reports/ussd', { headers: { authorization: 'Bearer a-guess-that-must-not-come-back' } });
    expect(await response.text()).not.toContain('a-guess-that-must-not-come-back');
  });

  it('answers 200 to the right key, whatever the case of the scheme', async () => {
    harness = await createTestApp({ seed: false, adminApiKey: KEY });
    for (const scheme of ['Bearer', 'bearer']) {
      expect((await harness.app.request('/api/v1/reports/ussd', { headers: { authorization: `${scheme} ${KEY}` } })).status).toBe(200);
    }
  });
});
