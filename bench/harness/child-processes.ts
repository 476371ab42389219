import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync } from 'node:fs';

/**
 * Every process the bench starts runs in a process group of its own (its pid), so stopping it
 * also stops what it started (npx -> tsx -> node -> esbuild). Whatever happens, each group is
 * killed before the bench exits.
 */
export interface Child {
  name: string;
  pid: number;
  logPath: string;
  process: ChildProcess;
  exited: Promise<number | null>;
  hasExited: () => boolean;
}

const running = new Set<Child>();

export interface StartOptions {
  cwd: string;
  env?: Record<string, string>;
  /** Where the child's stderr (and stdout, unless piped) goes. */
  logPath: string;
  /** Pipe stdout to the caller instead of the log. */
  pipeStdout?: boolean;
}

export function startChild(name: string, command: string, args: string[], options: StartOptions): Child {
  const log = openSync(options.logPath, 'a');
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    detached: true,
    stdio: ['ignore', options.pipeStdout ? 'pipe' : log, log],
  });
  closeSync(log);
  if (child.pid === undefined) throw new Error(`could not start ${name}: ${command} ${args.join(' ')}`);
  let done = false;
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => {
      done = true;
      resolve(code);
    });
    child.on('error', () => {
      done = true;
      resolve(null);
    });
  });
  const handle: Child = { name, pid: child.pid, logPath: options.logPath, process: child, exited, hasExited: () => done };
  running.add(handle);
  return handle;
}

/** SIGTERM to the child's group, SIGKILL to what is left after `graceMs`. Always returns. */
export async function stopChild(child: Child, graceMs = 3_000): Promise<void> {
  signalGroup(child.pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (groupAlive(child.pid) && Date.now() < deadline) await sleep(50);
  if (groupAlive(child.pid)) signalGroup(child.pid, 'SIGKILL');
  await Promise.race([child.exited, sleep(1_000)]);
  running.delete(child);
}

export async function stopAllChildren(): Promise<void> {
  await Promise.all([...running].map((child) => stopChild(child, 1_500)));
}

/** The last resort, synchronous: for `process.on('exit')`. */
export function killAllChildrenNow(): void {
  for (const child of running) signalGroup(child.pid, 'SIGKILL');
  running.clear();
}

function signalGroup(pgid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pgid, signal);
  } catch {
    // The group has already gone.
  }
}

interface ProcStat {
  pid: number;
  ppid: number;
  pgrp: number;
  state: string;
}

/** Every process on the machine, from /proc/<pid>/stat. */
export function listProcesses(): ProcStat[] {
  const found: ProcStat[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name is in parentheses and may hold spaces: the fields start after the last ')'.
      const [state = '', ppid = '0', pgrp = '0'] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      found.push({ pid: Number(entry), ppid: Number(ppid), pgrp: Number(pgrp), state });
    } catch {
      // It exited while we looked.
    }
  }
  return found;
}

/** Zombies do not count: nothing may be left to reap them here. */
function groupAlive(pgid: number): boolean {
  return listProcesses().some((proc) => proc.pgrp === pgid && proc.state !== 'Z');
}

/** Lines of a child's log that report a problem: a JSON log entry at warn or error, or an error's first line. */
export function logProblems(child: Child): string[] {
  try {
    return readFileSync(child.logPath, 'utf8')
      .split('\n')
      .filter((line) => /"level":"(warn|error)"|^\s*(\w*Error\b|.* failed\b)/.test(line));
  } catch {
    return [];
  }
}

/** The tail of a child's log, for an error message. */
export function logTail(child: Child, lines = 15): string {
  try {
    return readFileSync(child.logPath, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
