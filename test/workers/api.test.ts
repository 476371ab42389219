import { env, exports } from 'cloudflare:workers';
import { drizzle } from 'drizzle-orm/d1';
import { describe, expect, it } from 'vitest';
import * as schema from '../../src/db/schema.js';
import { issueApiKey } from '../../src/http/api/api-key.js';

async function call(method: string, path: string, key: string, body?: unknown) {
  const response = await exports.default.fetch(
    new Request(`http://worker.test/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }),
  );
  return { status: response.status, json: (await response.json()) as any };
}

describe('the agency API on Workers and D1', () => {
  it('registers an application (one D1 batch with its event and SMS) and moves it along', async () => {
    await exports.default.fetch(new Request('http://worker.test/healthz'));
    const { key } = await issueApiKey(drizzle(env.DB, { schema }), 'DCI', Date.now());
    const registered = await call('POST', '/applications', key, { serviceCode: 'GOOD-CONDUCT', applicantPhone: '0733000333' });
    expect(registered.status).toBe(201);
    const moved = await call('POST', `/applications/${registered.json.reference}/events`, key, { status: 'approved' });
    expect(moved).toMatchObject({ status: 201, json: { change: { from: 'submitted', to: 'approved' } } });
    const outbox = await env.DB.prepare("select kind from sms_outbox where phone = '+254733000333' order by id").all();
    expect(outbox.results.map((row) => row.kind)).toEqual(['application_received', 'status_update']);
    expect((await call('GET', `/applications/${registered.json.reference}`, 'ecz_AAAAAAAA_nope')).status).toBe(401);
  });
});

describe('agency safeguards on Workers and D1', () => {
  it('coalesces a batch of alternating events into one queued SMS, and answers a retried registration with the first result', async () => {
    const { key } = await issueApiKey(drizzle(env.DB, { schema }), 'DCI', Date.now());
    const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'idempotency-key': 'd1-register-1' };
    const register = () =>
      exports.default.fetch(new Request('http://worker.test/api/v1/applications', { method: 'POST', headers, body: JSON.stringify({ serviceCode: 'GOOD-CONDUCT', applicantPhone: '0733000444' }) }));
    const first = (await (await register()).json()) as { reference: string };
    const again = await register();
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(((await again.json()) as { reference: string }).reference).toBe(first.reference);

    const events = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? { reference: first.reference, status: 'rejected', reason: 'photo unclear' } : { reference: first.reference, status: 'under_review' }));
    const batch = await call('POST', '/applications/events:batch', key, { events });
    expect(batch.json.results.every((result: { status: number }) => result.status === 201)).toBe(true);
    const states = await env.DB.prepare("select state, count(*) as n from sms_outbox where phone = '+254733000444' and kind = 'status_update' group by state order by state").all();
    expect(states.results).toEqual([
      { state: 'queued', n: 1 },
      { state: 'suppressed', n: 39 },
    ]);
  });
});

describe('failed authentications on Workers', () => {
  it('are counted per CF-Connecting-IP: past 20 in a minute one address is refused with 429, another address is not', async () => {
    const attempt = async (address: string) =>
      (await exports.default.fetch(new Request('http://worker.test/api/v1/services', { headers: { authorization: 'Bearer ecz_AAAAAAAA_zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', 'cf-connecting-ip': address } }))).status;
    const statuses = [];
    // 45 attempts: even if a minute ends among them, one of the two windows gets more than 20.
    for (let i = 0; i < 45; i += 1) statuses.push(await attempt('198.51.100.21'));
    expect(statuses.slice(0, 20).every((status) => status === 401)).toBe(true);
    expect(statuses).toContain(429);
    expect(await attempt('198.51.100.22')).toBe(401);
  });
});

describe('onboarding an agency on a Worker, with no shell on the server', () => {
  const OPERATOR = 'workers-test-operator-key-0123456789';

  it('lets the operator create the agency and its key over the API; the key lists the applications citizens made by phone', async () => {
    const agency = { code: 'KSPACE', name: { en: 'Kenya Space Agency', sw: 'Shirika la Anga la Kenya' }, shortName: { en: 'Space Agency', sw: 'Shirika la Anga' } };
    expect((await call('POST', '/agencies', OPERATOR, agency)).status).toBe(201);
    const created = await call('POST', '/agencies/KSPACE/keys', OPERATOR);
    expect(created.status).toBe(201);
    expect((await call('GET', '/services', created.json.key)).status).toBe(200);

    const crs = await call('POST', '/agencies/CRS/keys', OPERATOR);
    const session = 'w-apply-list';
    let text = '';
    for (const input of ['', '4', '1', '12345678', 'Amina Wanjiru', 'kaka', '1', '1']) {
      text = input === '' ? '' : text === '' ? input : `${text}*${input}`;
      await exports.default.fetch(
        new Request('http://worker.test/ussd', {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ sessionId: session, serviceCode: '*2222#', phoneNumber: '+254711000998', networkCode: '63902', text }),
        }),
      );
    }
    const listed = await call('GET', '/applications?channel=ussd', crs.json.key);
    expect(listed.status).toBe(200);
    expect(listed.json.applications[0]).toMatchObject({ applicantPhone: '+254711000998', channel: 'ussd', answers: { full_name: 'Amina Wanjiru', county: 'Kakamega' } });

    expect((await call('DELETE', `/agencies/KSPACE/keys/${created.json.prefix}`, OPERATOR)).status).toBe(200);
    expect((await call('GET', '/services', created.json.key)).status).toBe(401);
  });
});
