import { join } from 'node:path';
import type { BenchPlan } from './bench-plan.js';
import { addStoredSessions, copyDatabase, queueSms, setCatalogueSize } from './harness/bench-databases.js';
import { logProblems } from './harness/child-processes.js';
import { runLoadJob, runLoadJobReadingCpu } from './harness/run-load-job.js';
import { serverRssMb, startServer, stopServer, type Server } from './harness/server-processes.js';
import type { JourneysJob, LoadJob, LoadResults, ServerFlavor, Target } from './load/load-jobs.js';
import type { BenchFigures, RoundFigures, ServerFigures } from './report/bench-figures.js';

export interface BenchContext {
  root: string;
  workDir: string;
  plan: BenchPlan;
  figures: BenchFigures;
  /** The SQLite file this project seeded; every server runs on a copy. */
  seededPath: string;
  /** The local Africa's Talking gateway the project sends SMS to. */
  gatewayUrl: string;
  progress: (message: string) => void;
  /** Where the next load job's phone numbers start: no two jobs share a phone. */
  nextPhoneBase: () => number;
}

/** What `npm start` runs: the build of src/runtime/node.ts (run-bench.ts builds it first). */
const PROJECT_SCRIPT = 'dist/runtime/node.js';

/** Runs one measurement; a failure is recorded and the run goes on with the next. */
async function phase(ctx: BenchContext, name: string, run: () => Promise<void>): Promise<void> {
  ctx.progress(name);
  try {
    await run();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    ctx.figures.failures.push(`${name}: ${message.split('\n').slice(0, 6).join(' / ')}`);
    ctx.progress(`FAILED ${name}: ${message}`);
  }
}

/** This project's server, exactly as `npm start` runs it, on `databasePath`; SMS go to the local gateway process. */
export function startProject(ctx: BenchContext, name: string, databasePath: string): Promise<Server> {
  return startServer(name, PROJECT_SCRIPT, {
    plainNode: true,
    root: ctx.root,
    workDir: ctx.workDir,
    env: { DATABASE_PATH: databasePath, LOG_LEVEL: 'warn', AT_SMS_URL: ctx.gatewayUrl },
  });
}

/** Runs `run` against a started server, then stops it and notes any problem its log reports. */
async function withServer(ctx: BenchContext, server: Server, run: (server: Server) => Promise<void>): Promise<void> {
  try {
    await run(server);
  } finally {
    await stopServer(server);
    const problems = logProblems(server.child);
    if (problems.length > 0) ctx.figures.notes.push(`${server.name} logged ${problems.length} warning or error lines; the first: ${problems[0]!.slice(0, 300)}`);
  }
}

function target(ctx: BenchContext, server: Server, flavor: ServerFlavor): Target {
  return { baseUrl: server.baseUrl, flavor, phoneBase: ctx.nextPhoneBase() };
}

function load<J extends LoadJob>(ctx: BenchContext, job: J, seconds: number): Promise<LoadResults[J['kind']]> {
  return runLoadJob(job, { root: ctx.root, workDir: ctx.workDir, timeoutMs: (seconds + 30) * 1000 });
}

const SIDE_BY_SIDE: readonly ServerFlavor[] = ['ceiling', 'peer', 'fair-peer', 'project'];

/**
 * The four servers one after another, each alone on the machine while it is measured, in
 * `plan.rounds` rounds whose order alternates (forwards, then backwards), so drift of the
 * machine over the run does not favour one server. Each round starts each server afresh and
 * runs its throughput and steady-rate loads, reading the server's CPU time from /proc at the
 * start and end of each counted window; the first round also times session depth. A
 * measurement that fails is recorded and the next one runs.
 */
export async function sideBySide(ctx: BenchContext): Promise<void> {
  for (let round = 1; round <= ctx.plan.rounds; round += 1) {
    const order = round % 2 === 1 ? SIDE_BY_SIDE : [...SIDE_BY_SIDE].reverse();
    for (const flavor of order) await measureRound(ctx, round, flavor);
  }
}

