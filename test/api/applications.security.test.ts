import { and, eq } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { DEMO_PHONES } from '../../src/db/demo-applications.js';
import { applications, idempotencyRecords, smsOutbox } from '../../src/db/schema.js';
import { AGENCY_SMS_PER_PHONE_PER_DAY, AGENCY_SMS_WINDOW_MS, STATUS_SMS_HOLD_MS } from '../../src/domain/sms-limits.js';
import { issueApiKey } from '../../src/http/api/api-key.js';
import { IN_FLIGHT_LEASE_MS } from '../../src/http/api/idempotency.js';
import { createApp } from '../../src/http/create-app.js';
import { bundledMenuFiles } from '../../src/menu/bundled-menus.js';
import { loadMenus } from '../../src/menu/load-menus.js';
import { openDatabase } from '../../src/runtime/node.js';
import { DAILY_LIMIT_REASON } from '../../src/sms/queue-sms.js';
import { drainOutbox } from '../../src/sms/drain-outbox.js';
import { createApiApp } from '../support/api-app.js';
import { api } from '../support/api-client.js';
import { serveWithLocalGateway, testClock, TEST_NOW } from '../support/test-app.js';

let harness: Awaited<ReturnType<typeof createApiApp>> | undefined;
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  harness?.close();
  harness = undefined;
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

const statusSms = (phone: string) =>
  harness!.db.select().from(smsOutbox).where(and(eq(smsOutbox.phone, phone), eq(smsOutbox.kind, 'status_update'))).orderBy(smsOutbox.id).all();

describe('SMS amplification by an agency', () => {
  it('coalesces a burst: 500 alternating status events in one batch send the citizen one SMS, with the latest status', async () => {
    const served = await serveWithLocalGateway();
    cleanups.push(served.close);
    const { key } = await issueApiKey(served.harness.db, 'DCI', TEST_NOW);
    const events = Array.from({ length: 500 }, (_, i) => (i % 2 === 0 ? { reference: 'EC20418375', status: 'rejected', reason: 'photo unclear' } : { reference: 'EC20418375', status: 'under_review' }));
    const batch = await api(served.harness.app, 'POST', '/applications/events:batch', { key, body: { events } });
    expect(batch.status).toBe(200);
    expect(batch.json.results.every((result: { status: number }) => result.status === 201)).toBe(true);

    const rows = await served.harness.db.select().from(smsOutbox).where(eq(smsOutbox.kind, 'status_update')).all();
    expect(rows).toHaveLength(500);
    expect(rows.filter((row) => row.state === 'queued')).toHaveLength(1);
    expect(new Set(rows.filter((row) => row.state === 'suppressed').map((row) => row.failureReason))).toEqual(new Set(['superseded by a later status update']));

    await drainOutbox({ db: served.harness.db, gateway: served.sdkGateway(), now: () => TEST_NOW + STATUS_SMS_HOLD_MS, logger: served.harness.logger });
    expect(served.local.inbox(DEMO_PHONES.english).map((message) => message.message)).toEqual(['e-Citizen EC20418375 (Certificate of Good Conduct): Under review. We will SMS you when its status changes.']);
  });

  it(`keeps agency-caused SMS to one phone beyond ${AGENCY_SMS_PER_PHONE_PER_DAY} in 24 hours as suppressed, with the reason, and lets them through again the next day`, async () => {
    const clock = testClock();
    harness = await createApiApp({ now: clock.now });
    const dci = await harness.agencyKey('DCI');
    const register = () => api(harness!.api, 'POST', '/applications', { key: dci, body: { serviceCode: 'GOOD-CONDUCT', applicantPhone: '0733000444' } });
    for (let i = 0; i < AGENCY_SMS_PER_PHONE_PER_DAY + 3; i += 1) expect((await register()).status).toBe(201);
    const rows = await harness.db.select().from(smsOutbox).where(eq(smsOutbox.phone, '+254733000444')).orderBy(smsOutbox.id).all();
    expect(rows.map((row) => row.state)).toEqual([...Array(AGENCY_SMS_PER_PHONE_PER_DAY).fill('queued'), 'suppressed', 'suppressed', 'suppressed']);
    expect(rows.at(-1)).toMatchObject({ causedBy: 'agency', failureReason: DAILY_LIMIT_REASON });

    clock.advance(AGENCY_SMS_WINDOW_MS + 1);
    await register();
    expect((await harness.db.select().from(smsOutbox).where(eq(smsOutbox.phone, '+254733000444')).orderBy(smsOutbox.id).all()).at(-1)?.state).toBe('queued');
  });

  it('counts each event of a batch against the rate limit, and refuses an over-limit batch whole', async () => {
    const clock = testClock();
    harness = await createApiApp({ now: clock.now, rateLimitPerMinute: 10 });
    const dci = await harness.agencyKey('DCI');
    const batch = (count: number) =>
      api(harness!.api, 'POST', '/applications/events:batch', {
        key: dci,
        body: { events: Array.from({ length: count }, (_, i) => (i % 2 === 0 ? { reference: 'EC20418375', status: 'rejected', reason: 'photo unclear' } : { reference: 'EC20418375', status: 'under_review' })) },
      });
    expect((await batch(5)).status).toBe(200);
    const refused = await batch(6);
    expect(refused.status).toBe(429);
    expect(refused.json.error.message).toMatch(/^this batch of 6 events would take the caller over 10 requests and events in a minute: try again in \d+ s$/);
    expect(await statusSms(DEMO_PHONES.english)).toHaveLength(5);
    expect((await batch(4)).status).toBe(200);
  });

  it('does not keep a batch refused for the rate limit as the answer to its Idempotency-Key: the repeat in the next minute runs', async () => {
    const clock = testClock();
    harness = await createApiApp({ now: clock.now, rateLimitPerMinute: 3 });
    const dci = await harness.agencyKey('DCI');
    const events = [
      { reference: 'EC20418375', status: 'rejected', reason: 'photo unclear' },
      { reference: 'EC20418375', status: 'under_review' },
      { reference: 'EC20418375', status: 'approved' },
    ];
    const send = () => api(harness!.api, 'POST', '/applications/events:batch', { key: dci, idempotencyKey: 'batch-over', body: { events } });
    expect((await api(harness.api, 'GET', '/services', { key: dci })).status).toBe(200);
    expect((await send()).status).toBe(429);
    clock.advance(60_000);
    const repeated = await send();
    expect(repeated.status).toBe(200);
    expect(repeated.json.results.map((result: { status: number }) => result.status)).toEqual([201, 201, 201]);
  });
});

