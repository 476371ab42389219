import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applications, services, smsOutbox } from '../../src/db/schema.js';
import { issueApiKey, revokeApiKey } from '../../src/http/api/api-key.js';
import { api, serviceBody } from '../support/api-client.js';
import { createTestApp, TEST_NOW } from '../support/test-app.js';

const OPERATOR = 'operator-key-operator-key-1234';
let harness: Awaited<ReturnType<typeof createTestApp>>;
const keys: Record<'dci' | 'ntsa' | 'revoked', string> = { dci: '', ntsa: '', revoked: '' };

beforeAll(async () => {
  harness = await createTestApp({ adminApiKey: OPERATOR });
  keys.dci = (await issueApiKey(harness.db, 'DCI', TEST_NOW)).key;
  keys.ntsa = (await issueApiKey(harness.db, 'NTSA', TEST_NOW)).key;
  const revoked = await issueApiKey(harness.db, 'DCI', TEST_NOW);
  await revokeApiKey(harness.db, revoked.prefix, TEST_NOW);
  keys.revoked = revoked.key;
});
afterAll(() => harness.close());

/** Every agency route, aimed at DCI's own service and application. */
const AGENCY_ROUTES: [string, string, unknown?][] = [
  ['GET', '/services'],
  ['GET', '/services/GOOD-CONDUCT'],
  ['PUT', '/services/GOOD-CONDUCT', serviceBody({ feeKes: 1 })],
  ['DELETE', '/services/GOOD-CONDUCT'],
  ['POST', '/applications', { serviceCode: 'GOOD-CONDUCT', applicantPhone: '0711000111' }],
  ['GET', '/applications/EC20418375'],
  ['POST', '/applications/EC20418375/events', { status: 'cancelled' }],
  ['POST', '/applications/events:batch', { events: [{ reference: 'EC20418375', status: 'cancelled' }] }],
];
const OPERATOR_ROUTES: [string, string, unknown?][] = [
  ['GET', '/agencies'],
  ['POST', '/agencies', { code: 'NEWAG', name: { en: 'New Agency', sw: 'Taasisi Mpya' }, shortName: { en: 'New', sw: 'Mpya' } }],
  ['GET', '/reports/onboarding'],
  ['GET', '/reports/ussd'],
];

describe.each([
  ['no key', () => undefined, 401, 'unauthorized'],
  ['a revoked key', () => keys.revoked, 401, 'unauthorized'],
  ['a made-up key', () => 'ecz_AAAAAAAA_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb', 401, 'unauthorized'],
  ['the operator key (a valid key of the wrong kind)', () => OPERATOR, 403, 'forbidden'],
])('agency routes with %s', (_, key, status, code) => {
  it.each(AGENCY_ROUTES)(`%s %s answers ${status}`, async (method, path, body) => {
    const response = await api(harness.app, method, path, { key: key(), body });
    expect(response.status).toBe(status);
    expect(response.json.error.code).toBe(code);
  });
});

describe.each([
  ['no key', () => undefined, 401],
  ['an agency key (a valid key of the wrong kind)', () => keys.dci, 403],
])('operator routes with %s', (_, key, status) => {
  it.each(OPERATOR_ROUTES)(`%s %s answers ${status}`, async (method, path, body) => {
    expect((await api(harness.app, method, path, { key: key(), body })).status).toBe(status);
  });
});

describe("another agency's key", () => {
  const aimedAtOne = AGENCY_ROUTES.filter(([method, path]) => method !== 'PUT' && path !== '/services' && path !== '/applications' && !path.includes(':batch'));
  it.each(aimedAtOne)('%s %s answers 404, as for something that does not exist', async (method, path, body) => {
    const response = await api(harness.app, method, path, { key: keys.ntsa, body });
    expect(response.status).toBe(404);
    expect(response.json.error.code).toBe('not_found');
  });

  it('cannot register an application for another agency\'s service, nor move one in a batch', async () => {
    expect((await api(harness.app, 'POST', '/applications', { key: keys.ntsa, body: { serviceCode: 'GOOD-CONDUCT', applicantPhone: '0711000111' } })).status).toBe(422);
    const batch = await api(harness.app, 'POST', '/applications/events:batch', { key: keys.ntsa, body: { events: [{ reference: 'EC20418375', status: 'cancelled' }] } });
    expect(batch.json.results).toEqual([expect.objectContaining({ status: 404 })]);
  });

  it('does not list another agency\'s services', async () => {
    const listed = await api(harness.app, 'GET', '/services', { key: keys.ntsa });
    expect(listed.json.services.every((service: { agency: string }) => service.agency === 'NTSA')).toBe(true);
  });

  it('left nothing of DCI read or changed', async () => {
    // A PUT under the same code makes NTSA a service of its own; DCI's is another row.
    const own = await api(harness.app, 'PUT', '/services/GOOD-CONDUCT', { key: keys.ntsa, body: serviceBody() });
    expect(own.json.agency).toBe('NTSA');
    const application = await harness.db.select().from(applications).where(eq(applications.reference, 'EC20418375')).get();
    expect(application?.status).toBe('under_review');
    const service = await harness.db.select().from(services).where(eq(services.code, 'GOOD-CONDUCT')).get();
    expect(service).toMatchObject({ agencyCode: 'DCI', status: 'live', feeKes: 1050 });
    expect(await harness.db.select().from(smsOutbox).all()).toEqual([]);
  });
});
