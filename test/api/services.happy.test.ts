import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueApiKey } from '../../src/http/api/api-key.js';
import { api, serviceBody } from '../support/api-client.js';
import { createTestApp, TEST_NOW } from '../support/test-app.js';
import { findOption, phone } from '../support/ussd-client.js';

let harness: Awaited<ReturnType<typeof createTestApp>>;
let key: string;
beforeEach(async () => {
  harness = await createTestApp({ adminApiKey: 'operator-key-operator-key-1234' });
  ({ key } = await issueApiKey(harness.db, 'KSA', TEST_NOW));
});
afterEach(() => harness.close());

describe('an agency putting its services on the channel', () => {
  it('creates a service (201), updates it (200), and reads it back', async () => {
    const created = await api(harness.app, 'PUT', '/services/SATELLITE-DATA', { key, body: serviceBody({ name: { en: 'Satellite Data Request', sw: 'Ombi la Data ya Setilaiti' }, category: 'ict', feeKes: 500 }) });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ code: 'SATELLITE-DATA', agency: 'KSA', status: 'live', feeKes: 500, ussdApply: false, applyFields: null });
    const updated = await api(harness.app, 'PUT', '/services/SATELLITE-DATA', { key, body: serviceBody({ feeKes: 750 }) });
    expect(updated.status).toBe(200);
    expect((await api(harness.app, 'GET', '/services/SATELLITE-DATA', { key })).json).toMatchObject({ feeKes: 750, name: { en: 'Airport Pass' } });
  });

  it('shows a new service in the USSD menus, with its fee, for citizens to find', async () => {
    await api(harness.app, 'PUT', '/services/SAT-IMAGES', { key, body: serviceBody({ name: { en: 'Satellite Imagery Licence', sw: 'Leseni ya Picha za Setilaiti' }, category: 'ict', feeKes: 1500 }) });
    const citizen = phone(harness.app, '+254733000333');
    await citizen.dial();
    await citizen.press('1');
    await citizen.press('3');
    const results = await citizen.press('satellite imagery');
    const choice = await findOption(citizen.press, results, 'Satellite Imagery Licence (KSA)');
    expect(await citizen.press(choice.option)).toMatch(/^CON Satellite Imagery Licence\nFee: KES 1,500\ne-Citizen fee: KES 50\nTotal: KES 1,550\n/);
  });

  it('keeps the word search in step with a renamed service: the new name is found, the old one is not', async () => {
    // A phone per search: a second dial from one phone would be offered to continue the first.
    let phones = 0;
    const search = async (word: string) => {
      const citizen = phone(harness.app, `+25473300034${(phones += 1)}`);
      await citizen.dial();
      await citizen.press('1');
      await citizen.press('3');
      return citizen.press(word);
    };
    await api(harness.app, 'PUT', '/services/SAT-IMAGES', { key, body: serviceBody({ name: { en: 'Satellite Imagery Licence', sw: 'Leseni ya Picha za Setilaiti' } }) });
    expect(await search('imagery')).toMatch(/Satellite Imagery Licence \(KSA\)/);
    await api(harness.app, 'PUT', '/services/SAT-IMAGES', { key, body: serviceBody({ name: { en: 'Earth Observation Licence', sw: 'Leseni ya Uchunguzi wa Dunia' } }) });
    expect(await search('imagery')).toMatch(/^CON No service matches "imagery"\./);
    expect(await search('observation')).toMatch(/Earth Observation Licence \(KSA\)/);
    expect(await search('uchunguzi')).toMatch(/Earth Observation Licence \(KSA\)/);
  });

  it('lets citizens apply by phone with the questions the agency defined', async () => {
    const applyFields = [
      { name: 'national_id', label: { en: 'ID', sw: 'Kitambulisho' }, prompt: { en: 'Your ID number:', sw: 'Nambari ya kitambulisho:' }, validate: { kind: 'national_id' } },
      { name: 'county', label: { en: 'County', sw: 'Kaunti' }, prompt: { en: 'Your county:', sw: 'Kaunti yako:' }, validate: { kind: 'choice', list: 'counties' } },
    ];
    const saved = await api(harness.app, 'PUT', '/services/SAT-VISIT', { key, body: serviceBody({ name: { en: 'Ground Station Visit', sw: 'Ziara ya Kituo' }, ussdApply: true, applyFields }) });
    expect(saved.status).toBe(201);
    const citizen = phone(harness.app, '+254733000333');
    await citizen.dial();
    const list = await citizen.press('4');
    const choice = await findOption(citizen.press, list, 'Ground Station Visit (KSA)');
    expect(await citizen.press(choice.option)).toBe('CON Your ID number:\n0 Back\n00 Main menu');
  });

  it('lists only its own services, and retires one: it leaves the menus, its applications stay', async () => {
    await api(harness.app, 'PUT', '/services/SAT-A', { key, body: serviceBody({ name: { en: 'Zeta Orbit Permit', sw: 'Kibali cha Zeta' } }) });
    const listed = await api(harness.app, 'GET', '/services', { key });
    expect(listed.json.services.every((service: { agency: string }) => service.agency === 'KSA')).toBe(true);
    expect(listed.json.services.map((service: { code: string }) => service.code)).toContain('SAT-A');
    const retired = await api(harness.app, 'DELETE', '/services/SAT-A', { key });
    expect(retired).toMatchObject({ status: 200, json: { status: 'retired' } });
    const citizen = phone(harness.app, '+254733000333');
    await citizen.dial();
    await citizen.press('1');
    await citizen.press('3');
    expect(await citizen.press('zeta orbit')).toMatch(/^CON No service matches "zeta orbit"/);
  });
});
