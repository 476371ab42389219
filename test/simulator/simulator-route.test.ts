import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCREEN_LIMITS, type ScreenLimits } from '../../src/domain/screen-limits.js';
import { createApp } from '../../src/http/create-app.js';
import { bundledMenuFiles } from '../../src/menu/bundled-menus.js';
import { loadMenus } from '../../src/menu/load-menus.js';
import { createTestApp, TEST_NOW } from '../support/test-app.js';
import { phone, postHop } from '../support/ussd-client.js';

const menu = loadMenus(bundledMenuFiles);
let harness: Awaited<ReturnType<typeof createTestApp>> | undefined;

afterEach(() => {
  harness?.close();
  harness = undefined;
});

/** The test app's database behind an app with the simulator mounted, as `npm start` outside production. */
async function simulatorApp(callbackSecret?: string, screenLimits?: ScreenLimits) {
  harness = await createTestApp(callbackSecret ? { callbackSecret } : {});
  const app = createApp({ db: harness.db, menu, logger: harness.logger, now: () => TEST_NOW, callbackSecret, simulator: true, screenLimits });
  return { app, withoutSimulator: harness.app };
}

const stateOf = (app: ReturnType<typeof createApp>, sessionId: string) =>
  app.request('/simulator/state', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ sessionId }).toString(),
  });

describe('GET /simulator', () => {
  it('serves a self-contained page: nothing in src or href points elsewhere', async () => {
    const { app } = await simulatorApp();
    const response = await app.request('/simulator');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const page = await response.text();

    const references = [...page.matchAll(/\b(?:src|href)\s*=\s*["']?([^"'\s>]*)/gi)].map((match) => match[1]);
    for (const reference of references) expect(reference).not.toMatch(/^(?:[a-z]+:)?\/\//i);
    expect(page).not.toMatch(/@import|url\(\s*["']?(?:https?:)?\/\//i);
    expect(page).not.toMatch(/<link\b/i);
  });

  it('labels its controls and posts hops to /simulator/ussd as Africa\'s Talking posts them to /ussd', async () => {
    const { app } = await simulatorApp();
    const page = await (await app.request('/simulator')).text();
    for (const id of ['phone-choice', 'phone-other', 'network', 'reply']) expect(page).toContain(`<label for="${id}">`);
    for (const phoneNumber of ['+254711000111', '+254722000222']) expect(page).toContain(`value="${phoneNumber}"`);
    for (const network of ['63902', '63903', '63907']) expect(page).toContain(`value="${network}"`);
    expect(page).toContain('"ussdUrl":"/simulator/ussd"');
    expect(page).toContain('"serviceCode":"*2222#"');
  });

  it('counts each screen out of the budget of the network picked, as the server lays it out', async () => {
    const { app } = await simulatorApp(undefined, { ...DEFAULT_SCREEN_LIMITS, '63907': 150 });
    const page = await (await app.request('/simulator')).text();
    expect(page).toContain('"screenLimits":{"63902":160,"63903":182,"63907":150}');
    expect(page).toContain('<option value="63902">Safaricom 63902: 160 chars</option>');
    expect(page).toContain('<option value="63903">Airtel 63903: 182 chars</option>');
    expect(page).toContain('<option value="63907">Telkom 63907: 150 chars</option>');
    // Safaricom is picked first.
    expect(page).toContain('0 / 160 characters');
  });

  it('never carries the callback secret, and its hops are answered without it while /ussd still refuses them', async () => {
    const secret = 'a-callback-secret-of-some-length';
    const { app } = await simulatorApp(secret);
    const page = await (await app.request('/simulator')).text();
    expect(page).not.toContain(secret);
    const simulated = phone(app, '+254711000111', 'sim-0123456789abcdef', '/simulator/ussd');
    expect(await simulated.dial()).toMatch(/^CON Welcome to e-Citizen/);
    expect(await simulated.press('2')).toMatch(/^CON Enter your application reference/);
    expect((await postHop(app, { sessionId: 'sim-0123456789abcdef', phoneNumber: '+254711000111', text: '2' })).status).toBe(403);
  });

  it('drives only its own sessions: a hop under another session id is refused with 400', async () => {
    const { app } = await simulatorApp();
    const reply = await postHop(app, { sessionId: 'ATUid_citizen-session', phoneNumber: '+254711000111', text: '' }, '/simulator/ussd');
    expect(reply).toMatchObject({ status: 400, body: expect.stringContaining('sessionId must start with sim-') });
  });

  it('is absent when the simulator dependency is off, as in production', async () => {
    const { withoutSimulator } = await simulatorApp();
    expect((await withoutSimulator.request('/simulator')).status).toBe(404);
    expect((await stateOf(withoutSimulator, 'sim-anything')).status).toBe(404);
    expect((await postHop(withoutSimulator, { sessionId: 'sim-anything', phoneNumber: '+254711000111', text: '' }, '/simulator/ussd')).status).toBe(404);
  });
});

describe('POST /simulator/state', () => {
  it('answers the stored state of a known session: node, page, language, history and variables', async () => {
    const { app } = await simulatorApp();
    const citizen = phone(app, '+254722000222', 'sim-state-test', '/simulator/ussd');
    await citizen.dial();
    await citizen.press('4');
    await citizen.press('1');
    await citizen.press('12345678');

    const response = await stateOf(app, citizen.sessionId);
    expect(response.status).toBe(200);
    const state = (await response.json()) as Record<string, unknown>;
    expect(state).toMatchObject({
      sessionId: citizen.sessionId,
      hops: 3,
      node: 'apply.form',
      page: 1,
      language: 'sw',
      screenLimit: 160,
      historyDepth: 2,
      history: ['main', 'apply.choose_service'],
      ended: false,
    });
    expect(Object.values(state.variables as Record<string, string>)).toContain('12345678');
  });

  it('never answers the state of a citizen\'s session (one Africa\'s Talking started): 400, nothing shown', async () => {
    const { app } = await simulatorApp();
    const citizen = phone(app, '+254722000222', 'ATUid_real-citizen');
    await citizen.dial();
    await citizen.press('4');
    await citizen.press('1');
    await citizen.press('12345678');
    const response = await stateOf(app, citizen.sessionId);
    expect(response.status).toBe(400);
    expect(await response.text()).not.toContain('12345678');
  });

  it('answers 404 for a session it does not know, and 400 without a sessionId', async () => {
    const { app } = await simulatorApp();
    expect((await stateOf(app, 'sim-no-such-session')).status).toBe(404);
    const missing = await app.request('/simulator/state', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: '',
    });
    expect(missing.status).toBe(400);
  });
});
