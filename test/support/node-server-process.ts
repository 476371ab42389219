import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface NodeServerProcess {
  url: string;
  child: ChildProcess;
  /** What it printed so far, stdout and stderr together. */
  output(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  /** Stops it (SIGTERM, then SIGKILL), its whole process group. */
  stop(): Promise<void>;
}

/**
 * `src/runtime/node.ts`, what `npm start` runs, in its own process and process group, on
 * 127.0.0.1 and a free-ish port, with exactly the environment given (plus PATH): nothing of
 * the test runner's environment leaks into what it is checked against.
 */
export function spawnNodeServer(env: Record<string, string>): NodeServerProcess {
  const port = 40_000 + Math.floor(Math.random() * 5_000);
  let output = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/runtime/node.ts'], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn', ...env },
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const signal = (name: NodeJS.Signals) => {
    try {
      if (child.pid) process.kill(-child.pid, name);
    } catch {
      // Already gone.
    }
  };
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    exited,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      signal('SIGTERM');
      const killed = setTimeout(() => signal('SIGKILL'), 5_000);
      await exited;
      clearTimeout(killed);
    },
  };
}

/** Waits until the server answers /healthz with 200; throws with its output if it exits or takes too long. */
export async function waitUntilHealthy(server: NodeServerProcess, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`the server exited with ${server.child.exitCode}:\n${server.output()}`);
    const healthy = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(2_000) }).then((response) => response.ok, () => false);
    if (healthy) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the server did not answer /healthz within ${timeoutMs} ms:\n${server.output()}`);
}
