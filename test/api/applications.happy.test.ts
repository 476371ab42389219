import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PHONES } from '../../src/db/demo-applications.js';
import { smsOutbox } from '../../src/db/schema.js';
import { issueApiKey } from '../../src/http/api/api-key.js';
import { STATUS_SMS_HOLD_MS } from '../../src/domain/sms-limits.js';
import { drainOutbox } from '../../src/sms/drain-outbox.js';
import { api } from '../support/api-client.js';
import { serveWithLocalGateway, TEST_NOW } from '../support/test-app.js';
import { postHop } from '../support/ussd-client.js';

let served: Awaited<ReturnType<typeof serveWithLocalGateway>>;
let dci: string;
beforeEach(async () => {
  served = await serveWithLocalGateway();
  ({ key: dci } = await issueApiKey(served.harness.db, 'DCI', TEST_NOW));
});
afterEach(() => served.close());

const app = () => served.harness.app;
/** Drains as the server would once status updates have waited their hold. */
const drain = () => drainOutbox({ db: served.harness.db, gateway: served.sdkGateway(), now: () => TEST_NOW + STATUS_SMS_HOLD_MS, logger: served.harness.logger });
const sms = (phone: string) => served.harness.db.select().from(smsOutbox).where(eq(smsOutbox.phone, phone)).all();

describe('an agency registering and moving applications', () => {
  it('registers an application made at a counter; the citizen gets an SMS and can follow it by USSD', async () => {
    const registered = await api(app(), 'POST', '/applications', { key: dci, idempotencyKey: 'counter-1', body: { reference: 'dci-2026-0042', serviceCode: 'GOOD-CONDUCT', applicantPhone: '0733 000 333', channel: 'counter' } });
    expect(registered.status).toBe(201);
    expect(registered.json).toMatchObject({ reference: 'DCI20260042', service: 'GOOD-CONDUCT', applicantPhone: '+254733000333', status: 'submitted', feeDueKes: 1050, channel: 'counter', history: [{ status: 'submitted', by: 'DCI' }] });
    await drain();
    expect(served.local.inbox('+254733000333').map((message) => message.message)).toEqual([
      'e-Citizen: we received your application for Certificate of Good Conduct. Reference DCI20260042. Check its status on *2222#.',
    ]);
    const hop = await postHop(app(), { sessionId: 'follow', phoneNumber: '+254733000333', text: '2*DCI-2026-0042' });
    expect(hop.body).toMatch(/^CON DCI20260042: Certificate of Good Conduct\nStatus: Received\n/);
  });

  it('makes an EC reference when the agency has none', async () => {
    const registered = await api(app(), 'POST', '/applications', { key: dci, body: { serviceCode: 'GOOD-CONDUCT', applicantPhone: '+254733000333' } });
    expect(registered.json.reference).toMatch(/^EC\d{8}$/);
  });

  it('records a status change, queues the SMS, and the local gateway receives it and reports it delivered', async () => {
    const moved = await api(app(), 'POST', '/applications/EC20418375/events', { key: dci, idempotencyKey: 'ev-1', body: { status: 'approved', note: 'fingerprints cleared' } });
    expect(moved.status).toBe(201);
    expect(moved.json).toMatchObject({ change: { from: 'under_review', to: 'approved' }, application: { status: 'approved', history: [{ status: 'submitted' }, { status: 'under_review' }, { status: 'approved', note: 'fingerprints cleared', by: 'DCI' }] } });
    await drain();
    await served.local.flushDeliveryReports();
    expect(served.local.inbox(DEMO_PHONES.english).at(-1)?.message).toBe('e-Citizen EC20418375 (Certificate of Good Conduct): Approved. We will SMS you when it is ready.');
    expect((await sms(DEMO_PHONES.english)).map((row) => row.state)).toEqual(['delivered']);
  });

  it('reads an application with its history', async () => {
    const read = await api(app(), 'GET', '/applications/ec-3150-0423', { key: dci });
    expect(read.status).toBe(200);
    expect(read.json.history.map((event: { status: string }) => event.status)).toEqual(['submitted', 'under_review', 'approved', 'ready_for_collection', 'collected']);
  });

  it('takes a batch and answers each item on its own', async () => {
    const batch = await api(app(), 'POST', '/applications/events:batch', {
      key: dci,
      idempotencyKey: 'batch-1',
      body: {
        events: [
          { reference: 'EC20418375', status: 'approved' },
          { reference: 'EC31500423', status: 'submitted' },
          { reference: 'EC20418376', status: 'collected' },
          { reference: 'EC99999999', status: 'approved' },
          { reference: 'EC20418375', status: 'approved' },
          { reference: 'EC20418375', status: 'ready_for_collection' },
        ],
      },
    });
    expect(batch.status).toBe(200);
    expect(batch.json.results.map((result: { status: number }) => result.status)).toEqual([201, 409, 404, 404, 200, 422]);
  });
});

describe('Idempotency-Key', () => {
  it('returns the first answer to the same request, and queues no second SMS', async () => {
    const body = { status: 'approved' };
    const first = await api(app(), 'POST', '/applications/EC20418375/events', { key: dci, idempotencyKey: 'same', body });
    const again = await api(app(), 'POST', '/applications/EC20418375/events', { key: dci, idempotencyKey: 'same', body });
    expect(again.status).toBe(first.status);
    expect(again.json).toEqual(first.json);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await sms(DEMO_PHONES.english)).toHaveLength(1);
  });

  it('refuses the same key with another body with 422', async () => {
    await api(app(), 'POST', '/applications/EC20418375/events', { key: dci, idempotencyKey: 'reused', body: { status: 'approved' } });
    const other = await api(app(), 'POST', '/applications/EC20418375/events', { key: dci, idempotencyKey: 'reused', body: { status: 'rejected', reason: 'x' } });
    expect(other.status).toBe(422);
    expect(other.json.error.message).toMatch(/Idempotency-Key was used with another request/);
  });

  it('registers one application when a registration is retried', async () => {
    const body = { serviceCode: 'GOOD-CONDUCT', applicantPhone: '+254733000333' };
    const first = await api(app(), 'POST', '/applications', { key: dci, idempotencyKey: 'reg-1', body });
    const again = await api(app(), 'POST', '/applications', { key: dci, idempotencyKey: 'reg-1', body });
    expect(again.json.reference).toBe(first.json.reference);
    expect(await sms('+254733000333')).toHaveLength(1);
  });
});