describe('status SMS in concurrent batches', () => {
  it('keys every SMS by the event it reports: 120 one-event batches at once, from two instances, queue 120 SMS', async () => {
    harness = await createApiApp();
    const dci = await harness.agencyKey('DCI');
    const references: string[] = [];
    for (let i = 0; i < 120; i += 1) {
      const phone = `07330${String(i).padStart(5, '0')}`;
      references.push((await api(harness.api, 'POST', '/applications', { key: dci, body: { serviceCode: 'GOOD-CONDUCT', applicantPhone: phone } })).json.reference);
    }
    // A second instance: its own connection to the same file, its own app, the same clock.
    const second = openDatabase(harness.sqlite.name);
    cleanups.push(second.close);
    const other = createApp({ db: second.db, menu: loadMenus(bundledMenuFiles), logger: harness.logger, now: () => TEST_NOW });
    const results = await Promise.all(
      references.map((reference, i) => api(i % 2 === 0 ? harness!.api : other, 'POST', '/applications/events:batch', { key: dci, body: { events: [{ reference, status: 'approved' }] } })),
    );
    expect(results.map((result) => result.json.results[0].status)).toEqual(Array(120).fill(201));
    const rows = await harness.db.select().from(smsOutbox).where(eq(smsOutbox.kind, 'status_update')).all();
    expect(rows).toHaveLength(120);
    expect(rows.every((row) => row.state === 'queued')).toBe(true);
  });
});

