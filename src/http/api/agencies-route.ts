import { asc, eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Database } from '../../db/database.js';
import { agencies } from '../../db/schema.js';
import { nonGsm7Chars } from '../../text/gsm7.js';
import { RequestError } from '../request-error.js';
import type { ApiEnv } from './api-env.js';
import { requireOperator } from './api-auth.js';
import { issueApiKey, KEY_PREFIX_PATTERN, listApiKeys, revokeApiKey } from './api-key.js';
import { readJson } from './read-json.js';

export interface AgenciesDeps {
  db: Database;
  now: () => number;
}

/** Citizens read agency names on USSD screens: one character outside GSM-7 would halve the screen. */
const gsm7Text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .superRefine((text, ctx) => {
      const outside = nonGsm7Chars(text);
      if (outside.length > 0) ctx.addIssue({ code: 'custom', message: `must use GSM-7 characters only, not ${outside.map((ch) => JSON.stringify(ch)).join(' ')}` });
    });

const bilingual = (max: number) => z.strictObject({ en: gsm7Text(max), sw: gsm7Text(max) });

export const AgencyCode = z.string().regex(/^[A-Z][A-Z0-9]{1,11}$/, 'must be 2 to 12 upper-case letters and digits, starting with a letter (e.g. KAA)');

/** What an operator sends to onboard an agency. */
export const AgencyBody = z
  .strictObject({
    code: AgencyCode,
    name: bilingual(120).describe('The full name, shown with a service'),
    shortName: bilingual(24).describe('Shown in the USSD list of agencies: at most 24 characters'),
  });
export type AgencyBody = z.infer<typeof AgencyBody>;

/** An agency as the API shows it. */
export const Agency = z
  .object({
    code: z.string(),
    name: z.object({ en: z.string(), sw: z.string() }),
    shortName: z.object({ en: z.string(), sw: z.string() }),
    onboardingState: z.enum(['onboarding', 'live', 'suspended']),
    createdAt: z.iso.datetime(),
  });
export type Agency = z.infer<typeof Agency>;

/** A new key, as its one answer shows it. */
export const IssuedKeyJson = z.object({
  agency: z.string(),
  prefix: z.string(),
  key: z.string().describe('The whole key: shown in this answer only, never stored (only its hash is)'),
  createdAt: z.iso.datetime(),
});

const keyPrefixOf = (prefix: string) => {
  if (!KEY_PREFIX_PATTERN.test(prefix)) throw new RequestError('unprocessable', `${prefix} is not a key prefix: ecz_ and 8 letters or digits`, [{ path: 'prefix', message: 'not a key prefix' }]);
  return prefix;
};

/**
 * Operators onboard agencies: `POST /` adds one (in state `onboarding`), `GET /` lists them by
 * code, and `/{code}/keys` makes, lists and revokes an agency's API keys (so a deployment with no
 * shell, such as a Worker, can onboard one; `npm run keys` is the local shortcut).
 */
export function agenciesRoute(deps: AgenciesDeps) {
  /** The agency a path names; a code of the wrong shape or no such agency is a 404 naming it. */
  async function existingAgency(code: string) {
    const found = AgencyCode.safeParse(code).success ? await deps.db.select({ code: agencies.code }).from(agencies).where(eq(agencies.code, code)).get() : undefined;
    if (!found) throw new RequestError('not_found', `no agency ${code}`);
    return found.code;
  }

  return new Hono<ApiEnv>()
    .use('*', requireOperator)
    .post('/', async (c) => {
      const body = await readJson(c, AgencyBody);
      const now = deps.now();
      const [created] = await deps.db
        .insert(agencies)
        .values({
          code: body.code,
          nameEn: body.name.en,
          nameSw: body.name.sw,
          shortNameEn: body.shortName.en,
          shortNameSw: body.shortName.sw,
          onboardingState: 'onboarding',
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing({ target: agencies.code })
        .returning();
      if (!created) {
        throw new RequestError('conflict', `agency ${body.code} exists`, [{ path: 'code', message: `agency ${body.code} exists` }]);
      }
      return c.json(toAgency(created), 201);
    })
    .get('/', async (c) => {
      const rows = await deps.db.select().from(agencies).orderBy(asc(agencies.code));
      return c.json({ agencies: rows.map(toAgency) });
    })
    .post('/:code/keys', async (c) => {
      const code = await existingAgency(c.req.param('code'));
      const now = deps.now();
      const { key, prefix } = await issueApiKey(deps.db, code, now);
      c.set('answerHoldsSecret', true);
      c.header('Cache-Control', 'no-store');
      return c.json({ agency: code, prefix, key, createdAt: new Date(now).toISOString() } satisfies z.infer<typeof IssuedKeyJson>, 201);
    })
    .get('/:code/keys', async (c) => {
      const code = await existingAgency(c.req.param('code'));
      return c.json({ keys: await listApiKeys(deps.db, code) });
    })
    .delete('/:code/keys/:prefix', async (c) => {
      const code = await existingAgency(c.req.param('code'));
      const prefix = keyPrefixOf(c.req.param('prefix'));
      // Revoking a key revoked before changes nothing and answers the same: a retried DELETE is safe.
      await revokeApiKey(deps.db, prefix, deps.now(), code);
      const revoked = (await listApiKeys(deps.db, code)).find((summary) => summary.prefix === prefix);
      if (!revoked) throw new RequestError('not_found', `agency ${code} has no key ${prefix}`);
      return c.json(revoked);
    });
}

function toAgency(row: typeof agencies.$inferSelect): Agency {
  return {
    code: row.code,
    name: { en: row.nameEn, sw: row.nameSw },
    shortName: { en: row.shortNameEn, sw: row.shortNameSw },
    onboardingState: row.onboardingState,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}
