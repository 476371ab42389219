import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { SIGNATURE_CHECK } from '../../src/http/api/webhooks-docs.js';
import { api } from '../support/api-client.js';
import { OPERATOR_KEY } from '../support/api-app.js';
import { TEST_NOW } from '../support/test-app.js';
import { phone } from '../support/ussd-client.js';
import { webhookHarness } from '../support/webhook-harness.js';
import { webhookReceiver } from '../support/webhook-receiver.js';

const MINUTE = 60_000;

let h: Awaited<ReturnType<typeof webhookHarness>>;
let receiver: Awaited<ReturnType<typeof webhookReceiver>>;
beforeEach(async () => {
  h = await webhookHarness();
  receiver = await webhookReceiver();
});
afterEach(async () => {
  await receiver.close();
  h.close();
});

/** The docs page's signature check, run as a receiver would run it: the page's own text, as a module. */
let verifyEcitizenSignature: (rawBody: string, header: string, secret: string, toleranceSeconds?: number) => boolean;
const snippetDir = mkdtempSync(join(tmpdir(), 'ecitizen-signature-'));
beforeAll(async () => {
  const file = join(snippetDir, 'verify.mjs');
  writeFileSync(file, SIGNATURE_CHECK);
  ({ verifyEcitizenSignature } = await import(pathToFileURL(file).href));
});
afterAll(() => rmSync(snippetDir, { recursive: true, force: true }));

describe('registering a webhook endpoint', () => {
  it('answers 201 with the signing secret, shown once: the list never shows it', async () => {
    const registered = await h.register(`${receiver.url}/hooks`);
    expect(registered.status).toBe(201);
    expect(registered.json).toEqual({ id: expect.stringMatching(/^we_[0-9A-Za-z]{16}$/), url: `${receiver.url}/hooks`, events: ['application.created'], secret: expect.stringMatching(/^whsec_[0-9A-Za-z]{32}$/), createdAt: new Date(TEST_NOW).toISOString() });
    const listed = await api(h.app, 'GET', '/webhooks', { key: h.key });
    expect(listed.json).toEqual({ endpoints: [{ id: registered.json.id, url: `${receiver.url}/hooks`, events: ['application.created'], createdAt: new Date(TEST_NOW).toISOString() }] });
  });

  it('lets the operator register, list and delete an agency\'s endpoints under /agencies/{code}/webhooks', async () => {
    const registered = await api(h.app, 'POST', '/agencies/CRS/webhooks', { key: OPERATOR_KEY, body: { url: receiver.url } });
    expect(registered.status).toBe(201);
    expect((await api(h.app, 'GET', '/webhooks', { key: h.key })).json.endpoints.map((e: { id: string }) => e.id)).toEqual([registered.json.id]);
    expect((await api(h.app, 'GET', '/agencies/CRS/webhooks', { key: OPERATOR_KEY })).json.endpoints).toHaveLength(1);
    expect((await api(h.app, 'DELETE', `/agencies/CRS/webhooks/${registered.json.id}`, { key: OPERATOR_KEY })).status).toBe(200);
    expect((await api(h.app, 'GET', '/webhooks', { key: h.key })).json.endpoints).toEqual([]);
    expect((await api(h.app, 'POST', '/agencies/NOPE/webhooks', { key: OPERATOR_KEY, body: { url: receiver.url } })).status).toBe(404);
  });

  it('refuses a sixth live endpoint with 409, and takes one again after a deletion', async () => {
    const ids = [];
    for (let i = 0; i < 5; i += 1) ids.push((await h.register(`${receiver.url}/${i}`)).json.id);
    const sixth = await h.register(`${receiver.url}/5`);
    expect(sixth.status).toBe(409);
    expect(sixth.json.error.message).toContain('at most 5');
    await api(h.app, 'DELETE', `/webhooks/${ids[0]}`, { key: h.key });
    expect((await h.register(`${receiver.url}/5`)).status).toBe(201);
  });
});

