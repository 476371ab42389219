import { afterEach, describe, expect, it } from 'vitest';
import { applications, smsOutbox, webhookDeliveries } from '../../src/db/schema.js';
import { OPERATOR_KEY } from '../support/api-app.js';
import { api } from '../support/api-client.js';
import { postHop } from '../support/ussd-client.js';
import { APPLY_BIRTH_CERTIFICATE, webhookHarness } from '../support/webhook-harness.js';
import { webhookReceiver } from '../support/webhook-receiver.js';

const PUBLIC_ADDRESS = '93.184.216.34';

/** Every class of address the service must never post to, as a literal and as what a name resolves to. */
const FORBIDDEN = [
  ['loopback', '127.0.0.1', /loopback/],
  ['loopback, elsewhere in 127/8', '127.8.9.10', /loopback/],
  ['private 10/8', '10.0.0.7', /private \(10\.0\.0\.0\/8\)/],
  ['private 172.16/12', '172.20.1.1', /private \(172\.16\.0\.0\/12\)/],
  ['private 192.168/16', '192.168.1.10', /private \(192\.168\.0\.0\/16\)/],
  ['link-local', '169.254.10.1', /link-local/],
  ['cloud metadata', '169.254.169.254', /cloud metadata/],
  ['carrier-grade NAT', '100.64.3.4', /carrier-grade NAT/],
  ['this network 0/8', '0.0.0.0', /this network/],
  ['multicast', '239.1.1.1', /multicast/],
  ['IPv6 loopback', '::1', /loopback/],
  ['IPv6 unique local', 'fd12:3456::1', /unique local/],
  ['IPv6 link-local', 'fe80::1', /link-local/],
  ['AWS IPv6 metadata', 'fd00:ec2::254', /cloud metadata/],
  ['IPv4-mapped loopback', '::ffff:127.0.0.1', /IPv4-mapped loopback/],
  ['IPv4-mapped metadata', '::ffff:169.254.169.254', /IPv4-mapped cloud metadata/],
] as const;

const literalUrl = (address: string) => `https://${address.includes(':') ? `[${address}]` : address}/hooks`;

let cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

async function harness(options: Parameters<typeof webhookHarness>[0] = {}) {
  const h = await webhookHarness(options);
  cleanup.push(() => h.close());
  return h;
}
async function receiver(options: Parameters<typeof webhookReceiver>[0] = {}) {
  const r = await webhookReceiver(options);
  cleanup.push(() => r.close());
  return r;
}

describe('registering in production: the URL is refused with 422 naming url', () => {
  it.each(FORBIDDEN)('a literal %s address (%s)', async (_, address, why) => {
    const h = await harness({ production: true, resolve: async () => [PUBLIC_ADDRESS] });
    const refused = await h.register(literalUrl(address));
    expect(refused.status).toBe(422);
    expect(refused.json.error.details).toEqual([{ path: 'url', message: expect.stringMatching(why) }]);
  });

  it.each(FORBIDDEN)('a name that resolves to a %s address (%s)', async (_, address, why) => {
    const h = await harness({ production: true, resolve: async (name) => (name === 'hooks.agency.example' ? [PUBLIC_ADDRESS, address] : [PUBLIC_ADDRESS]) });
    const refused = await h.register('https://hooks.agency.example/ecitizen');
    expect(refused.status).toBe(422);
    expect(refused.json.error.details).toEqual([{ path: 'url', message: expect.stringMatching(why) }]);
  });

  it.each([
    ['http', 'http://hooks.agency.example/ecitizen', /must be https/],
    ['http to this host', 'http://127.0.0.1:8080/hooks', /must be https/],
    ['credentials', 'https://agency:hunter2@hooks.agency.example/', /user name or password/],
    ['localhost', 'https://localhost/hooks', /localhost/],
    ['a name under localhost', 'https://evil.localhost/hooks', /localhost/],
    ['a single-label name', 'https://intranet/hooks', /public host/],
    ['a name that does not resolve', 'https://nowhere.agency.example/', /does not resolve/],
    ['not a URL', 'hooks.agency.example', /not a URL/],
    ['a decimal IPv4 (the URL parser reads 2130706433 as 127.0.0.1)', 'https://2130706433/', /loopback/],
  ])('%s', async (_, url, why) => {
    const h = await harness({
      production: true,
      resolve: async (name) => {
        if (name === 'nowhere.agency.example') throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
        return [PUBLIC_ADDRESS];
      },
    });
    const refused = await h.register(url);
    expect(refused.status).toBe(422);
    expect(refused.json.error.details).toEqual([{ path: 'url', message: expect.stringMatching(why) }]);
  });

  it('takes an https URL on a public host', async () => {
    const h = await harness({ production: true, resolve: async () => [PUBLIC_ADDRESS] });
    expect((await h.register('https://hooks.agency.example/ecitizen')).status).toBe(201);
  });

  it('outside production takes a local receiver on 127.0.0.1, but never another http address or a private one', async () => {
    const h = await harness({ resolve: async () => ['10.0.0.7'] });
    expect((await h.register('http://127.0.0.1:9/hooks')).status).toBe(201);
    expect((await h.register('http://localhost:9/hooks')).json.error.details[0].message).toMatch(/private/);
    expect((await h.register('http://hooks.agency.example/hooks')).json.error.details[0].message).toMatch(/must be https/);
    expect((await h.register('https://10.0.0.7/hooks')).json.error.details[0].message).toMatch(/private/);
  });
});

