// `npm run menus:check [DIR]`: checks the menu files in menus/ (or DIR) the way an agency's
// content author needs: one line per problem, `file: node: problem`; exits 1 on any problem.
// Screens are checked against the smallest budget of USSD_SCREEN_LIMITS (or its defaults).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Database } from '../src/db/database.js';
import { readScreenLimits, smallestScreenBudget } from '../src/domain/screen-limits.js';
import { capabilityNames, checkMenus } from '../src/menu/check-menus.js';
import { TEMPLATE_VARIABLES } from '../src/menu/template-variables.js';
import { createUssdCapabilities } from '../src/ussd/capabilities/create-ussd-capabilities.js';

/** Generated for editors from the zod schema (npm run menus:schema); not a menu. */
const JSON_SCHEMA_FILE = 'menu.schema.json';

const USAGE = `usage: npm run menus:check [-- DIR]

Checks the menu files in DIR (default menus/) as a content author needs: every node's screens
fit, every link, list, action and template variable exists, one line per problem as
\`file: node: problem\`. Exits 1 on any problem. The format: README, "Menus are data".`;

if (process.argv.slice(2).some((arg) => arg === '--help' || arg === '-h')) {
  console.log(USAGE);
  process.exit(0);
}
const dir = process.argv[2] ?? 'menus';
const setting = readScreenLimits(process.env.USSD_SCREEN_LIMITS);
if ('problem' in setting) {
  console.error(`menus: ${setting.problem}`);
  process.exit(1);
}
const budget = smallestScreenBudget(setting.limits);
let names: string[];
try {
  names = readdirSync(dir).filter((name) => name.endsWith('.json') && name !== JSON_SCHEMA_FILE).sort();
} catch (error) {
  console.error(`menus: cannot read ${dir}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

const files: Record<string, unknown> = {};
const unparsable: string[] = [];
for (const name of names) {
  try {
    files[name] = JSON.parse(readFileSync(join(dir, name), 'utf8'));
  } catch (error) {
    unparsable.push(`${name}: (file): not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
}

// The capabilities are only named here, never called, so no database is needed.
const capabilities = createUssdCapabilities({ db: {} as Database, now: () => 0 });
const check = checkMenus(files, { ...capabilityNames(capabilities), variables: TEMPLATE_VARIABLES }, budget);
const problems = [...unparsable, ...check.problems];

for (const problem of problems) console.log(problem);
const counts = `${names.length} files, ${check.nodes} nodes`;
if (problems.length > 0) {
  console.log(`menus: ${counts}, ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}`);
  process.exit(1);
}
console.log(`menus: ${counts}, no problems (every screen within ${budget.limit} characters, the budget on ${budget.networks})`);
