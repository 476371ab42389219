// `npm run report:ussd [-- --from YYYY-MM-DD --to YYYY-MM-DD]`: the USSD funnel as a table,
// read from the SQLite file at DATABASE_PATH (default data/ecitizen.sqlite).
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { openDatabase } from '../src/runtime/open-database.js';
import { FunnelPeriodQuery, funnelPeriod, ussdFunnel, type FunnelNode } from '../src/ussd/ussd-funnel.js';

const USAGE = `usage: npm run report:ussd [-- --from YYYY-MM-DD --to YYYY-MM-DD]

The USSD funnel per menu node over days in Nairobi (both included; to defaults to today, from to
29 days before it), read from the SQLite file at DATABASE_PATH (now: ${process.env.DATABASE_PATH || 'data/ecitizen.sqlite'}).
A session is counted once it has ended: when Africa's Talking's end-of-session notification
arrives, or after 5 quiet minutes; today's newest sessions appear a few minutes late.
Operators without a shell read the same as JSON: GET /api/v1/reports/ussd?from=&to=.`;

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

let args: { from?: string | undefined; to?: string | undefined; help?: boolean | undefined };
try {
  args = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' }, help: { type: 'boolean', short: 'h' } } }).values;
} catch (error) {
  fail(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
delete args.help;
const query = FunnelPeriodQuery.safeParse(args);
if (!query.success) fail(query.error.issues.map((issue) => issue.message).join('\n'));

const path = process.env.DATABASE_PATH || 'data/ecitizen.sqlite';
if (!existsSync(path)) fail(`no database at ${path}: set DATABASE_PATH to the service's SQLite file`);

const period = funnelPeriod(query.data, Date.now());
const { db, close } = openDatabase(path);
const nodes = await ussdFunnel(db, period);
close();

console.log(`USSD funnel, ${period.from} to ${period.to} (days in Nairobi)\n`);
if (nodes.length === 0) {
  // Sessions are counted after they end, so an empty report right after a test dial is expected.
  console.log('No sessions were counted in this period. A session is counted once it has ended: when the');
  console.log("end-of-session notification arrives from Africa's Talking, or after 5 quiet minutes.");
} else {
  const total = nodes.reduce(
    (sum, node) => ({ reached: sum.reached + node.reached, dropped: sum.dropped + node.dropped, completed: sum.completed + node.completed }),
    { reached: 0, dropped: 0, completed: 0 },
  );
  const body = nodes.map(row);
  const totals = row({ node: 'total', ...total });
  const header = ['node', 'reached', 'dropped', 'completed', 'drop %'];
  const widths = header.map((title, column) => Math.max(title.length, ...[...body, totals].map((cells) => cells[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  console.log(line(header));
  for (const cells of body) console.log(line(cells));
  console.log(line(widths.map((width) => '-'.repeat(width))));
  console.log(line(totals));
}

function row(node: Omit<FunnelNode, 'dropRate'>): string[] {
  const dropPercent = node.reached === 0 ? 0 : (node.dropped / node.reached) * 100;
  return [node.node, String(node.reached), String(node.dropped), String(node.completed), `${dropPercent.toFixed(1)}%`];
}
