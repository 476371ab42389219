import { join } from 'node:path';
import { MARK_PREFIX, RESULT_PREFIX, type LoadJob, type LoadMark, type LoadResults } from '../load/load-jobs.js';
import { logTail, sleep, startChild, stopChild } from './child-processes.js';
import { serverCpuMicros, type Server } from './server-processes.js';

export interface LoadJobOptions {
  root: string;
  workDir: string;
  /** The child is stopped after this long, and the job fails. */
  timeoutMs: number;
  /** Called as soon as the child prints a mark (the start and end of its counted window). */
  onMark?: (mark: LoadMark) => void;
}

let jobs = 0;

/**
 * Runs one job in a load-generator process of its own (node with tsx's loader), never in a
 * server's process, and returns the result it prints.
 */
export async function runLoadJob<J extends LoadJob>(job: J, options: LoadJobOptions): Promise<LoadResults[J['kind']]> {
  jobs += 1;
  const child = startChild(`load-${jobs}-${job.kind}`, process.execPath, ['--import', 'tsx', 'bench/load/load-child.ts', JSON.stringify(job)], {
    cwd: options.root,
    logPath: join(options.workDir, `load-${jobs}-${job.kind}.log`),
    pipeStdout: true,
  });
  let stdout = '';
  let scanned = 0;
  child.process.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    const complete = stdout.lastIndexOf('\n') + 1;
    for (const line of stdout.slice(scanned, complete).split('\n')) {
      if (line.startsWith(MARK_PREFIX)) options.onMark?.(line.slice(MARK_PREFIX.length) as LoadMark);
    }
    scanned = Math.max(scanned, complete);
  });
  const stdoutEnded = new Promise<void>((resolve) => child.process.stdout?.on('end', resolve));
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), options.timeoutMs);
  });
  const code = await Promise.race([child.exited, timedOut]);
  clearTimeout(timer);
  if (code !== 'timeout') await Promise.race([stdoutEnded, sleep(1_000)]);
  await stopChild(child, 500);
  if (code === 'timeout') throw new Error(`load job ${job.kind} took longer than ${options.timeoutMs / 1000} s:\n${logTail(child)}`);
  const line = stdout.split('\n').find((row) => row.startsWith(RESULT_PREFIX));
  if (code !== 0 || !line) throw new Error(`load job ${job.kind} failed (exit ${code}):\n${logTail(child)}`);
  return JSON.parse(line.slice(RESULT_PREFIX.length)) as LoadResults[J['kind']];
}

/**
 * `runLoadJob` against `server`, reading the server's CPU time (from /proc) at each mark the
 * job prints; `cpuBetween` gives the microseconds it used from one mark to another (null if
 * either could not be read).
 */
export async function runLoadJobReadingCpu<J extends LoadJob>(job: J, server: Server, options: Omit<LoadJobOptions, 'onMark'>) {
  const cpuAt = new Map<LoadMark, number | null>();
  const result = await runLoadJob(job, { ...options, onMark: (mark) => cpuAt.set(mark, serverCpuMicros(server)) });
  const cpuBetween = (from: LoadMark, to: LoadMark): number | null => {
    const start = cpuAt.get(from);
    const end = cpuAt.get(to);
    return start != null && end != null ? end - start : null;
  };
  return { result, cpuBetween };
}