async function measureRound(ctx: BenchContext, round: number, flavor: ServerFlavor): Promise<void> {
  const { throughput, steady, depth } = ctx.plan;
  await phase(ctx, `round ${round}, ${flavor}: start`, async () => {
    const server = await startFlavor(ctx, flavor, round);
    const figures: RoundFigures = { round, flavor };
    ctx.figures.rounds.push(figures);
    const first: ServerFigures | undefined = round === 1 ? { rssIdleMb: serverRssMb(server) } : undefined;
    if (first) ctx.figures.servers[flavor] = first;
    await withServer(ctx, server, async () => {
      await phase(ctx, `round ${round}, ${flavor}: ${throughput.connections} connections of journeys`, async () => {
        const measured = await loadWithCpu(ctx, server, { kind: 'journeys', target: target(ctx, server, flavor), ...throughput }, throughput.warmupSeconds + throughput.durationSeconds);
        figures.journeys = measured.result;
        figures.journeysCpuMicrosPerHop = measured.cpuMicrosPerHop;
      });
      await phase(ctx, `round ${round}, ${flavor}: ${steady.hopsPerSecond} hops/s`, async () => {
        const job = { kind: 'journeys', target: target(ctx, server, flavor), connections: steady.connections, warmupSeconds: steady.warmupSeconds, durationSeconds: steady.durationSeconds, overallRate: steady.hopsPerSecond } as const;
        const measured = await loadWithCpu(ctx, server, job, steady.warmupSeconds + steady.durationSeconds);
        figures.steady = measured.result;
        figures.steadyCpuMicrosPerHop = measured.cpuMicrosPerHop;
      });
      if (flavor !== 'ceiling') {
        await phase(ctx, `round ${round}, ${flavor}: CPU per hop at session depth ${ctx.plan.depth.depths.join(', ')}`, async () => {
          figures.depthCpuMicrosPerHop = await depthCpu(ctx, server, flavor);
        });
      }
      if (!first) return;
      if (figures.journeys) first.journeys = figures.journeys;
      if (figures.steady) first.steady = figures.steady;
      if (flavor !== 'ceiling') {
        await phase(ctx, `${flavor}: session depth ${depth.depths.join(', ')}`, async () => {
          first.depth = await load(ctx, { kind: 'depth', target: target(ctx, server, flavor), ...depth }, depth.budgetSeconds + 20);
        });
      }
      first.rssAfterLoadMb = serverRssMb(server);
    });
  });
}

/** The server's CPU per hop at each session depth, read from /proc at the marks around each depth's counted hops. */
async function depthCpu(ctx: BenchContext, server: Server, flavor: ServerFlavor) {
  const job = { kind: 'depth-cpu', target: target(ctx, server, flavor), depths: ctx.plan.depth.depths, ...ctx.plan.depthCpu } as const;
  const { result, cpuBetween } = await runLoadJobReadingCpu(job, server, { root: ctx.root, workDir: ctx.workDir, timeoutMs: 180_000 });
  return result.map(({ depth, hops }) => {
    const used = cpuBetween(`depth-${depth}`, `depth-${depth}-done`);
    return { depth, micros: used !== null && hops > 0 ? used / hops : null };
  });
}

/** A journeys job, with the server's CPU time per hop over the job's counted window (null if /proc could not be read). */
async function loadWithCpu(ctx: BenchContext, server: Server, job: JourneysJob, seconds: number) {
  const { result, cpuBetween } = await runLoadJobReadingCpu(job, server, { root: ctx.root, workDir: ctx.workDir, timeoutMs: (seconds + 30) * 1000 });
  const used = cpuBetween('counting', 'done');
  return { result, cpuMicrosPerHop: used !== null && result.hops > 0 ? used / result.hops : null };
}

/** A server of `flavor` on a fresh copy of the seeded database (one per round). */
async function startFlavor(ctx: BenchContext, flavor: ServerFlavor, round: number): Promise<Server> {
  const options = { root: ctx.root, workDir: ctx.workDir };
  if (flavor === 'ceiling') return startServer('ceiling', 'bench/servers/ceiling.ts', options);
  const databasePath = join(ctx.workDir, `${flavor}-round-${round}.sqlite`);
  copyDatabase(ctx.seededPath, databasePath);
  if (flavor === 'peer') return startServer('peer', 'bench/servers/peer.ts', { ...options, env: { DATABASE_PATH: databasePath } });
  if (flavor === 'fair-peer') return startServer('fair-peer', 'bench/servers/fair-peer.ts', { ...options, env: { DATABASE_PATH: databasePath, AT_SMS_URL: ctx.gatewayUrl } });
  return startProject(ctx, 'project', databasePath);
}

