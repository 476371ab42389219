// `npm run keys -- create|list <AGENCY_CODE>` and `npm run keys -- revoke <KEY_PREFIX>`: agency API
// keys in the SQLite file at DATABASE_PATH (default data/ecitizen.sqlite).
import { eq } from 'drizzle-orm';
import { existsSync } from 'node:fs';
import { agencies } from '../src/db/schema.js';
import { issueApiKey, KEY_PREFIX_PATTERN, listApiKeys, revokeApiKey } from '../src/http/api/api-key.js';
import { openDatabase } from '../src/runtime/open-database.js';

const USAGE = `usage: npm run keys -- create|list <AGENCY_CODE> | revoke <KEY_PREFIX>
  npm run keys -- create <AGENCY_CODE>   make a key for an agency (shown once)
  npm run keys -- list <AGENCY_CODE>     an agency's keys: prefixes and dates
  npm run keys -- revoke <KEY_PREFIX>    stop a key from working (e.g. ecz_AbCd1234)

Works on the SQLite file at DATABASE_PATH (now: ${process.env.DATABASE_PATH || 'data/ecitizen.sqlite'}). Without a shell on the
server (a Worker), the operator does the same over the API: POST/GET /api/v1/agencies/<CODE>/keys,
DELETE /api/v1/agencies/<CODE>/keys/<KEY_PREFIX>, with ADMIN_API_KEY.`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

if (process.argv.slice(2).some((arg) => arg === '--help' || arg === '-h')) {
  console.log(USAGE);
  process.exit(0);
}
const [command, argument, ...extra] = process.argv.slice(2);
if (!command || !argument || extra.length > 0 || !['create', 'list', 'revoke'].includes(command)) fail(USAGE);

const path = process.env.DATABASE_PATH || 'data/ecitizen.sqlite';
if (!existsSync(path)) fail(`no database at ${path}: set DATABASE_PATH to the service's SQLite file`);
const { db, close } = openDatabase(path);
process.on('exit', close);

if (command === 'revoke') {
  // A whole key pasted by mistake still names its key: its prefix is the first 12 characters.
  const prefix = argument.slice(0, 12);
  if (!KEY_PREFIX_PATTERN.test(prefix)) fail(`${argument} is not a key prefix: a prefix is ecz_ and 8 letters or digits, as \`npm run keys -- list <AGENCY_CODE>\` shows`);
  if (!(await revokeApiKey(db, prefix, Date.now()))) fail(`no key ${prefix} that is still valid: it does not exist, or was revoked before`);
  console.log(`Revoked ${prefix}: requests with it now get 401.`);
} else {
  const code = argument.toUpperCase();
  const agency = await db.select({ name: agencies.nameEn }).from(agencies).where(eq(agencies.code, code)).get();
  if (!agency) fail(`no agency ${code} in ${path}: onboard it first (POST /api/v1/agencies with the operator key)`);

  if (command === 'create') {
    const { key, prefix } = await issueApiKey(db, code, Date.now());
    console.log(`A new API key for ${code} (${agency.name}), prefix ${prefix}.`);
    console.log('It is shown only this once (only its hash is stored): give it to the agency over a safe channel.');
    console.log(`Agencies send it as: Authorization: Bearer <key>. To revoke it: npm run keys -- revoke ${prefix}`);
    console.log(key);
  } else {
    const keys = await listApiKeys(db, code);
    if (keys.length === 0) {
      console.log(`${code} has no API keys. Make one with: npm run keys -- create ${code}`);
    } else {
      const rows = [['prefix', 'created', 'last used', 'revoked'], ...keys.map((k) => [k.prefix, k.createdAt, k.lastUsedAt ?? '-', k.revokedAt ?? '-'])];
      const widths = rows[0]!.map((_, column) => Math.max(...rows.map((cells) => cells[column]!.length)));
      for (const cells of rows) console.log(cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd());
    }
  }
}