describe('delivering in production, after the DNS answer changed since registration', () => {
  it.each(FORBIDDEN)('refuses a name that now resolves to a %s address (%s): nothing is posted, the delivery says why', async (_, address, why) => {
    let answer = PUBLIC_ADDRESS;
    const h = await harness({ production: true, resolve: async () => [answer] });
    const { json: endpoint } = await h.register('https://hooks.agency.example/ecitizen');
    await h.applyByPhone();
    answer = address;
    expect(await h.drain()).toMatchObject({ claimed: 1, retrying: 1, delivered: 0 });
    const [delivery] = await h.deliveries(endpoint.id);
    expect(delivery).toMatchObject({ state: 'queued', lastStatusCode: null });
    expect(delivery!.lastError).toMatch(why);
    expect(delivery!.lastError).toMatch(/resolves to/);
  });
});

describe('the connection', () => {
  it('goes to the address that was vetted, not to a second answer of the DNS', async () => {
    // The receiver listens on 127.0.0.2 only; "localhost" resolved by the system is 127.0.0.1 or
    // ::1, where nothing listens on its port. Only a connection pinned to the vetted answer arrives.
    const target = await receiver({ host: '127.0.0.2' });
    const h = await harness({ resolve: async () => ['127.0.0.2'] });
    await h.register(`http://localhost:${target.port}/hooks`);
    await h.applyByPhone();
    expect(await h.drain()).toMatchObject({ delivered: 1 });
    expect(target.received).toHaveLength(1);
  });

  it('does not follow a redirect: the delivery fails and is retried, and the redirect\'s target is never called', async () => {
    const inside = await receiver();
    const redirecting = await receiver({ handle: (_request, response) => response.writeHead(302, { location: `${inside.url}/stolen` }).end() });
    const h = await harness();
    const { json: endpoint } = await h.register(redirecting.url);
    await h.applyByPhone();
    expect(await h.drain()).toMatchObject({ retrying: 1 });
    expect(inside.received).toEqual([]);
    expect((await h.deliveries(endpoint.id))[0]).toMatchObject({ state: 'queued', lastStatusCode: 302, lastError: expect.stringContaining('redirects are not followed') });
  });

  it('gives a receiver that never answers the timeout, then counts it as a failed attempt', async () => {
    const silent = await receiver({ handle: () => undefined });
    const h = await harness();
    const { json: endpoint } = await h.register(silent.url);
    await h.applyByPhone();
    expect(await h.drain({ sendTimeoutMs: 300 })).toMatchObject({ retrying: 1 });
    expect((await h.deliveries(endpoint.id))[0]).toMatchObject({ state: 'queued', lastError: 'no answer within 300 ms' });
  });

  it('reads a few KB of a huge answer, not the whole of it, and keeps a short last error', async () => {
    const HUGE = 256 * 1024 * 1024;
    let written = 0;
    const chunk = Buffer.alloc(64 * 1024, 'x');
    const flooding = await receiver({
      handle: (_request, response) => {
        response.writeHead(500, { 'content-type': 'text/plain' });
        const pump = () => {
          while (written < HUGE && !response.destroyed) {
            written += chunk.length;
            if (!response.write(chunk)) return void response.once('drain', pump);
          }
          response.end();
        };
        pump();
      },
    });
    const h = await harness();
    const { json: endpoint } = await h.register(flooding.url);
    await h.applyByPhone();
    expect(await h.drain()).toMatchObject({ retrying: 1 });
    expect(written).toBeLessThan(HUGE / 4);
    const [delivery] = await h.deliveries(endpoint.id);
    expect(delivery!.lastError!.length).toBeLessThanOrEqual(300);
    expect(delivery!.lastError).toMatch(/^HTTP 500: x+$/);
  });
});

