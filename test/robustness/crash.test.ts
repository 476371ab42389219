import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { applicationEvents, applications, smsOutbox } from '../../src/db/schema.js';
import { issueApiKey } from '../../src/http/api/api-key.js';
import { openDatabase } from '../../src/runtime/node.js';

/**
 * The server killed with SIGKILL in the middle of load and started again on the same file:
 * every application, status event and outbox row whose request was answered with success is
 * there, the SMS go out after the restart, and a USSD session in progress carries on.
 */
const dir = mkdtempSync(join(tmpdir(), 'ecitizen-crash-'));
const database = join(dir, 'crash.sqlite');
const port = 39_000 + Math.floor(Math.random() * 500);
const url = `http://127.0.0.1:${port}`;
let server: ChildProcess | undefined;

async function start() {
  server = spawn('npx', ['tsx', 'src/runtime/node.ts'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATABASE_PATH: database, LOG_LEVEL: 'error', SIMULATOR: 'on', SMS_TIMEOUT_MS: '1000', SMS_LEASE_MS: '2000' },
    detached: true,
    stdio: 'ignore',
  });
  for (let tries = 0; tries < 100; tries += 1) {
    if (await fetch(`${url}/healthz`).then((response) => response.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the server did not start');
}

function kill() {
  if (server?.pid) process.kill(-server.pid, 'SIGKILL');
  server = undefined;
}

afterAll(() => {
  kill();
  rmSync(dir, { recursive: true, force: true });
});

const hop = (sessionId: string, text: string) =>
  fetch(`${url}/ussd`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ sessionId, serviceCode: '*2222#', phoneNumber: '+254711000111', networkCode: '63902', text }) }).then((response) => response.text());

describe('a crash in the middle of load', () => {
  it('loses nothing that was answered with success', async () => {
    await start();
    const { db, close } = openDatabase(database);
    const { key } = await issueApiKey(db, 'DCI', Date.now());
    expect(await hop('before-crash', '')).toMatch(/^CON Welcome/);
    expect(await hop('before-crash', '2')).toMatch(/^CON Enter your application reference/);

    const succeeded: string[] = [];
    const register = async (i: number) => {
      try {
        const response = await fetch(`${url}/api/v1/applications`, {
          method: 'POST',
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'idempotency-key': `crash-${i}` },
          body: JSON.stringify({ serviceCode: 'GOOD-CONDUCT', applicantPhone: `+2547330${String(i).padStart(5, '0')}` }),
        });
        if (response.status === 201) succeeded.push(((await response.json()) as { reference: string }).reference);
      } catch {
        // The connection died with the server: this request was not answered, so it promises nothing.
      }
    };
    const load = Array.from({ length: 300 }, (_, i) => new Promise<void>((resolve) => setTimeout(() => void register(i).then(resolve), i * 2)));
    while (succeeded.length < 40) await new Promise((resolve) => setTimeout(resolve, 5));
    kill();
    await Promise.all(load);
    expect(succeeded.length).toBeGreaterThanOrEqual(40);
    expect(succeeded.length).toBeLessThan(300);

    await start();
    const saved = await db.select({ id: applications.id, reference: applications.reference }).from(applications).where(inArray(applications.reference, succeeded));
    expect(saved.map((row) => row.reference).sort()).toEqual([...succeeded].sort());
    for (const row of saved) {
      expect(await db.select().from(applicationEvents).where(eq(applicationEvents.applicationId, row.id)).all()).toHaveLength(1);
    }
    const owed = await db.select().from(smsOutbox).where(eq(smsOutbox.kind, 'application_received')).all();
    for (const reference of succeeded) expect(owed.some((sms) => sms.body.includes(reference)), reference).toBe(true);

    // After the restart every SMS goes out: rows the killed dispatcher held come back when their lease ends.
    for (let tries = 0; tries < 100; tries += 1) {
      const pending = (await db.select().from(smsOutbox).all()).filter((sms) => sms.state === 'queued' || sms.state === 'sending');
      if (pending.length === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect((await db.select().from(smsOutbox).all()).filter((sms) => sms.state === 'queued' || sms.state === 'sending')).toEqual([]);

    expect(await hop('before-crash', '2*EC20418375')).toMatch(/^CON EC20418375: Certificate of Good Conduct\nStatus: Under review/);
    close();
  }, 60_000);
});