/** This project with catalogues of each size: a category's services and a word search. */
export async function catalogueGrowth(ctx: BenchContext): Promise<void> {
  const { catalogue } = ctx.plan;
  for (const services of catalogue.sizes) {
    await phase(ctx, `project with ${services.toLocaleString('en-US')} services`, async () => {
      const databasePath = join(ctx.workDir, `catalogue-${services}.sqlite`);
      copyDatabase(ctx.seededPath, databasePath);
      setCatalogueSize(databasePath, services);
      await withServer(ctx, await startProject(ctx, `project-catalogue-${services}`, databasePath), async (server) => {
        const { sizes: _, ...job } = catalogue;
        const result = await load(ctx, { kind: 'catalogue', target: target(ctx, server, 'project'), ...job }, catalogue.budgetSeconds + 20);
        ctx.figures.catalogue.push({ services, result });
      });
    });
  }
}

/**
 * This project with each number of stored sessions: the dial and the next hop. The smallest
 * case also holds many open sessions, to read the server's memory before and after.
 */
export async function sessionGrowth(ctx: BenchContext): Promise<void> {
  const { storedSessions, heldSessions, growthBudgetSeconds } = ctx.plan;
  for (const [index, requested] of storedSessions.sizes.entries()) {
    await phase(ctx, `project with ${requested.toLocaleString('en-US')} stored sessions`, async () => {
      const databasePath = join(ctx.workDir, `sessions-${requested}.sqlite`);
      copyDatabase(ctx.seededPath, databasePath);
      const stored = addStoredSessions(databasePath, requested, growthBudgetSeconds * 1000);
      if (stored < requested) {
        ctx.figures.notes.push(`Stored sessions: ${stored.toLocaleString('en-US')} of ${requested.toLocaleString('en-US')} inserted; the insert would have taken over ${growthBudgetSeconds} s on this machine.`);
      }
      await withServer(ctx, await startProject(ctx, `project-sessions-${requested}`, databasePath), async (server) => {
        const { sizes: _, ...job } = storedSessions;
        const result = await load(ctx, { kind: 'session-hops', target: target(ctx, server, 'project'), ...job }, storedSessions.budgetSeconds + 20);
        ctx.figures.storedSessions.push({ requested, stored, result });
        if (index === 0) await holdSessions(ctx, server, heldSessions);
      });
    });
  }
}

async function holdSessions(ctx: BenchContext, server: Server, held: BenchPlan['heldSessions']) {
  ctx.progress(`project: holding ${held.count.toLocaleString('en-US')} open sessions`);
  const rssBeforeMb = serverRssMb(server);
  const result = await load(
    ctx,
    { kind: 'open-sessions', target: target(ctx, server, 'project'), sessions: held.count, connections: held.connections, budgetSeconds: held.budgetSeconds },
    held.budgetSeconds + 10,
  );
  if (result.opened < held.count) {
    ctx.figures.notes.push(`Held sessions: ${result.opened.toLocaleString('en-US')} of ${held.count.toLocaleString('en-US')} opened within the ${held.budgetSeconds} s budget.`);
  }
  ctx.figures.heldSessions = { requested: held.count, ...result, rssBeforeMb, rssAfterMb: serverRssMb(server) };
}

/**
 * `drainOutbox` over a queued outbox, to the local gateway process: with the SDK gateway (what
 * Node runs) and with the fetch gateway (what Workers run), alternating, two rounds each.
 */
export async function outboxDrain(ctx: BenchContext): Promise<void> {
  const queued = ctx.plan.outbox.sms;
  for (const [index, gateway] of (['sdk', 'fetch', 'fetch', 'sdk'] as const).entries()) {
    await phase(ctx, `outbox drain of ${queued.toLocaleString('en-US')} SMS through the ${gateway} gateway`, async () => {
      const databasePath = join(ctx.workDir, `outbox-${index}.sqlite`);
      copyDatabase(ctx.seededPath, databasePath);
      queueSms(databasePath, queued);
      const result = await load(ctx, { kind: 'drain', databasePath, gatewayUrl: ctx.gatewayUrl, queued, gateway }, 120);
      ctx.figures.outbox.push({ gateway, queued, result });
    });
  }
}
