import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { listProcesses, logTail, sleep, startChild, stopChild, type Child } from './child-processes.js';

export interface Server {
  name: string;
  baseUrl: string;
  child: Child;
  /** The script the server's node process runs: how it is told from its npx and tsx wrappers. */
  script: string;
}

export interface ServerOptions {
  root: string;
  workDir: string;
  env?: Record<string, string>;
  startTimeoutMs?: number;
  /** Run `node <script>` (built JavaScript, as `npm start` does) instead of `npx tsx <script>`. */
  plainNode?: boolean;
  /** Extra node flags before the script (with `plainNode`), e.g. `--cpu-prof`. */
  nodeFlags?: string[];
}

/** A port free on 127.0.0.1 right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts `npx tsx <script>` (or `node <script>`) listening on 127.0.0.1 and waits for GET
 * /healthz to answer 200. This project's server is `dist/runtime/node.js`, what `npm start` runs.
 */
export async function startServer(name: string, script: string, options: ServerOptions): Promise<Server> {
  const port = await freePort();
  const [command, args] = options.plainNode ? [process.execPath, ['--enable-source-maps', ...(options.nodeFlags ?? []), script]] : ['npx', ['tsx', script]];
  const child = startChild(name, command, args, {
    cwd: options.root,
    env: { PORT: String(port), HOST: '127.0.0.1', ...options.env },
    logPath: join(options.workDir, `${name}.log`),
  });
  const server = { name, baseUrl: `http://127.0.0.1:${port}`, child, script };
  try {
    await waitForHealth(server, options.startTimeoutMs ?? 60_000);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  return server;
}

async function waitForHealth(server: Server, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.hasExited()) throw new Error(`${server.name} exited while starting:\n${logTail(server.child)}`);
    try {
      const response = await fetch(`${server.baseUrl}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await sleep(150);
  }
  throw new Error(`${server.name} did not answer /healthz within ${timeoutMs / 1000} s:\n${logTail(server.child)}`);
}

export function stopServer(server: Server): Promise<void> {
  return stopChild(server.child);
}

/**
 * The server's own node process: the deepest process under the npx we started whose command
 * line names the script (npm exec and the tsx launcher name it too, but sit above it).
 */
export function serverPid(server: Server): number | null {
  const processes = listProcesses();
  let found: number | null = null;
  let frontier = [server.child.pid];
  while (frontier.length > 0) {
    for (const pid of frontier) if (commandLine(pid).includes(server.script)) found = pid;
    frontier = processes.filter((proc) => frontier.includes(proc.ppid) && proc.state !== 'Z').map((proc) => proc.pid);
  }
  return found;
}

/** VmRSS of the server's process, in MB; null when it cannot be read. */
export function serverRssMb(server: Server): number | null {
  const pid = serverPid(server);
  if (pid === null) return null;
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((row) => row.startsWith('VmRSS:'));
    const kb = Number(/(\d+)\s*kB/.exec(line ?? '')?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
}

/**
 * CPU time (user + system, all threads) the server's own node process has used so far, in
 * microseconds; null when it cannot be read. Its wrappers (npx, the tsx launcher) and the load
 * generator are other processes and are not counted. Read from each thread's
 * /proc/<pid>/task/<tid>/schedstat (run time in nanoseconds): /proc/<pid>/stat counts in 10 ms
 * ticks, which blurs a window of a few hundred milliseconds by several percent. A process
 * whose threads cannot be read falls back to /proc/<pid>/stat.
 */
export function serverCpuMicros(server: Server): number | null {
  const pid = serverPid(server);
  if (pid === null) return null;
  try {
    let nanos = 0;
    for (const thread of readdirSync(`/proc/${pid}/task`)) {
      try {
        nanos += Number(readFileSync(`/proc/${pid}/task/${thread}/schedstat`, 'utf8').split(' ')[0]);
      } catch {
        // The thread ended between the listing and the read.
      }
    }
    if (Number.isFinite(nanos) && nanos > 0) return nanos / 1_000;
  } catch {
    // No schedstat here: the ticks below.
  }
  try {
    // Fields after the command name (which may hold spaces), counted from field 3: utime is 14, stime 15.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1_000_000) / clockTicksPerSecond() : null;
  } catch {
    return null;
  }
}

let ticksPerSecond: number | undefined;
/** Clock ticks per second of /proc/<pid>/stat (USER_HZ), 100 on Linux. */
export function clockTicksPerSecond(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

function commandLine(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return '';
  }
}
