import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applications } from '../../src/db/schema.js';
import { issueApiKey } from '../../src/http/api/api-key.js';
import { api } from '../support/api-client.js';
import { createTestApp, TEST_NOW } from '../support/test-app.js';

let harness: Awaited<ReturnType<typeof createTestApp>>;
let key: string;
beforeEach(async () => {
  harness = await createTestApp();
  ({ key } = await issueApiKey(harness.db, 'DCI', TEST_NOW));
});
afterEach(() => harness.close());

describe('applications: what an agency is told when it gets something wrong', () => {
  it.each([
    ['POST', '/applications', { serviceCode: 'GOOD-CONDUCT', applicantPhone: '+14155550100' }, 422, 'applicantPhone'],
    ['POST', '/applications', { serviceCode: 'PASSPORT-34', applicantPhone: '0711000111' }, 422, 'serviceCode'],
    ['POST', '/applications', { serviceCode: 'GOOD-CONDUCT', applicantPhone: '0711000111', reference: 'EC##' }, 422, 'reference'],
    ['POST', '/applications', { applicantPhone: '0711000111' }, 422, 'serviceCode'],
    ['POST', '/applications/EC20418375/events', { status: 'lost' }, 422, 'status'],
    ['POST', '/applications/EC20418375/events', { status: 'rejected' }, 422, 'reason'],
    ['POST', '/applications/EC20418375/events', { status: 'ready_for_collection' }, 422, 'place'],
    ['POST', '/applications/events:batch', { events: [] }, 422, 'events'],
    ['POST', '/applications/events:batch', { events: Array.from({ length: 501 }, () => ({ reference: 'EC20418375', status: 'approved' })) }, 422, 'events'],
  ])('%s %s %j -> %i naming %s', async (method, path, body, status, field) => {
    const response = await api(harness.app, method, path, { key, body });
    expect(response.status).toBe(status);
    expect(response.json.error.details.map((detail: { path: string }) => detail.path)).toContain(field);
  });

  it('answers 409 to a transition that makes no sense, and to a taken reference', async () => {
    const back = await api(harness.app, 'POST', '/applications/EC31500423/events', { key, body: { status: 'submitted' } });
    expect(back.status).toBe(409);
    expect(back.json.error.message).toBe('an application cannot go from collected to submitted');
    const taken = await api(harness.app, 'POST', '/applications', { key, body: { reference: 'EC20418375', serviceCode: 'GOOD-CONDUCT', applicantPhone: '0711000111' } });
    expect(taken.status).toBe(409);
  });

  it('answers a registration retried with its Idempotency-Key after the kept answer expired with the application it made (it gave 500)', async () => {
    const body = { serviceCode: 'GOOD-CONDUCT', applicantPhone: '0733000333' };
    const first = await api(harness.app, 'POST', '/applications', { key, idempotencyKey: 'reg-late', body });
    expect(first.status).toBe(201);
    // What the retention run does to the kept answer after 24 hours.
    harness.sqlite.exec('DELETE FROM idempotency_records');
    const late = await api(harness.app, 'POST', '/applications', { key, idempotencyKey: 'reg-late', body });
    expect(late).toMatchObject({ status: 201, json: { reference: first.json.reference } });
    expect(await harness.db.select().from(applications).where(eq(applications.applicantPhone, '+254733000333')).all()).toHaveLength(1);
  });

  it('answers 404 for a reference that does not exist', async () => {
    expect((await api(harness.app, 'GET', '/applications/EC99999999', { key })).status).toBe(404);
    expect((await api(harness.app, 'POST', '/applications/EC99999999/events', { key, body: { status: 'approved' } })).status).toBe(404);
  });
});
