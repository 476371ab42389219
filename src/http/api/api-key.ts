import { and, asc, eq, isNull, lte, or } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/database.js';
import { agencies, apiKeys } from '../../db/schema.js';
import { constantTimeEqual } from '../constant-time-equal.js';
import { RequestError } from '../request-error.js';
import { sha256Hex } from './sha256-hex.js';

/**
 * An agency API key: `ecz_` + 8 base62 characters (the prefix, stored in the clear so it
 * finds the row and names the key in lists and logs) + `_` + 32 base62 characters of secret
 * (about 190 bits). Only SHA-256 of the whole key is stored: a leaked table opens nothing.
 */
const KEY_PATTERN = /^(ecz_[0-9A-Za-z]{8})_[0-9A-Za-z]{32}$/;
export const KEY_PREFIX_PATTERN = /^ecz_[0-9A-Za-z]{8}$/;

/** A busy key writes its last use at most this often, not on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

export interface IssuedApiKey {
  /** The whole key: shown once, never stored. */
  key: string;
  prefix: string;
}

/** A key as lists show it: its prefix and dates, never its secret. */
export const ApiKeySummary = z.object({
  prefix: z.string().describe('ecz_ and 8 letters or digits: names the key, is not secret'),
  createdAt: z.iso.datetime(),
  lastUsedAt: z.iso.datetime().nullable().describe('To the minute'),
  revokedAt: z.iso.datetime().nullable(),
});
export type ApiKeySummary = z.infer<typeof ApiKeySummary>;

/**
 * Makes a new key for an agency and stores its hash. Throws a `not_found` RequestError when
 * there is no such agency, which a route answers as 404 and the CLI prints.
 */
export async function issueApiKey(db: Database, agencyCode: string, now: number): Promise<IssuedApiKey> {
  const agency = await db.select({ code: agencies.code }).from(agencies).where(eq(agencies.code, agencyCode)).get();
  if (!agency) throw new RequestError('not_found', `no agency ${agencyCode}`);
  // 62^8 prefixes make a collision all but impossible; should one happen, draw again.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const prefix = `ecz_${randomBase62(8)}`;
    const key = `${prefix}_${randomBase62(32)}`;
    const inserted = await db
      .insert(apiKeys)
      .values({ agencyCode, prefix, keyHash: await sha256Hex(key), createdAt: now })
      .onConflictDoNothing({ target: apiKeys.prefix })
      .returning({ id: apiKeys.id });
    if (inserted.length > 0) return { key, prefix };
  }
  throw new Error('could not draw an unused key prefix three times running: is the random source broken?');
}

/**
 * The agency a presented key belongs to, or null for anything that is not a live key
 * (malformed, unknown, wrong secret, revoked). Records the key's last use at most once a
 * minute, by a conditional UPDATE, so a busy key does not write on every request.
 */
export async function verifyApiKey(db: Database, presented: string, now: number): Promise<{ agencyCode: string; prefix: string } | null> {
  const prefix = KEY_PATTERN.exec(presented)?.[1];
  if (prefix === undefined) return null;
  const row = await db
    .select({ id: apiKeys.id, agencyCode: apiKeys.agencyCode, keyHash: apiKeys.keyHash, revokedAt: apiKeys.revokedAt })
    .from(apiKeys)
    .where(eq(apiKeys.prefix, prefix))
    .get();
  // The prefix is not secret (it names the key in lists and logs); only the hash comparison must not leak.
  if (!row) return null;
  if (!constantTimeEqual(await sha256Hex(presented), row.keyHash) || row.revokedAt !== null) return null;
  await db
    .update(apiKeys)
    .set({ lastUsedAt: now })
    .where(and(eq(apiKeys.id, row.id), or(isNull(apiKeys.lastUsedAt), lte(apiKeys.lastUsedAt, now - LAST_USED_RESOLUTION_MS))));
  return { agencyCode: row.agencyCode, prefix };
}

/**
 * Revokes a key by its prefix (of that agency's keys only, when `agencyCode` is given). Returns
 * true when this call revoked it (false: unknown, another agency's, or revoked before).
 */
export async function revokeApiKey(db: Database, prefix: string, now: number, agencyCode?: string): Promise<boolean> {
  const revoked = await db
    .update(apiKeys)
    .set({ revokedAt: now })
    .where(and(eq(apiKeys.prefix, prefix), isNull(apiKeys.revokedAt), agencyCode === undefined ? undefined : eq(apiKeys.agencyCode, agencyCode)))
    .returning({ id: apiKeys.id });
  return revoked.length > 0;
}

/** An agency's keys, oldest first, revoked ones included: prefixes and dates, never a secret. */
export async function listApiKeys(db: Database, agencyCode: string): Promise<ApiKeySummary[]> {
  const rows = await db
    .select({ prefix: apiKeys.prefix, createdAt: apiKeys.createdAt, lastUsedAt: apiKeys.lastUsedAt, revokedAt: apiKeys.revokedAt })
    .from(apiKeys)
    .where(eq(apiKeys.agencyCode, agencyCode))
    .orderBy(asc(apiKeys.createdAt), asc(apiKeys.id));
  return rows.map((row) => ({
    prefix: row.prefix,
    createdAt: isoTime(row.createdAt),
    lastUsedAt: row.lastUsedAt === null ? null : isoTime(row.lastUsedAt),
    revokedAt: row.revokedAt === null ? null : isoTime(row.revokedAt),
  }));
}

const isoTime = (ms: number) => new Date(ms).toISOString();

/** Uniform base62 from WebCrypto: bytes of 248 and above are drawn again, so no character is likelier than another. */
export function randomBase62(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of crypto.getRandomValues(new Uint8Array(length * 2))) {
      if (byte < 248 && out.length < length) out += BASE62[byte % 62];
    }
  }
  return out;
}
