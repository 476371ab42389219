import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiApp, OPERATOR_KEY } from '../support/api-app.js';
import { api } from '../support/api-client.js';

let harness: Awaited<ReturnType<typeof createApiApp>>;
beforeEach(async () => {
  harness = await createApiApp();
});
afterEach(() => harness.close());

const body = (overrides: Record<string, unknown> = {}) => ({
  code: 'KSPACE2',
  name: { en: 'Kenya Space Observatory', sw: 'Kituo cha Uchunguzi wa Anga Kenya' },
  shortName: { en: 'Space Observatory', sw: 'Uchunguzi wa Anga' },
  ...overrides,
});

describe('POST /api/v1/agencies refuses a body that does not fit with 422, naming each field', () => {
  it.each([
    ['a lower-case code', body({ code: 'ksa2' }), 'code'],
    ['a code that starts with a digit', body({ code: '2KSA' }), 'code'],
    ['a one-letter code', body({ code: 'K' }), 'code'],
    ['a code longer than 12', body({ code: 'K'.repeat(13) }), 'code'],
    ['a code with a dash', body({ code: 'K-SA' }), 'code'],
    ['no code', { name: body().name, shortName: body().shortName }, 'code'],
    ['a missing Kiswahili name', body({ name: { en: 'Kenya Space Observatory' } }), 'name.sw'],
    ['an empty English name', body({ name: { en: '   ', sw: 'Kituo' } }), 'name.en'],
    ['a name with curly quotes', body({ name: { en: 'Kenya’s Space Observatory', sw: 'Kituo' } }), 'name.en'],
    ['a short name longer than 24', body({ shortName: { en: 'Space Observatory of Kenya', sw: 'Anga' } }), 'shortName.en'],
    ['a short name with an emoji', body({ shortName: { en: 'Space', sw: 'Anga 🚀' } }), 'shortName.sw'],
    ['a name that is not text', body({ name: { en: 42, sw: 'Kituo' } }), 'name.en'],
    ['an unknown field', { ...body(), colour: 'blue' }, 'colour'],
  ])('%s', async (_, requestBody, path) => {
    const response = await api(harness.api, 'POST', '/agencies', { key: OPERATOR_KEY, body: requestBody });
    expect(response.status).toBe(422);
    expect(response.json).toEqual({ error: { code: 'unprocessable', message: expect.any(String), details: expect.arrayContaining([{ path, message: expect.any(String) }]) } });
  });

  it('names the characters outside GSM-7', async () => {
    const response = await api(harness.api, 'POST', '/agencies', { key: OPERATOR_KEY, body: body({ shortName: { en: 'Space “Obs”', sw: 'Anga' } }) });
    expect(response.json.error.details).toEqual([{ path: 'shortName.en', message: 'must use GSM-7 characters only, not "“" "”"' }]);
  });

  it('names every field at fault at once', async () => {
    const response = await api(harness.api, 'POST', '/agencies', { key: OPERATOR_KEY, body: { code: 'x' } });
    expect(response.json.error.details.map((detail: { path: string }) => detail.path).sort()).toEqual(['code', 'name', 'shortName']);
  });

  it.each([
    ['not JSON', '{"code":', 'application/json', /not valid JSON/],
    ['a form', 'code=KSPACE2', 'application/x-www-form-urlencoded', /expected a JSON body/],
  ])('answers %s with 400', async (_, rawBody, contentType, message) => {
    const response = await api(harness.api, 'POST', '/agencies', { key: OPERATOR_KEY, rawBody, contentType });
    expect(response.status).toBe(400);
    expect(response.json.error).toEqual({ code: 'invalid_request', message: expect.stringMatching(message), details: [] });
  });
});

describe('POST /api/v1/agencies refuses a code that is taken with 409', () => {
  it('an agency the API created', async () => {
    expect((await api(harness.api, 'POST', '/agencies', { key: OPERATOR_KEY, body: body() })).status).toBe(201);
    const again = await api(harness.api, 'POST', '/agencies', { key: OPERATOR_KEY, body: body({ name: { en: 'Another', sw: 'Nyingine' } }) });
    expect(again.status).toBe(409);
    expect(again.json).toEqual({ error: { code: 'conflict', message: 'agency KSPACE2 exists', details: [{ path: 'code', message: 'agency KSPACE2 exists' }] } });
  });

  it('a demo agency, which keeps its names and state', async () => {
    expect((await api(harness.api, 'POST', '/agencies', { key: OPERATOR_KEY, body: body({ code: 'KAA' }) })).status).toBe(409);
    const list = await api(harness.api, 'GET', '/agencies', { key: OPERATOR_KEY });
    expect(list.json.agencies.find((agency: { code: string }) => agency.code === 'KAA')).toMatchObject({ name: { en: 'Kenya Airports Authority' }, onboardingState: 'live' });
  });
});
