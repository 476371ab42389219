import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postStreamedBody } from '../support/post-streamed-body.js';

/**
 * npm start's server, in a process of its own so that its memory is its own, sent a 200 MB
 * chunked body. Its peak resident memory is read from the kernel: VmHWM in /proc/<pid>/status,
 * reset to the current RSS just before the body (writing 5 to /proc/<pid>/clear_refs), so a
 * spike that the garbage collector gave back before the answer still counts.
 */
const dir = mkdtempSync(join(tmpdir(), 'ecitizen-oversized-'));
let server: ChildProcess | undefined;
let url = '';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** A field of /proc/<pid>/status, in MB. */
function memoryMb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((row) => row.startsWith(`${field}:`)) ?? '';
  return Number(/(\d+)\s*kB/.exec(line)?.[1]) / 1024;
}

beforeAll(async () => {
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  // node itself (not npx) is the child, so its pid is the server's.
  server = spawn(process.execPath, ['--import', 'tsx', 'src/runtime/node.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_PATH: join(dir, 'oversized.sqlite'), LOG_LEVEL: 'error' },
    stdio: 'ignore',
  });
  for (let tries = 0; tries < 300; tries += 1) {
    if (await fetch(`${url}/healthz`).then((response) => response.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the server did not start');
}, 60_000);

afterAll(() => {
  server?.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

describe('npm start\'s server sent a 200 MB chunked body', () => {
  it('answers 413 having read only the start of it: its memory grows by less than 50 MB', async () => {
    const pid = server!.pid!;
    // One ordinary hop first, so what every hop allocates once is not counted against the body.
    expect((await fetch(`${url}/ussd`, { method: 'POST', body: new URLSearchParams({ sessionId: 'warm', phoneNumber: '+254711000111', text: '' }) })).status).toBe(200);
    const before = memoryMb(pid, 'VmRSS');
    writeFileSync(`/proc/${pid}/clear_refs`, '5');

    const answer = await postStreamedBody(`${url}/ussd`, { bytes: 200 * 1024 * 1024, chunked: true });

    const peak = memoryMb(pid, 'VmHWM');
    expect(answer.status).toBe(413);
    expect(peak - before, `RSS ${before.toFixed(0)} MB before, peak ${peak.toFixed(0)} MB`).toBeLessThan(50);
    // The server stopped reading: the client could not get most of the body onto the wire.
    expect(answer.written).toBeLessThan(100 * 1024 * 1024);
    // The server goes on answering.
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
  }, 60_000);
});
