import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApiApp, OPERATOR_KEY } from '../support/api-app.js';
import { api } from '../support/api-client.js';
import { TEST_NOW } from '../support/test-app.js';

let harness: Awaited<ReturnType<typeof createApiApp>>;
beforeEach(async () => {
  harness = await createApiApp();
});
afterEach(() => harness.close());

const SPACE_AGENCY = {
  code: 'KSPACE2',
  name: { en: 'Kenya Space Observatory', sw: 'Kituo cha Uchunguzi wa Anga Kenya' },
  shortName: { en: 'Space Observatory', sw: 'Uchunguzi wa Anga' },
};

describe('POST /api/v1/agencies', () => {
  it('onboards an agency: 201 with the agency, in state onboarding', async () => {
    const response = await api(harness.api, 'POST', '/agencies', { key: OPERATOR_KEY, body: SPACE_AGENCY });
    expect(response.status).toBe(201);
    expect(response.json).toEqual({ ...SPACE_AGENCY, onboardingState: 'onboarding', createdAt: new Date(TEST_NOW).toISOString() });
  });

  it('trims the names it is given', async () => {
    const body = { ...SPACE_AGENCY, shortName: { en: '  Space Observatory ', sw: 'Uchunguzi wa Anga\n' } };
    const response = await api(harness.api, 'POST', '/agencies', { key: OPERATOR_KEY, body });
    expect(response.json.shortName).toEqual(SPACE_AGENCY.shortName);
  });

  it('takes a short name of exactly 24 characters', async () => {
    const body = { ...SPACE_AGENCY, shortName: { en: 'x'.repeat(24), sw: 'y'.repeat(24) } };
    expect((await api(harness.api, 'POST', '/agencies', { key: OPERATOR_KEY, body })).status).toBe(201);
  });
});

describe('GET /api/v1/agencies', () => {
  it('lists every agency by code, the new one among the demo agencies', async () => {
    await api(harness.api, 'POST', '/agencies', { key: OPERATOR_KEY, body: SPACE_AGENCY });
    const response = await api(harness.api, 'GET', '/agencies', { key: OPERATOR_KEY });
    expect(response.status).toBe(200);
    const codes: string[] = response.json.agencies.map((agency: { code: string }) => agency.code);
    expect(codes).toEqual([...codes].sort());
    expect(codes).toEqual(expect.arrayContaining(['IPOA', 'KAA', 'EPRA', 'NCI', 'DHA', 'KENYARE', 'PSRA', 'KSA', 'KSPACE2']));
    expect(response.json.agencies.find((agency: { code: string }) => agency.code === 'KAA')).toEqual({
      code: 'KAA',
      name: { en: 'Kenya Airports Authority', sw: 'Mamlaka ya Viwanja vya Ndege Kenya' },
      shortName: { en: 'Airports Authority (KAA)', sw: 'Viwanja vya Ndege (KAA)' },
      onboardingState: 'live',
      createdAt: new Date(TEST_NOW).toISOString(),
    });
  });
});