describe('Idempotency-Key, answered as Stripe answers it', () => {
  it('keeps keys and references apart: a key equal to an earlier reference registers a new application (it gave 500)', async () => {
    harness = await createApiApp();
    const dci = await harness.agencyKey('DCI');
    const byReference = await api(harness.api, 'POST', '/applications', { key: dci, body: { reference: 'DCI-77-0001', serviceCode: 'GOOD-CONDUCT', applicantPhone: '0733000555' } });
    expect(byReference.status).toBe(201);
    const byKey = await api(harness.api, 'POST', '/applications', { key: dci, idempotencyKey: 'DCI770001', body: { serviceCode: 'GOOD-CONDUCT', applicantPhone: '0733000555' } });
    expect(byKey.status).toBe(201);
    expect(byKey.json.reference).not.toBe('DCI770001');
    const reverse = await api(harness.api, 'POST', '/applications', { key: dci, idempotencyKey: 'ref-first', body: { serviceCode: 'GOOD-CONDUCT', applicantPhone: '0733000555' } });
    const sameAsKey = await api(harness.api, 'POST', '/applications', { key: dci, body: { reference: 'REF-FIRST', serviceCode: 'GOOD-CONDUCT', applicantPhone: '0733000555' } });
    expect([reverse.status, sameAsKey.status]).toEqual([201, 201]);
  });

  it('answers a retry with the first result when the server died between the application and the key\'s record (it gave 500 for ever)', async () => {
    const clock = testClock();
    harness = await createApiApp({ now: clock.now });
    const dci = await harness.agencyKey('DCI');
    const body = { serviceCode: 'GOOD-CONDUCT', applicantPhone: '0733000666' };
    const first = await api(harness.api, 'POST', '/applications', { key: dci, idempotencyKey: 'crash-1', body });
    // As if the server had died after the application was written and before its answer was kept.
    await harness.db.update(idempotencyRecords).set({ status: 0, body: '', completedAt: null, leaseUntil: clock.now() + IN_FLIGHT_LEASE_MS });

    const waiting = await api(harness.api, 'POST', '/applications', { key: dci, idempotencyKey: 'crash-1', body });
    expect(waiting.status).toBe(409);
    expect(Number(waiting.headers.get('retry-after'))).toBeGreaterThan(0);

    clock.advance(IN_FLIGHT_LEASE_MS + 1);
    const retried = await api(harness.api, 'POST', '/applications', { key: dci, idempotencyKey: 'crash-1', body });
    expect(retried.status).toBe(201);
    expect(retried.json.reference).toBe(first.json.reference);
    expect(await harness.db.select().from(applications).where(eq(applications.applicantPhone, '+254733000666')).all()).toHaveLength(1);
    const replayed = await api(harness.api, 'POST', '/applications', { key: dci, idempotencyKey: 'crash-1', body });
    expect(replayed).toMatchObject({ status: 201, json: { reference: first.json.reference } });
    expect(replayed.headers.get('idempotent-replayed')).toBe('true');
  });

  it('answers the same key racing on two instances once: 201, and 409 or the same 201 for the other, never 500', async () => {
    harness = await createApiApp();
    const dci = await harness.agencyKey('DCI');
    const second = openDatabase(harness.sqlite.name);
    cleanups.push(second.close);
    const other = createApp({ db: second.db, menu: loadMenus(bundledMenuFiles), logger: harness.logger, now: () => TEST_NOW });
    const body = { serviceCode: 'GOOD-CONDUCT', applicantPhone: '0733000777' };
    const [a, b] = await Promise.all([harness.api, other].map((app) => api(app, 'POST', '/applications', { key: dci, idempotencyKey: 'race-1', body })));
    expect([a!.status, b!.status].sort()).toSatisfy((statuses: number[]) => statuses[0] === 201 && [201, 409].includes(statuses[1]!));
    expect(await harness.db.select().from(applications).where(eq(applications.applicantPhone, '+254733000777')).all()).toHaveLength(1);
  });

  it('compares the request as parsed JSON: the same body with other white space and key order replays the first answer (it gave 422)', async () => {
    harness = await createApiApp();
    const dci = await harness.agencyKey('DCI');
    const first = await api(harness.api, 'POST', '/applications', { key: dci, idempotencyKey: 'ws-1', rawBody: '{"serviceCode":"GOOD-CONDUCT","applicantPhone":"0733000888"}' });
    const again = await api(harness.api, 'POST', '/applications', { key: dci, idempotencyKey: 'ws-1', rawBody: '{\n  "applicantPhone": "0733000888",\n  "serviceCode": "GOOD-CONDUCT"\n}' });
    expect(again).toMatchObject({ status: 201, json: { reference: first.json.reference } });
    const other = await api(harness.api, 'POST', '/applications', { key: dci, idempotencyKey: 'ws-1', body: { serviceCode: 'GOOD-CONDUCT', applicantPhone: '0733000999' } });
    expect(other.status).toBe(422);
  });

  it('answers a retried status change with the first result, and moves nothing twice', async () => {
    harness = await createApiApp();
    const dci = await harness.agencyKey('DCI');
    const first = await api(harness.api, 'POST', '/applications/EC20418375/events', { key: dci, idempotencyKey: 'ev-9', body: { status: 'approved' } });
    await harness.db.delete(idempotencyRecords);
    const retried = await api(harness.api, 'POST', '/applications/EC20418375/events', { key: dci, idempotencyKey: 'ev-9', body: { status: 'approved' } });
    expect(retried).toMatchObject({ status: 201, json: { change: first.json.change } });
    expect(await statusSms(DEMO_PHONES.english)).toHaveLength(1);
  });
});