describe('never twice', () => {
  it('posts each event once when two dispatchers drain at the same time', async () => {
    const target = await receiver();
    const h = await harness();
    await h.register(target.url);
    for (let i = 0; i < 20; i += 1) await h.applyByPhone(`+2547110${String(i).padStart(5, '0')}`, `twice-${i}`);
    const [first, second] = await Promise.all([h.drain({ batchSize: 100 }), h.drain({ batchSize: 100 })]);
    await h.drain({ batchSize: 100 });
    expect(first!.delivered + second!.delivered).toBeGreaterThan(0);
    const ids = target.received.map((received) => received.headers['x-ecitizen-event-id']);
    expect(ids).toHaveLength(20);
    expect(new Set(ids).size).toBe(20);
  });
});

describe('one agency\'s webhooks are its own', () => {
  it('another agency neither lists, deletes nor reads the deliveries of an endpoint, and is not told of its applications', async () => {
    const target = await receiver();
    const h = await harness();
    const { json: crs } = await h.register(`${target.url}/crs`);
    const dciKey = await h.agencyKey('DCI');
    const { json: dci } = await h.register(`${target.url}/dci`, dciKey);
    await h.applyByPhone();
    expect((await api(h.app, 'GET', '/webhooks', { key: dciKey })).json.endpoints.map((e: { id: string }) => e.id)).toEqual([dci.id]);
    expect((await api(h.app, 'GET', `/webhooks/${crs.id}/deliveries`, { key: dciKey })).status).toBe(404);
    expect((await api(h.app, 'DELETE', `/webhooks/${crs.id}`, { key: dciKey })).status).toBe(404);
    expect((await api(h.app, 'GET', `/agencies/DCI/webhooks/${crs.id}/deliveries`, { key: OPERATOR_KEY })).status).toBe(404);
    await h.drain();
    expect(target.received.map((received) => received.path)).toEqual(['/crs']);
    expect(await h.deliveries(dci.id)).toEqual([]);
    expect((await api(h.app, 'GET', `/webhooks/${crs.id}/deliveries`, { key: h.key })).json.deliveries).toHaveLength(1);
  });

  it('an agency key cannot use the operator\'s routes, nor the operator key the agency\'s', async () => {
    const h = await harness();
    expect((await api(h.app, 'GET', '/agencies/CRS/webhooks', { key: h.key })).status).toBe(403);
    expect((await api(h.app, 'GET', '/webhooks', { key: OPERATOR_KEY })).status).toBe(403);
  });
});

describe('the event and its cause', () => {
  it('are one write: an application whose webhook cannot be written is not made either (the citizen gets the apology)', async () => {
    const h = await harness();
    await h.register('http://127.0.0.1:9/hooks');
    h.sqlite.exec("create trigger refuse_webhooks before insert on webhook_deliveries begin select raise(abort, 'refused for the test'); end");
    const before = await h.db.select().from(applications).all();
    const reply = await postHop(h.app, { sessionId: 'atomic', phoneNumber: '+254711000111', text: APPLY_BIRTH_CERTIFICATE });
    expect(reply.body).toMatch(/^END Sorry/);
    expect(await h.db.select().from(applications).all()).toHaveLength(before.length);
    expect((await h.db.select().from(smsOutbox).all()).filter((sms) => sms.kind === 'application_received')).toEqual([]);
    expect(await h.db.select().from(webhookDeliveries).all()).toEqual([]);
  });
});

describe('an answer that stalls', () => {
  it('counts by its status when the body never ends: a 200 whose body stalls is delivered, not posted again', async () => {
    const stalling = await receiver({ handle: (_request, response) => response.writeHead(200, { 'content-type': 'text/plain' }).write('accepted, and then nothing') });
    const h = await harness();
    const { json: endpoint } = await h.register(stalling.url);
    await h.applyByPhone();
    expect(await h.drain({ sendTimeoutMs: 300 })).toMatchObject({ delivered: 1 });
    expect((await h.deliveries(endpoint.id))[0]).toMatchObject({ state: 'delivered', lastStatusCode: 200 });
  });
});

describe('a DNS that stays silent', () => {
  it('holds a registration no longer than the resolution timeout: 422, does not resolve', async () => {
    const h = await harness({ production: true, resolve: () => new Promise<string[]>(() => undefined), resolveTimeoutMs: 200 });
    const refused = await h.register('https://hooks.agency.example/ecitizen');
    expect(refused.status).toBe(422);
    expect(refused.json.error.details[0].message).toMatch(/does not resolve \(no answer within 200 ms\)/);
  });
});
