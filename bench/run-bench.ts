import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, release, tmpdir, type } from 'node:os';
import { join } from 'node:path';
import { LOCAL_GATEWAY_PATH } from '../src/http/create-app.js';
import { benchPlan } from './bench-plan.js';
import { catalogueGrowth, outboxDrain, sessionGrowth, sideBySide, startProject, type BenchContext } from './bench-phases.js';
import { countRows } from './harness/bench-databases.js';
import { killAllChildrenNow, logProblems, stopAllChildren } from './harness/child-processes.js';
import { startServer, stopServer } from './harness/server-processes.js';
import { emptyFigures } from './report/bench-figures.js';
import { renderReport, type RunInfo } from './report/bench-report.js';

/**
 * `npm run bench [-- --quick]`: this project, a peer built with ussd-menu-builder and a bare
 * Hono ceiling, side by side on this machine, then how this project's costs grow. Prints one
 * markdown report on stdout (progress goes to stderr). Every server and load generator is a
 * child process; all are killed at the end, on failure, on Ctrl-C and at the deadline.
 */
const quick = process.argv.includes('--quick');
const plan = benchPlan(quick);
const root = process.cwd();
const workDir = mkdtempSync(join(tmpdir(), 'ecitizen-bench-'));
const started = Date.now();
const progress = (message: string) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}\n`);

process.on('exit', killAllChildrenNow);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    progress(`${signal}: stopping every child`);
    void stopAllChildren().finally(() => {
      cleanUp(false);
      process.exit(130);
    });
  });
}
const deadline = setTimeout(() => {
  progress(`the run passed its ${plan.deadlineSeconds} s deadline: stopping every child`);
  killAllChildrenNow();
  cleanUp(false);
  process.exit(1);
}, plan.deadlineSeconds * 1000);
deadline.unref();

/** What `nproc` says: the CPUs this process may run on. */
function nproc(): number {
  try {
    return Number(execFileSync('nproc', { encoding: 'utf8' }).trim()) || availableParallelism();
  } catch {
    return availableParallelism();
  }
}

function runInfo(): RunInfo {
  let os = `${type()} ${release()}`;
  try {
    os = /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? os;
  } catch {
    // Not Linux: the kernel name will do.
  }
  return {
    command: `npm run bench${quick ? ' -- --quick' : ''}`,
    date: new Date().toISOString().replace('T', ' ').slice(0, 19) + ' UTC',
    nproc: nproc(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    node: process.version,
    os,
  };
}

async function main(): Promise<number> {
  const info = runInfo();
  const figures = emptyFigures();
  const seededPath = join(workDir, 'seeded.sqlite');
  progress(`work dir ${workDir}; ${quick ? 'quick' : 'full'} run`);
  // The project runs as `npm start` runs it: the build of its source as it is now.
  execFileSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
  const gateway = await startServer('sms-gateway', 'bench/servers/sms-gateway.ts', { root, workDir });
  // Phones +25472... upwards: a million per job, clear of the demo citizens (+254711...), whom a
  // dial would be offered to resume, and of the ranges the harness stores (+25478..., +25479...).
  let phoneBase = 19_000_000;
  const ctx: BenchContext = {
    root,
    workDir,
    plan,
    figures,
    seededPath,
    gatewayUrl: `${gateway.baseUrl}${LOCAL_GATEWAY_PATH}`,
    progress,
    nextPhoneBase: () => (phoneBase += 1_000_000),
  };
  try {
    progress('seeding the demo data with this project\'s own start-up');
    await stopServer(await startProject(ctx, 'project-seed', seededPath));
    figures.notes.push(`Catalogue as seeded by \`npm start\`: ${countRows(seededPath, 'services').toLocaleString('en-US')} services; the peer runs on a copy of the same file.`);
    await sideBySide(ctx);
    await catalogueGrowth(ctx);
    await sessionGrowth(ctx);
    await outboxDrain(ctx);
  } finally {
    await stopAllChildren();
    const problems = logProblems(gateway.child);
    if (problems.length > 0) figures.notes.push(`the SMS gateway logged ${problems.length} warning or error lines; the first: ${problems[0]!.slice(0, 300)}`);
  }
  figures.notes.push(`Ran in ${Math.round((Date.now() - started) / 1000)} s.`);
  process.stdout.write(`${renderReport(info, figures, plan)}\n`);
  return figures.failures.length === 0 ? 0 : 1;
}

main()
  .then((code) => {
    cleanUp(code === 0);
    process.exit(code);
  })
  .catch((error: unknown) => {
    progress(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    cleanUp(false);
    process.exit(1);
  });

/** The databases go (the largest holds a million sessions); after a failure the logs stay. */
function cleanUp(succeeded: boolean) {
  if (succeeded) {
    rmSync(workDir, { recursive: true, force: true });
    return;
  }
  for (const file of readdirSync(workDir)) if (file.includes('.sqlite')) rmSync(join(workDir, file), { force: true });
  progress(`logs kept in ${workDir}`);
}