describe('references, per agency', () => {
  it('answers two registrations of one reference racing on two instances 201 and 409, never 500', async () => {
    harness = await createApiApp();
    const dci = await harness.agencyKey('DCI');
    const second = openDatabase(harness.sqlite.name);
    cleanups.push(second.close);
    const other = createApp({ db: second.db, menu: loadMenus(bundledMenuFiles), logger: harness.logger, now: () => TEST_NOW });
    const body = { reference: 'DCI-RACE-0001', serviceCode: 'GOOD-CONDUCT', applicantPhone: '0733000321' };
    const statuses = await Promise.all([harness.api, other, harness.api, other].map(async (app) => (await api(app, 'POST', '/applications', { key: dci, body })).status));
    expect(statuses.sort()).toEqual([201, 409, 409, 409]);
    expect(await harness.db.select().from(applications).where(eq(applications.applicantPhone, '+254733000321')).all()).toHaveLength(1);
  });

  it('lets an agency use a reference another agency uses, without revealing it, and leaves the other\'s application alone', async () => {
    harness = await createApiApp();
    const ntsa = await harness.agencyKey('NTSA');
    const dci = await harness.agencyKey('DCI');
    // EC20418375 is DCI's (the English demo phone's certificate of good conduct).
    const registered = await api(harness.api, 'POST', '/applications', { key: ntsa, body: { reference: 'EC20418375', serviceCode: 'DL-RENEW-1Y', applicantPhone: '0733000123' } });
    expect(registered.status).toBe(201);
    expect((await api(harness.api, 'GET', '/applications/EC20418375', { key: dci })).json).toMatchObject({ service: 'GOOD-CONDUCT', status: 'under_review' });
    expect((await api(harness.api, 'GET', '/applications/EC20418375', { key: ntsa })).json).toMatchObject({ service: 'DL-RENEW-1Y', applicantPhone: '+254733000123' });
    const again = await api(harness.api, 'POST', '/applications', { key: ntsa, body: { reference: 'EC20418375', serviceCode: 'DL-RENEW-1Y', applicantPhone: '0733000123' } });
    expect(again).toMatchObject({ status: 409, json: { error: { message: 'you already registered an application EC20418375' } } });
  });

  it('cannot squat a reference another agency will issue', async () => {
    harness = await createApiApp();
    const ntsa = await harness.agencyKey('NTSA');
    const dci = await harness.agencyKey('DCI');
    expect((await api(harness.api, 'POST', '/applications', { key: ntsa, body: { reference: 'DCI-2027-0001', serviceCode: 'DL-RENEW-1Y', applicantPhone: '0733000124' } })).status).toBe(201);
    expect((await api(harness.api, 'POST', '/applications', { key: dci, body: { reference: 'DCI-2027-0001', serviceCode: 'GOOD-CONDUCT', applicantPhone: '0733000125' } })).status).toBe(201);
  });
});
