import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { LOCAL_GATEWAY_PATH } from '../src/http/create-app.js';
import { killAllChildrenNow, stopAllChildren } from './harness/child-processes.js';
import { runLoadJobReadingCpu } from './harness/run-load-job.js';
import { serverCpuMicros, startServer, type Server } from './harness/server-processes.js';
import { createHopClient, HopSession } from './load/hop-client.js';

/**
 * `npm run bench:compare -- <git-rev> [--rounds 6] [--journey 1,2,1,1] [--profile DIR]`: the server of
 * an earlier revision and of this work tree, side by side on this machine in one run, in
 * alternating rounds of the same hops. Each runs as `npm start` runs it (its esbuild bundle,
 * under tsx for a revision older than the build), on a database it seeded itself, sending its
 * SMS to the local Africa's Talking gateway in a process of its own. Reports the server's own
 * CPU per hop (the run time of its node process's threads, from /proc), the figure that holds still on a
 * shared machine, with min / median / max over the rounds, and hops/s for what it is worth.
 *
 * By default each round is `npm run bench`'s journey mix (find, status, apply) for 3 + 8 s over
 * 50 connections, from the bench's load generator in a process of its own. `--journey` instead
 * walks only the inputs it names after the dial (1,1,1,1: Find a service, By agency, the first
 * agency, its first service), `--sessions` journeys over `--connections` keep-alive
 * connections from this process. `--profile DIR` runs this tree's server with `--cpu-prof`
 * and leaves its profile in DIR (read it with bench/summarise-cpu-profile.ts); its CPU figures
 * then include the profiler's own.
 */
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    journey: { type: 'string' },
    rounds: { type: 'string', default: '6' },
    sessions: { type: 'string', default: '1000' },
    connections: { type: 'string' },
    seconds: { type: 'string', default: '8' },
    profile: { type: 'string' },
  },
});
const base = positionals[0];
if (!base) {
  console.error('usage: npm run bench:compare -- <git-rev> [--rounds 6] [--seconds 8] [--connections 50] [--journey 1,1,1,1 [--sessions 1000]] [--profile DIR]');
  process.exit(2);
}
const rounds = Number(values.rounds);
const sessionsPerRound = Number(values.sessions);
const connections = Number(values.connections ?? (values.journey ? 8 : 50));
const countedSeconds = Number(values.seconds);
const WARMUP_SECONDS = 3;
const root = process.cwd();
const workDir = mkdtempSync(join(tmpdir(), 'ecitizen-compare-'));
const baseTree = join(workDir, 'base');
const progress = (message: string) => process.stderr.write(`[compare] ${message}\n`);
/** The dial, then the inputs of `--journey`. */
const JOURNEY = values.journey ? [undefined, ...values.journey.split(',')] : null;
const BUILT = 'dist/runtime/node.js';

process.on('exit', killAllChildrenNow);

function cpuSeconds(server: Server): number {
  const micros = serverCpuMicros(server);
  if (micros === null) throw new Error(`${server.name}: its node process is gone`);
  return micros / 1e6;
}

let phoneBase = 19_000_000;
/** 3 s of warm-up, then `countedSeconds` of the bench's journey mix, counted; the server's CPU over the counted window. */
async function mixRound(server: Server): Promise<{ hops: number; seconds: number; cpuSeconds: number }> {
  phoneBase += 1_000_000;
  const job = { kind: 'journeys', target: { baseUrl: server.baseUrl, flavor: 'project', phoneBase }, connections, warmupSeconds: WARMUP_SECONDS, durationSeconds: countedSeconds } as const;
  const { result, cpuBetween } = await runLoadJobReadingCpu(job, server, { root, workDir, timeoutMs: (WARMUP_SECONDS + countedSeconds + 30) * 1000 });
  const used = cpuBetween('counting', 'done');
  if (used === null) throw new Error(`${server.name}: its CPU time could not be read`);
  const failed = result.errors.non200 + result.errors.notConOrEnd + result.errors.socket + result.errors.timeouts;
  if (failed > 0) progress(`${server.name}: ${failed} failed hops (${JSON.stringify(result.errors)})`);
  return { hops: result.hops, seconds: result.seconds, cpuSeconds: used / 1e6 };
}

let phoneSerial = 0;
/** `sessionsPerRound` find journeys over `connections` keep-alive connections, each from a phone of its own. */
async function journeyRound(server: Server, journey: (string | undefined)[]): Promise<{ hops: number; seconds: number; cpuSeconds: number }> {
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
        for (const input of journey) {
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

const round = (server: Server) => (JOURNEY ? journeyRound(server, JOURNEY) : mixRound(server));

/** The tree's server as `npm start` runs it: its bundle, built now; under tsx if the revision has no build. */
function startTree(name: string, tree: string, gatewayUrl: string, nodeFlags: string[] = []): Promise<Server> {
  const env = { DATABASE_PATH: join(workDir, `${name}.sqlite`), LOG_LEVEL: 'warn', AT_SMS_URL: gatewayUrl };
  if (!existsSync(join(tree, 'scripts/build.mjs'))) return startServer(name, 'src/runtime/node.ts', { root: tree, workDir, env });
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: tree, stdio: ['ignore', 'ignore', 'inherit'] });
  return startServer(name, BUILT, { root: tree, workDir, env, plainNode: true, nodeFlags });
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
    const gateway = await startServer('sms-gateway', 'bench/servers/sms-gateway.ts', { root, workDir });
    const gatewayUrl = `${gateway.baseUrl}${LOCAL_GATEWAY_PATH}`;
    const profileFlags = values.profile ? ['--cpu-prof', '--cpu-prof-dir', values.profile] : [];
    const servers = {
      base: await startTree('base', baseTree, gatewayUrl),
      head: await startTree('head', root, gatewayUrl, profileFlags),
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
        `Command: \`npm run bench:compare -- ${process.argv.slice(2).join(' ')}\`, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC; ${rounds} alternating rounds of ${JOURNEY ? `${sessionsPerRound} journeys ${values.journey} (${JOURNEY.length} hops each)` : `the bench's journey mix, ${countedSeconds} s counted after ${WARMUP_SECONDS} s`} over ${connections} keep-alive connections; CPU from /proc/<pid>/task/*/schedstat.`,
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
