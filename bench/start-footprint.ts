import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { listProcesses, sleep, startChild, stopChild } from './harness/child-processes.js';
import { freePort } from './harness/server-processes.js';

/**
 * `npm run bench:start [-- --before DIR] [--rounds N]`: what starting the service costs. For each
 * way of starting it (`npm start`; `node --enable-source-maps dist/runtime/node.js`, as the
 * systemd unit runs it, and the same without source maps; with `--before`, `npm start` in another
 * checkout, an older revision with its node_modules), in alternating rounds on one seeded
 * database: the processes the start leaves running, the RSS summed over them and the server's
 * own, the time from the spawn to the first 200 from /healthz, and the CPU time the processes
 * used by then (one second later). Before and after come from one run on one machine.
 */
const option = (name: string) => {
  const at = process.argv.indexOf(name);
  return at === -1 ? undefined : process.argv[at + 1];
};
const before = option('--before');
const rounds = Number(option('--rounds') ?? 5);
/** After /healthz first answers, the server settles (the checkpointer's thread, the first drain) before RSS is read. */
const SETTLE_MS = 1_000;
/** USER_HZ: 100 on Linux. */
const CLOCK_TICKS_PER_SECOND = 100;

interface Sample {
  processes: string[];
  totalRssMb: number;
  serverRssMb: number;
  healthzMs: number;
  cpuMs: number;
}

const ways: Array<{ name: string; cwd: string; command: string; args: string[] }> = [
  { name: '`npm start`', cwd: process.cwd(), command: 'npm', args: ['start'] },
  { name: '`node --enable-source-maps dist/runtime/node.js`', cwd: process.cwd(), command: 'node', args: ['--enable-source-maps', 'dist/runtime/node.js'] },
  // What the source maps cost: the same without them.
  { name: '`node dist/runtime/node.js`', cwd: process.cwd(), command: 'node', args: ['dist/runtime/node.js'] },
];
if (before) ways.unshift({ name: `\`npm start\` in ${before}`, cwd: resolve(before), command: 'npm', args: ['start'] });

const workDir = mkdtempSync(join(tmpdir(), 'ecitizen-start-'));
const env = { DATABASE_PATH: join(workDir, 'ecitizen.sqlite'), HOST: '127.0.0.1', NODE_ENV: 'development' };

async function startOnce(way: (typeof ways)[number]): Promise<Sample> {
  const port = await freePort();
  const started = performance.now();
  const child = startChild('server', way.command, way.args, { cwd: way.cwd, env: { ...env, PORT: String(port) }, logPath: join(workDir, 'server.log') });
  try {
    let healthzMs = 0;
    while (!healthzMs) {
      if (child.hasExited()) throw new Error(`${way.name} exited while starting: ${readFileSync(join(workDir, 'server.log'), 'utf8').slice(-800)}`);
      if (performance.now() - started > 60_000) throw new Error(`${way.name} did not answer /healthz within 60 s`);
      const ok = await fetch(`http://127.0.0.1:${port}/healthz`, { signal: AbortSignal.timeout(1_000) }).then((r) => r.ok, () => false);
      if (ok) healthzMs = performance.now() - started;
      else await sleep(10);
    }
    await sleep(SETTLE_MS);
    const group = listProcesses().filter((proc) => proc.pgrp === child.pid && proc.state !== 'Z');
    const rss = group.map((proc) => ({ pid: proc.pid, command: commandLine(proc.pid), mb: rssMb(proc.pid), cpuMs: cpuMs(proc.pid) }));
    // The server is the largest: npm, sh, the tsx launcher and its esbuild service hold less.
    const server = rss.reduce((largest, proc) => (proc.mb > largest.mb ? proc : largest));
    return { processes: rss.map((proc) => proc.command), totalRssMb: sum(rss.map((proc) => proc.mb)), serverRssMb: server.mb, healthzMs, cpuMs: sum(rss.map((proc) => proc.cpuMs)) };
  } finally {
    await stopChild(child);
  }
}

function rssMb(pid: number): number {
  try {
    const kb = Number(/VmRSS:\s*(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    return kb / 1024;
  } catch {
    return 0;
  }
}

/**
 * CPU time the process and the children it has reaped (a build step, say) have used, in ms: unlike
 * the time to /healthz, it hardly moves with what else the machine is doing.
 */
function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // utime, stime, cutime, cstime: fields 14-17, counted after the ')' that closes the command name.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return sum(fields.slice(11, 15).map(Number)) * (1000 / CLOCK_TICKS_PER_SECOND);
  } catch {
    return 0;
  }
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean).join(' ').slice(0, 90);
  } catch {
    return '?';
  }
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const range = (values: number[], digits = 0) => {
  const sorted = [...values].sort((a, b) => a - b);
  return [sorted[0]!, median(values), sorted.at(-1)!].map((v) => v.toFixed(digits)).join(' / ');
};

try {
  // The first start migrates and seeds the empty file (and builds dist/); it is not counted.
  await startOnce(ways.find((way) => way.name === '`npm start`')!);
  const samples = new Map(ways.map((way) => [way.name, [] as Sample[]]));
  for (let round = 0; round < rounds; round += 1) {
    for (const way of ways) {
      samples.get(way.name)!.push(await startOnce(way));
      process.stderr.write('.');
    }
  }
  process.stderr.write('\n');
  console.log(`Command: \`npm run bench:start -- ${before ? `--before ${before} ` : ''}--rounds ${rounds}\`; ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}; min / median / max over ${rounds} rounds.\n`);
  console.log('| Start | Processes | RSS, all processes (MB) | RSS, the server (MB) | Spawn to /healthz 200 (ms) | CPU, all processes (ms) |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const [name, runs] of samples) {
    console.log(`| ${name} | ${median(runs.map((r) => r.processes.length))} | ${range(runs.map((r) => r.totalRssMb))} | ${range(runs.map((r) => r.serverRssMb))} | ${range(runs.map((r) => r.healthzMs))} | ${range(runs.map((r) => r.cpuMs))} |`);
  }
  for (const [name, runs] of samples) console.log(`\n${name}, the processes: ${runs[0]!.processes.map((p) => `\`${p}\``).join(', ')}`);
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
