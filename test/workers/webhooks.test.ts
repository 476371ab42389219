import { env, exports } from 'cloudflare:workers';
import { drizzle } from 'drizzle-orm/d1';
import { describe, expect, it } from 'vitest';
import * as schema from '../../src/db/schema.js';
import { issueApiKey } from '../../src/http/api/api-key.js';
import { webhookSignature } from '../../src/webhooks/sign-webhook.js';
import { drainWebhooks } from '../../src/webhooks/drain-webhooks.js';
import { createFetchWebhookNetwork } from '../../src/webhooks/fetch-webhook-network.js';

const HOUR = 60 * 60 * 1000;

describe('webhooks on Workers and D1', () => {
  it('registers an endpoint, writes application.created in the D1 batch of a USSD application, and delivers it signed', async () => {
    const db = drizzle(env.DB, { schema });
    await exports.default.fetch(new Request('http://worker.test/healthz'));
    const { key } = await issueApiKey(db, 'CRS', Date.now());
    const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
    const register = (url: string) => exports.default.fetch(new Request('http://worker.test/api/v1/webhooks', { method: 'POST', headers, body: JSON.stringify({ url }) }));

    // The Worker's own guard: a literal private address and plain http to a remote host are refused.
    expect((await register('https://10.0.0.7/hooks')).status).toBe(422);
    expect((await register('http://hooks.agency.example/hooks')).status).toBe(422);
    const registered = await register('http://127.0.0.1:9/hooks');
    expect(registered.status).toBe(201);
    const endpoint = (await registered.json()) as { id: string; secret: string };

    const hop = await exports.default.fetch(
      new Request('http://worker.test/ussd', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ sessionId: 'wk-apply-1', serviceCode: '*2222#', phoneNumber: '+254711000111', networkCode: '63902', text: '4*1*12345678*Amina Wanjiru*kaka*1*1' }).toString(),
      }),
    );
    const reference = /reference is (EC\d{8})/.exec(await hop.text())?.[1];
    expect(reference).toBeDefined();

    // The receiver, inside workerd: fetch itself is the stand-in. The drain runs two hours on, so
    // an attempt the Worker made after the hop (to port 9, where nothing listens) is due again;
    // workerd logs that attempt's refused connection as "Network connection lost" (noise).
    const posted: Request[] = [];
    const network = createFetchWebhookNetwork({
      allowLoopback: true,
      fetch: async (input, init) => {
        posted.push(new Request(input, init));
        return new Response('ok', { status: 200 });
      },
    });
    const now = () => Date.now() + 2 * HOUR;
    const logger = { info: () => undefined, warn: () => undefined, error: () => undefined };
    expect(await drainWebhooks({ db, network, now, logger })).toMatchObject({ claimed: 1, delivered: 1 });

    expect(posted).toHaveLength(1);
    const request = posted[0]!;
    const body = await request.text();
    const event = JSON.parse(body);
    expect(event).toMatchObject({ type: 'application.created', data: { application: { reference, service: 'BIRTH-CERT', channel: 'ussd', answers: { full_name: 'Amina Wanjiru' } } } });
    expect(request.headers.get('x-ecitizen-event-id')).toBe(event.id);
    const [, t, v1] = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(request.headers.get('x-ecitizen-signature') ?? '') ?? [];
    expect(v1).toBe(await webhookSignature(endpoint.secret, Number(t), body));

    const listed = await exports.default.fetch(new Request(`http://worker.test/api/v1/webhooks/${endpoint.id}/deliveries`, { headers }));
    expect(((await listed.json()) as { deliveries: { status: string; eventId: string }[] }).deliveries).toEqual([expect.objectContaining({ status: 'delivered', eventId: event.id })]);
  });
});
