import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiKeys } from '../../src/db/schema.js';
import { issueApiKey, listApiKeys, revokeApiKey, verifyApiKey } from '../../src/http/api/api-key.js';
import { RequestError } from '../../src/http/request-error.js';
import { createTestApp, TEST_NOW } from '../support/test-app.js';

const MINUTE = 60_000;
const iso = (ms: number) => new Date(ms).toISOString();

let harness: Awaited<ReturnType<typeof createTestApp>>;
beforeEach(async () => {
  harness = await createTestApp();
});
afterEach(() => harness.close());

const lastUsedAt = async (prefix: string) =>
  (await harness.db.select({ lastUsedAt: apiKeys.lastUsedAt }).from(apiKeys).where(eq(apiKeys.prefix, prefix)).get())?.lastUsedAt;

describe('issueApiKey', () => {
  it('makes a key of ecz_, an 8-character prefix and a 32-character secret', async () => {
    const { key, prefix } = await issueApiKey(harness.db, 'KAA', TEST_NOW);
    expect(key).toMatch(/^ecz_[0-9A-Za-z]{8}_[0-9A-Za-z]{32}$/);
    expect(key.startsWith(`${prefix}_`)).toBe(true);
  });

  it('stores the prefix and a SHA-256 of the key, never the key', async () => {
    const { key, prefix } = await issueApiKey(harness.db, 'KAA', TEST_NOW);
    const rows = harness.sqlite.prepare('select * from api_keys').all() as Record<string, unknown>[];
    expect(rows).toEqual([expect.objectContaining({ agency_code: 'KAA', prefix, key_hash: expect.stringMatching(/^[0-9a-f]{64}$/), created_at: TEST_NOW })]);
    expect(JSON.stringify(rows)).not.toContain(key.slice(prefix.length + 1));
  });

  it('makes a different key every time', async () => {
    const keys = new Set<string>();
    for (let i = 0; i < 20; i += 1) keys.add((await issueApiKey(harness.db, 'KAA', TEST_NOW)).key);
    expect(keys.size).toBe(20);
  });

  it('refuses an agency that does not exist with not_found', async () => {
    await expect(issueApiKey(harness.db, 'NOPE', TEST_NOW)).rejects.toEqual(new RequestError('not_found', 'no agency NOPE'));
  });
});

describe('verifyApiKey', () => {
  it('answers the agency and the prefix of a live key', async () => {
    const { key, prefix } = await issueApiKey(harness.db, 'IPOA', TEST_NOW);
    expect(await verifyApiKey(harness.db, key, TEST_NOW)).toEqual({ agencyCode: 'IPOA', prefix });
  });

  it('records the last use at most once a minute, so a busy key does not write on every request', async () => {
    const { key, prefix } = await issueApiKey(harness.db, 'KAA', TEST_NOW);
    expect(await lastUsedAt(prefix)).toBeNull();
    await verifyApiKey(harness.db, key, TEST_NOW);
    expect(await lastUsedAt(prefix)).toBe(TEST_NOW);
    await verifyApiKey(harness.db, key, TEST_NOW + 59_999);
    expect(await lastUsedAt(prefix)).toBe(TEST_NOW);
    await verifyApiKey(harness.db, key, TEST_NOW + MINUTE);
    expect(await lastUsedAt(prefix)).toBe(TEST_NOW + MINUTE);
  });
});

describe('revokeApiKey', () => {
  it('revokes a key once: it stops verifying, and a second revoke changes nothing', async () => {
    const { key, prefix } = await issueApiKey(harness.db, 'KAA', TEST_NOW);
    expect(await revokeApiKey(harness.db, prefix, TEST_NOW + MINUTE)).toBe(true);
    expect(await verifyApiKey(harness.db, key, TEST_NOW + 2 * MINUTE)).toBeNull();
    expect(await revokeApiKey(harness.db, prefix, TEST_NOW + 3 * MINUTE)).toBe(false);
    expect((await listApiKeys(harness.db, 'KAA'))[0]?.revokedAt).toBe(iso(TEST_NOW + MINUTE));
  });

  it('answers false for a prefix it does not know', async () => {
    expect(await revokeApiKey(harness.db, 'ecz_00000000', TEST_NOW)).toBe(false);
  });

  it('leaves the agency\'s other keys working', async () => {
    const first = await issueApiKey(harness.db, 'KAA', TEST_NOW);
    const second = await issueApiKey(harness.db, 'KAA', TEST_NOW);
    await revokeApiKey(harness.db, first.prefix, TEST_NOW);
    expect(await verifyApiKey(harness.db, second.key, TEST_NOW)).toEqual({ agencyCode: 'KAA', prefix: second.prefix });
  });
});

describe('listApiKeys', () => {
  it('lists an agency\'s keys oldest first, with their dates and no secret', async () => {
    const first = await issueApiKey(harness.db, 'KAA', TEST_NOW);
    const second = await issueApiKey(harness.db, 'KAA', TEST_NOW + MINUTE);
    await issueApiKey(harness.db, 'EPRA', TEST_NOW);
    await verifyApiKey(harness.db, second.key, TEST_NOW + 2 * MINUTE);
    await revokeApiKey(harness.db, first.prefix, TEST_NOW + 3 * MINUTE);
    expect(await listApiKeys(harness.db, 'KAA')).toEqual([
      { prefix: first.prefix, createdAt: iso(TEST_NOW), lastUsedAt: null, revokedAt: iso(TEST_NOW + 3 * MINUTE) },
      { prefix: second.prefix, createdAt: iso(TEST_NOW + MINUTE), lastUsedAt: iso(TEST_NOW + 2 * MINUTE), revokedAt: null },
    ]);
  });

  it('answers an empty list for an agency without keys', async () => {
    expect(await listApiKeys(harness.db, 'KSA')).toEqual([]);
  });
});
