import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { killAllChildrenNow, stopAllChildren } from './harness/child-processes.js';
import { clockTicksPerSecond, serverCpuMicros, startServer, type Server } from './harness/server-processes.js';
import { createHopClient, HopSession } from './load/hop-client.js';

/**
 * `npm run bench:compare -- <git-rev> [--rounds 6] [--sessions 1000] [--journey 1,2,1,1]`: the server of an
 * earlier revision and of this work tree, side by side on this machine in one run, in
 * alternating rounds of the same hops. Reports the server's own CPU per hop (utime + stime
 * of its node process, from /proc), the figure that holds still on a shared machine, with
 * min / median / max over the rounds, and hops/s for what it is worth. `--journey` names the
 * inputs after the dial (default 1,1,1,1: Find a service, By agency, the first agency, its first service).
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { journey: { type: 'string', default: '1,1,1,1' }, rounds: { type: 'string', default: '6' }, sessions: { type: 'string', default: '1000' }, connections: { type: 'string', default: '8' } },
});
const base = positionals[0];
if (!base) {
  console.error('usage: npm run bench:compare -- <git-rev> [--rounds 6] [--sessions 1000] [--connections 8] [--journey 1,1,1,1]');
  process.exit(2);
}
const rounds = Number(values.rounds);
const sessionsPerRound = Number(values.sessions);
const connections = Number(values.connections);
const root = process.cwd();
const workDir = mkdtempSync(join(tmpdir(), 'ecitizen-compare-'));
const baseTree = join(workDir, 'base');
const progress = (message: string) => process.stderr.write(`[compare] ${message}\n`);
/** The dial, then the inputs of `--journey`. */
const JOURNEY = [undefined, ...values.journey.split(',')];

process.on('exit', killAllChildrenNow);

function cpuSeconds(server: Server): number {
  const micros = serverCpuMicros(server);
  if (micros === null) throw new Error(`${server.name}: its node process is gone`);
  return micros / 1e6;
}

let phoneSerial = 0;
/** `sessionsPerRound` find journeys over `connections` keep-alive connections, each from a phone of its own. */
async function round(server: Server): Promise<{ hops: number; seconds: number; cpuSeconds: number }> {
  const clients = Array.from({ length: connections }, () => createHopClient(server.baseUrl));
  let next = 0;
  let hops = 0;
  const cpuBefore = cpuSeconds(server);
  const started = performance.now();
  await Promise.all(
    clients.map(async (client) => {
      while (next < sessionsPerRound) {
        next += 1;
        phoneSerial += 1;
        const session = new HopSession(client, `cmp-${server.name}-${phoneSerial}`, `+2547${String(20_000_000 + phoneSerial).padStart(8, '0')}`);
        for (const input of JOURNEY) {
          await session.hop(input);
          hops += 1;
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const used = cpuSeconds(server) - cpuBefore;
  for (const client of clients) client.close();
  return { hops, seconds, cpuSeconds: used };
}

const stats = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2]! : (sorted[sorted.length / 2 - 1]! + sorted[sorted.length / 2]!) / 2;
  return { min: sorted[0]!, median, max: sorted.at(-1)! };
};

async function main() {
  const baseCommit = execFileSync('git', ['rev-parse', '--short', base!], { cwd: root, encoding: 'utf8' }).trim();
  const headCommit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).trim() !== '';
  execFileSync('git', ['worktree', 'add', '--detach', baseTree, base!], { cwd: root, stdio: 'ignore' });
  symlinkSync(join(root, 'node_modules'), join(baseTree, 'node_modules'));
  try {
    const env = (name: string) => ({ DATABASE_PATH: join(workDir, `${name}.sqlite`), LOG_LEVEL: 'warn', AT_SMS_URL: 'http://127.0.0.1:9' });
    const servers = {
      base: await startServer('base', 'src/runtime/node.ts', { root: baseTree, workDir, env: env('base') }),
      head: await startServer('head', 'src/runtime/node.ts', { root, workDir, env: env('head') }),
    };
    const figures: Record<keyof typeof servers, { cpuMicros: number[]; hopsPerSecond: number[] }> = { base: { cpuMicros: [], hopsPerSecond: [] }, head: { cpuMicros: [], hopsPerSecond: [] } };
    progress('warming both up');
    for (const server of Object.values(servers)) await round(server);
    for (let index = 0; index < rounds; index += 1) {
      // Alternate which goes first, so neither always runs on a machine the other just warmed.
      const order = index % 2 === 0 ? (['base', 'head'] as const) : (['head', 'base'] as const);
      for (const name of order) {
        const result = await round(servers[name]);
        figures[name].cpuMicros.push((result.cpuSeconds / result.hops) * 1e6);
        figures[name].hopsPerSecond.push(result.hops / result.seconds);
        progress(`round ${index + 1} ${name}: ${result.hops} hops, ${((result.cpuSeconds / result.hops) * 1e6).toFixed(0)} µs CPU per hop, ${(result.hops / result.seconds).toFixed(0)} hops/s`);
      }
    }
    const line = (name: keyof typeof servers, label: string) => {
      const cpu = stats(figures[name].cpuMicros);
      const rate = stats(figures[name].hopsPerSecond);
      return `| ${label} | ${cpu.min.toFixed(0)} / ${cpu.median.toFixed(0)} / ${cpu.max.toFixed(0)} | ${rate.min.toFixed(0)} / ${rate.median.toFixed(0)} / ${rate.max.toFixed(0)} |`;
    };
    const ratio = stats(figures.head.cpuMicros).median / stats(figures.base.cpuMicros).median;
    console.log(
      [
        `Command: \`npm run bench:compare -- ${base} --journey ${values.journey}\`, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ${rounds} alternating rounds of ${sessionsPerRound} journeys ${values.journey} (${JOURNEY.length} hops each) over ${connections} keep-alive connections; CPU from /proc at ${clockTicksPerSecond()} ticks/s.`,
        '',
        '| Server | CPU per hop, µs (min / median / max) | Hops/s (min / median / max) |',
        '|---|---:|---:|',
        line('base', `${baseCommit} (base)`),
        line('head', `${headCommit}${dirty ? ' + uncommitted changes' : ''} (this tree)`),
        '',
        `Median CPU per hop, this tree against the base: ${ratio.toFixed(2)}×.`,
      ].join('\n'),
    );
  } finally {
    await stopAllChildren();
    execFileSync('git', ['worktree', 'remove', '--force', baseTree], { cwd: root, stdio: 'ignore' });
    rmSync(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  progress(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
