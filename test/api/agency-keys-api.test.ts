import { describe, expect, it, afterEach, beforeEach } from 'vitest';
import { idempotencyRecords } from '../../src/db/schema.js';
import { createApiApp, OPERATOR_KEY } from '../support/api-app.js';
import { api } from '../support/api-client.js';
import { TEST_NOW } from '../support/test-app.js';

let harness: Awaited<ReturnType<typeof createApiApp>>;
beforeEach(async () => {
  harness = await createApiApp();
});
afterEach(() => harness.close());

const operator = (method: string, path: string, options: { idempotencyKey?: string } = {}) => api(harness.api, method, path, { key: OPERATOR_KEY, ...options });

describe("an operator managing an agency's keys over the API", () => {
  it('creates a key shown once, which then works for the agency, lists it without its secret, and revokes it', async () => {
    const created = await operator('POST', '/agencies/KAA/keys');
    expect(created.status).toBe(201);
    expect(created.headers.get('cache-control')).toBe('no-store');
    expect(created.json).toEqual({ agency: 'KAA', prefix: expect.stringMatching(/^ecz_\w{8}$/), key: expect.stringMatching(/^ecz_\w{8}_\w{32}$/), createdAt: new Date(TEST_NOW).toISOString() });
    const { key, prefix } = created.json as { key: string; prefix: string };

    expect((await api(harness.api, 'GET', '/services', { key })).status).toBe(200);
    const listed = await operator('GET', '/agencies/KAA/keys');
    expect(listed.json).toEqual({ keys: [{ prefix, createdAt: new Date(TEST_NOW).toISOString(), lastUsedAt: new Date(TEST_NOW).toISOString(), revokedAt: null }] });
    expect(JSON.stringify(listed.json)).not.toContain(key);

    const revoked = await operator('DELETE', `/agencies/KAA/keys/${prefix}`);
    expect(revoked.status).toBe(200);
    expect(revoked.json.revokedAt).toBe(new Date(TEST_NOW).toISOString());
    expect((await api(harness.api, 'GET', '/services', { key })).status).toBe(401);
    // A retried DELETE answers the same and changes nothing.
    expect(await operator('DELETE', `/agencies/KAA/keys/${prefix}`)).toMatchObject({ status: 200, json: revoked.json });
  });

  it('never keeps the answer that shows a key for an Idempotency-Key replay: the key is nowhere in the database', async () => {
    const created = await operator('POST', '/agencies/KAA/keys', { idempotencyKey: 'onboard-kaa-1' });
    expect(created.status).toBe(201);
    const kept = harness.db.select().from(idempotencyRecords).all();
    expect(JSON.stringify(kept)).not.toContain(created.json.key);
  });

  it("never keeps a webhook's signing secret for a replay either", async () => {
    const key = await harness.agencyKey('KAA');
    const created = await api(harness.api, 'POST', '/webhooks', { key, idempotencyKey: 'hook-1', body: { url: 'http://127.0.0.1:9/hooks' } });
    expect(created.status).toBe(201);
    expect(created.headers.get('cache-control')).toBe('no-store');
    expect(JSON.stringify(harness.db.select().from(idempotencyRecords).all())).not.toContain(created.json.secret);
  });

  it.each([
    ['an agency that does not exist', 'POST', '/agencies/NOSUCH/keys', 404],
    ['a code of the wrong shape', 'GET', '/agencies/kaa/keys', 404],
    ['a prefix that is not a key prefix', 'DELETE', '/agencies/KAA/keys/not-a-prefix', 422],
    ['a prefix of no key of that agency', 'DELETE', '/agencies/KAA/keys/ecz_AbCd1234', 404],
  ])('answers %s with %s %s: %i', async (_case, method, path, status) => {
    expect((await operator(method, path)).status).toBe(status);
  });

  it("does not revoke another agency's key through this agency's path", async () => {
    const dci = await operator('POST', '/agencies/DCI/keys');
    expect((await operator('DELETE', `/agencies/KAA/keys/${dci.json.prefix}`)).status).toBe(404);
    expect((await api(harness.api, 'GET', '/services', { key: dci.json.key })).status).toBe(200);
  });

  it('refuses an agency key: only the operator manages keys (403)', async () => {
    const key = await harness.agencyKey('KAA');
    expect((await api(harness.api, 'POST', '/agencies/KAA/keys', { key })).status).toBe(403);
  });
});