describe('application.created', () => {
  it('reaches the endpoint within one drain when a citizen applies by phone, signed as the docs page says, carrying the application as the API shows it', async () => {
    const { json: endpoint } = await h.register(`${receiver.url}/hooks`);
    const citizen = phone(h.app, '+254711000111');
    await citizen.dial();
    for (const input of ['4', '1', '12345678', 'Amina Wanjiru', 'kaka', '1']) await citizen.press(input);
    const reference = /reference is (EC\d{8})/.exec(await citizen.press('1'))![1];
    expect(await h.drain()).toEqual({ claimed: 1, more: false, delivered: 1, retrying: 0, failed: 0 });

    expect(receiver.received).toHaveLength(1);
    const [delivery] = receiver.received;
    const event = JSON.parse(delivery!.body);
    expect(delivery!.path).toBe('/hooks');
    expect(delivery!.headers['x-ecitizen-event-id']).toBe(event.id);
    expect(delivery!.headers['x-ecitizen-event-type']).toBe('application.created');
    expect(event).toMatchObject({ id: expect.stringMatching(/^evt_[0-9A-Za-z]{24}$/), type: 'application.created', createdAt: new Date(TEST_NOW).toISOString() });
    const { history: _, ...application } = (await api(h.app, 'GET', `/applications/${reference}`, { key: h.key })).json;
    expect(event.data.application).toEqual(application);
    expect(application).toMatchObject({ reference, service: 'BIRTH-CERT', channel: 'ussd', status: 'submitted', applicantPhone: '+254711000111', answers: { national_id: '12345678', full_name: 'Amina Wanjiru', county: 'Kakamega', collection_centre: 'Eldoret' } });

    vi.useFakeTimers({ toFake: ['Date'], now: TEST_NOW });
    try {
      const signature = String(delivery!.headers['x-ecitizen-signature']);
      expect(signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
      expect(verifyEcitizenSignature(delivery!.body, signature, endpoint.secret)).toBe(true);
      expect(verifyEcitizenSignature(delivery!.body.replace('Amina', 'Amira'), signature, endpoint.secret)).toBe(false);
      expect(verifyEcitizenSignature(delivery!.body, signature, `${endpoint.secret}x`)).toBe(false);
      vi.setSystemTime(TEST_NOW + 10 * MINUTE);
      expect(verifyEcitizenSignature(delivery!.body, signature, endpoint.secret), 'an old delivery replayed').toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('is retried after a 500 and delivered with the same event id, each attempt visible to the agency', async () => {
    const { json: endpoint } = await h.register(receiver.url);
    receiver.answer(500);
    await h.applyByPhone();
    expect(await h.drain()).toMatchObject({ retrying: 1 });
    const pending = await api(h.app, 'GET', `/webhooks/${endpoint.id}/deliveries`, { key: h.key });
    expect(pending.json.deliveries).toEqual([
      expect.objectContaining({ status: 'queued', attempts: 1, lastStatusCode: 500, lastError: 'HTTP 500: failed with 500', nextAttemptAt: new Date(TEST_NOW + 15_000).toISOString(), deliveredAt: null }),
    ]);
    expect(await h.drain(), 'not due before its backoff').toMatchObject({ claimed: 0 });
    h.clock.advance(15_000);
    expect(await h.drain()).toMatchObject({ delivered: 1 });
    const ids = receiver.received.map((received) => received.headers['x-ecitizen-event-id']);
    expect(ids).toHaveLength(2);
    expect(ids[1]).toBe(ids[0]);
    const done = await api(h.app, 'GET', `/webhooks/${endpoint.id}/deliveries`, { key: h.key });
    expect(done.json.deliveries).toEqual([
      { id: expect.any(Number), eventId: ids[0], eventType: 'application.created', status: 'delivered', attempts: 2, lastStatusCode: 200, lastError: null, nextAttemptAt: null, deliveredAt: new Date(TEST_NOW + 15_000).toISOString(), createdAt: new Date(TEST_NOW).toISOString() },
    ]);
  });

  it('gives up after a day of failures as failed, and keeps no copy of the application', async () => {
    const { json: endpoint } = await h.register(receiver.url);
    receiver.answer(...Array.from({ length: 100 }, () => 503));
    await h.applyByPhone();
    for (let round = 0; round < 100 && (await h.deliveries(endpoint.id))[0]!.state !== 'failed'; round += 1) {
      await h.drain();
      h.clock.advance(30 * MINUTE);
    }
    const [delivery] = await h.deliveries(endpoint.id);
    expect(delivery).toMatchObject({ state: 'failed', payload: null, lastError: expect.stringMatching(/^gave up after \d+ attempts: HTTP 503/) });
    expect(delivery!.attempts).toBeGreaterThan(40);
  });

  it('is written once for a confirmation repeated or replayed, and not for an application the agency registered itself', async () => {
    const { json: endpoint } = await h.register(receiver.url);
    await h.applyByPhone('+254711000111', 'repeated-session');
    await h.applyByPhone('+254711000111', 'repeated-session');
    h.forgetSession('repeated-session');
    await h.applyByPhone('+254711000111', 'repeated-session');
    const service = await api(h.app, 'POST', '/applications', { key: h.key, body: { serviceCode: 'BIRTH-CERT', applicantPhone: '0711000111' } });
    expect(service.status).toBe(201);
    expect(await h.deliveries(endpoint.id)).toHaveLength(1);
  });

  it('goes to every endpoint of the agency with one event id, and not to an endpoint registered after the application', async () => {
    const first = (await h.register(`${receiver.url}/a`)).json;
    const second = (await h.register(`${receiver.url}/b`)).json;
    await h.applyByPhone('+254711000111', 'one-session');
    h.clock.advance(MINUTE);
    const later = (await h.register(`${receiver.url}/c`)).json;
    // The session lost (a restart, another instance): the dial string is replayed, and finds the application made.
    h.forgetSession('one-session');
    await h.applyByPhone('+254711000111', 'one-session');
    await h.drain();
    expect(receiver.received.map((received) => received.path).sort()).toEqual(['/a', '/b']);
    expect(new Set(receiver.received.map((received) => received.headers['x-ecitizen-event-id'])).size).toBe(1);
    expect((await h.deliveries(first.id)).concat(await h.deliveries(second.id))).toHaveLength(2);
    expect(await h.deliveries(later.id)).toEqual([]);
  });

  it('stops for a deleted endpoint: what was still owed to it is failed and nothing is posted', async () => {
    const { json: endpoint } = await h.register(receiver.url);
    await h.applyByPhone();
    expect((await api(h.app, 'DELETE', `/webhooks/${endpoint.id}`, { key: h.key })).json).toEqual({ id: endpoint.id, deletedAt: new Date(TEST_NOW).toISOString() });
    expect(await h.drain()).toMatchObject({ claimed: 0 });
    expect(receiver.received).toEqual([]);
    expect(await h.deliveries(endpoint.id)).toEqual([expect.objectContaining({ state: 'failed', lastError: 'the endpoint was deleted', payload: null })]);
  });
});

describe('an endpoint\'s deliveries', () => {
  it('are listed newest first, a page at a time, with a cursor', async () => {
    const { json: endpoint } = await h.register(receiver.url);
    for (let i = 0; i < 3; i += 1) await h.applyByPhone(`+25471100011${i}`, `paged-${i}`); // three citizens: one citizen's same answers again the same day are asked about first
    const first = await api(h.app, 'GET', `/webhooks/${endpoint.id}/deliveries?limit=2`, { key: h.key });
    expect(first.json.deliveries).toHaveLength(2);
    expect(first.json.nextCursor).toEqual(expect.any(String));
    const second = await api(h.app, 'GET', `/webhooks/${endpoint.id}/deliveries?limit=2&cursor=${first.json.nextCursor}`, { key: h.key });
    expect(second.json).toEqual({ deliveries: [expect.objectContaining({ status: 'queued' })], nextCursor: null });
    const ids = [...first.json.deliveries, ...second.json.deliveries].map((delivery: { id: number }) => delivery.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    expect(new Set(ids).size).toBe(3);
    expect((await api(h.app, 'GET', `/webhooks/${endpoint.id}/deliveries?cursor=abc`, { key: h.key })).status).toBe(400);
  });
});

describe('the documentation of webhooks', () => {
  it('puts every webhook route in the OpenAPI document with the schema of its answer, and the signature check on the docs page', async () => {
    const document = (await (await h.app.request('/api/v1/openapi.json')).json()) as any;
    for (const prefix of ['/webhooks', '/agencies/{code}/webhooks']) {
      expect(Object.keys(document.paths[prefix])).toEqual(['post', 'get']);
      expect(document.paths[`${prefix}/{id}`]).toHaveProperty('delete');
      expect(document.paths[`${prefix}/{id}/deliveries`]).toHaveProperty('get');
    }
    expect(document.paths['/webhooks'].post.responses[201].content['application/json'].schema.$ref).toBe('#/components/schemas/WebhookEndpointCreated');
    const refs = JSON.stringify(document.paths).match(/#\/components\/schemas\/\w+/g) ?? [];
    for (const ref of refs) expect(document.components.schemas).toHaveProperty(ref.split('/').pop()!);
    expect(document.components.schemas.WebhookEndpointCreated.required).toEqual(expect.arrayContaining(['id', 'secret']));

    const page = await (await h.app.request('/api/v1/docs')).text();
    expect(page).toContain('X-Ecitizen-Signature');
    expect(page).toContain('verifyEcitizenSignature');
    expect(page).toContain('POST</span> /api/v1/webhooks');
  });
});
