import { afterEach, describe, expect, it } from 'vitest';
import { AUTH_FAILURES_PER_MINUTE } from '../../src/http/api/api-auth.js';
import { revokeApiKey } from '../../src/http/api/api-key.js';
import { createApiApp, OPERATOR_KEY } from '../support/api-app.js';
import { api } from '../support/api-client.js';
import { TEST_NOW } from '../support/test-app.js';

let harness: Awaited<ReturnType<typeof createApiApp>> | undefined;
afterEach(() => harness?.close());

const UNAUTHORIZED = { error: { code: 'unauthorized', message: expect.any(String), details: [] } };

async function get(path: string, authorization?: string) {
  const response = await harness!.api.request(`/api/v1${path}`, authorization === undefined ? {} : { headers: { authorization } });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

describe('/api/v1 refuses a request without a valid key with 401', () => {
  it.each([
    ['no Authorization header', async () => undefined],
    ['another scheme', async () => `Basic ${OPERATOR_KEY}`],
    ['a key without the Bearer scheme', async () => OPERATOR_KEY],
    ['an empty Bearer token', async () => 'Bearer '],
    ['two tokens', async () => `Bearer ${OPERATOR_KEY} ${OPERATOR_KEY}`],
    ['a key that was never issued', async () => 'Bearer ecz_AbCd1234_0123456789abcdefghijABCDEFGHIJ0123'],
    ['a real prefix with a wrong secret', async () => `Bearer ${(await harness!.agencyKey('KAA')).slice(0, 13)}${'x'.repeat(32)}`],
    ['a real key with a character added', async () => `Bearer ${await harness!.agencyKey('KAA')}x`],
    ['a real key cut short', async () => `Bearer ${(await harness!.agencyKey('KAA')).slice(0, -1)}`],
    ['a revoked key', async () => {
      const key = await harness!.agencyKey('KAA');
      await revokeApiKey(harness!.db, key.slice(0, 12), TEST_NOW);
      return `Bearer ${key}`;
    }],
    ['the operator key with a character added', async () => `Bearer ${OPERATOR_KEY}x`],
  ])('%s', async (_, authorization) => {
    harness = await createApiApp();
    for (const path of ['/agencies', '/services', '/reports/onboarding']) {
      const response = await get(path, await authorization());
      expect(response.status).toBe(401);
      expect(JSON.parse(response.text)).toEqual(UNAUTHORIZED);
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="ecitizen-api"');
    }
  });

  it('refuses the operator key while ADMIN_API_KEY is not set', async () => {
    harness = await createApiApp({ adminApiKey: undefined });
    const response = await get('/agencies', `Bearer ${OPERATOR_KEY}`);
    expect(response.status).toBe(401);
    expect(JSON.parse(response.text)).toEqual(UNAUTHORIZED);
  });

  it('says what to send', async () => {
    harness = await createApiApp();
    expect(JSON.parse((await get('/agencies')).text).error.message).toBe('send your API key as Authorization: Bearer <key>');
    expect(JSON.parse((await get('/agencies', 'Token abc')).text).error.message).toBe('the Authorization header must be "Bearer <key>"');
  });

  it('never echoes the token it was given', async () => {
    harness = await createApiApp();
    expect((await get('/agencies', 'Bearer a-guess-that-must-not-come-back')).text).not.toContain('a-guess-that-must-not-come-back');
  });

  it('checks the key before it reads the body', async () => {
    harness = await createApiApp();
    const response = await api(harness.api, 'POST', '/agencies', { rawBody: '{"code":' });
    expect(response.status).toBe(401);
  });

  it('takes the scheme in any case', async () => {
    harness = await createApiApp();
    for (const scheme of ['Bearer', 'bearer', 'BEARER']) expect((await get('/agencies', `${scheme} ${OPERATOR_KEY}`)).status).toBe(200);
  });
});

describe('failed authentications, per client address', () => {
  const from = async (client: string, authorization: string) =>
    (await harness!.api.request('/api/v1/services', { headers: { authorization, 'x-test-client': client } })).status;

  it(`are refused with 429 after ${AUTH_FAILURES_PER_MINUTE} in a minute, before the key is looked at; other addresses are not held up`, async () => {
    harness = await createApiApp();
    const key = await harness.agencyKey('KAA');
    const statuses = [];
    for (let i = 0; i < AUTH_FAILURES_PER_MINUTE + 5; i += 1) statuses.push(await from('198.51.100.7', `Bearer ecz_AAAAAAAA_${String(i).padStart(32, 'x')}`));
    expect(statuses.slice(0, AUTH_FAILURES_PER_MINUTE).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(AUTH_FAILURES_PER_MINUTE)).toEqual([429, 429, 429, 429, 429]);
    expect(await from('198.51.100.7', `Bearer ${key}`)).toBe(429);
    expect(await from('203.0.113.9', `Bearer ${key}`)).toBe(200);
    expect(await from('203.0.113.9', 'Bearer ecz_AAAAAAAA_yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy')).toBe(401);
  });

  it('counts only failures: a client that authenticates is never held up', async () => {
    harness = await createApiApp();
    const key = await harness.agencyKey('KAA');
    for (let i = 0; i < AUTH_FAILURES_PER_MINUTE + 5; i += 1) expect(await from('198.51.100.8', `Bearer ${key}`)).toBe(200);
  });
});

describe('each key only on its own routes', () => {
  it.each([
    ['GET', '/agencies'],
    ['POST', '/agencies'],
    ['GET', '/reports/onboarding'],
    ['GET', '/reports/ussd'],
  ])('refuses an agency key on the operator route %s %s', async (method, path) => {
    harness = await createApiApp();
    const key = await harness.agencyKey('KAA');
    const response = await api(harness.api, method, path, { key, ...(method === 'POST' ? { body: { code: 'KAA2' } } : {}) });
    expect(response.status).toBe(403);
    expect(response.json).toEqual({ error: { code: 'forbidden', message: 'this route takes the operator key (ADMIN_API_KEY), not an agency key', details: [] } });
  });

  it('refuses the operator key on an agency route', async () => {
    harness = await createApiApp();
    const response = await api(harness.api, 'GET', '/services', { key: OPERATOR_KEY });
    expect(response.status).toBe(403);
    expect(response.json).toEqual({ error: { code: 'forbidden', message: 'this route takes an agency key: the operator key acts for no agency', details: [] } });
  });

  it('leaves the OpenAPI document and the docs page open to anyone', async () => {
    harness = await createApiApp();
    expect((await get('/openapi.json')).status).toBe(200);
    expect((await get('/docs')).status).toBe(200);
  });
});
