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
