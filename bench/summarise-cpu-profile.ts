import { readFileSync } from 'node:fs';

/**
 * `npx tsx bench/summarise-cpu-profile.ts <file.cpuprofile>`: where a `node --cpu-prof` profile's
 * time went. Self time per sample is grouped by what ran: a package under node_modules, Node's
 * own modules (node:*), this project's bundle (dist/, by function), a native call (better-sqlite3's
 * statements and the like: no script), V8's garbage collector, and idle. Prints markdown.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const file = process.argv[2];
if (!file) {
  console.error('usage: npx tsx bench/summarise-cpu-profile.ts <file.cpuprofile>');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const selfMicros = new Map<number, number>();
for (const [index, id] of profile.samples.entries()) selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));

function group(node: ProfileNode): string {
  const { functionName, url } = node.callFrame;
  if (functionName === '(idle)' || functionName === '(program)' || functionName === '(garbage collector)') return functionName;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg) return `package ${pkg}`;
  if (url.startsWith('node:')) return `node ${url.slice(5).split('/')[0]}`;
  if (url.includes('/dist/') || url.includes('/src/')) return 'this project';
  if (url === '') return `native ${functionName || '(anonymous)'}`;
  return url;
}

const groups = new Map<string, number>();
const functions = new Map<string, number>();
let total = 0;
for (const [id, micros] of selfMicros) {
  const node = byId.get(id)!;
  total += micros;
  const name = group(node);
  groups.set(name, (groups.get(name) ?? 0) + micros);
  const where = node.callFrame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/(dist|src)\//, '$1/');
  const fn = `${node.callFrame.functionName || '(anonymous)'} ${where}:${node.callFrame.lineNumber + 1}`;
  functions.set(fn, (functions.get(fn) ?? 0) + micros);
}
// A native call (a statement's step, a socket write) is not a frame of its own: its time is the
// self time of the JavaScript that called it. The database's share, by the project function that asked.
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
const isDatabase = (node: ProfileNode) => /node_modules\/(drizzle-orm|better-sqlite3)\//.test(node.callFrame.url);
const isProject = (node: ProfileNode) => /\/(dist|src)\//.test(node.callFrame.url) && !node.callFrame.url.includes('node_modules');
const databaseCallers = new Map<string, number>();
for (const [id, micros] of selfMicros) {
  if (!isDatabase(byId.get(id)!)) continue;
  let at: number | undefined = id;
  while (at !== undefined && !isProject(byId.get(at)!)) at = parentOf.get(at);
  const caller = at === undefined ? '(no project frame)' : `${byId.get(at)!.callFrame.functionName || '(anonymous)'}:${byId.get(at)!.callFrame.lineNumber + 1}`;
  databaseCallers.set(caller, (databaseCallers.get(caller) ?? 0) + micros);
}
const busy = total - (groups.get('(idle)') ?? 0);
const percent = (micros: number) => `${((100 * micros) / busy).toFixed(1)}%`;
const top = (map: Map<string, number>, count: number) => [...map].filter(([name]) => name !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, count);

console.log(`Profile ${file}: ${(total / 1e6).toFixed(1)} s sampled, ${(busy / 1e6).toFixed(1)} s busy (percentages are of busy time).\n`);
console.log('| What ran (self time) | Share |\n|---|---:|');
for (const [name, micros] of top(groups, 25)) console.log(`| ${name} | ${percent(micros)} |`);
console.log('\n| Function (self time) | Share |\n|---|---:|');
for (const [name, micros] of top(functions, 30)) console.log(`| \`${name.replace(/\|/g, '\\|')}\` | ${percent(micros)} |`);
console.log('\n| drizzle-orm + better-sqlite3 self time (the statements\' native work included), by the project function that called | Share |\n|---|---:|');
for (const [name, micros] of top(databaseCallers, 20)) console.log(`| \`${name}\` | ${percent(micros)} |`);
