import { existsSync, mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { count } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { agencies } from '../../src/db/schema.js';
import { openDatabase } from '../../src/runtime/node.js';
import { spawnNodeServer, waitUntilHealthy, type NodeServerProcess } from '../support/node-server-process.js';

/** Everything production needs; SMS go to a port nothing listens on (nothing is sent in these tests). */
const PRODUCTION = {
  NODE_ENV: 'production',
  CALLBACK_SECRET: 'a-callback-secret-of-32-characters',
  AT_API_KEY: 'atsk_test',
  AT_USERNAME: 'ecitizen',
  AT_SMS_URL: 'http://127.0.0.1:9',
};

const dirs: string[] = [];
const servers: NodeServerProcess[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.stop()));
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function databasePath() {
  const dir = mkdtempSync(join(tmpdir(), 'ecitizen-start-'));
  dirs.push(dir);
  return join(dir, 'ecitizen.sqlite');
}

function start(env: Record<string, string>) {
  const server = spawnNodeServer(env);
  servers.push(server);
  return server;
}

const post = (server: NodeServerProcess, path: string, form: Record<string, string>) =>
  fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form) });

describe('npm start in production', () => {
  it('refuses to start without CALLBACK_SECRET, a real SMS gateway and a real username, naming each, and creates nothing', async () => {
    const path = databasePath();
    const server = start({ NODE_ENV: 'production', DATABASE_PATH: path });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/^CALLBACK_SECRET: required in production/m);
    expect(server.output()).toMatch(/^AT_API_KEY: required in production/m);
    expect(server.output()).toMatch(/^AT_USERNAME: is 'sandbox'/m);
    expect(existsSync(path)).toBe(false);
  });

  it('refuses to create a database where one is expected, and says how to create one on purpose', async () => {
    const path = databasePath();
    const server = start({ ...PRODUCTION, DATABASE_PATH: path });
    expect(await server.exited).toBe(1);
    expect(server.output()).toMatch(/^DATABASE_PATH: no database at .*npm run db:create/m);
    expect(existsSync(path)).toBe(false);
  });

  it('once the database is created, serves the callbacks behind the secret, with no demo data and no development tools', async () => {
    const path = databasePath();
    openDatabase(path).close();
    const server = start({ ...PRODUCTION, DATABASE_PATH: path });
    await waitUntilHealthy(server);
    // The repro: without the secret anyone could read this phone's applications.
    expect((await post(server, '/ussd', { sessionId: 's1', phoneNumber: '+254711000111', text: '3' })).status).toBe(403);
    for (const path of ['/simulator', '/__at/inbox', '/__at/control']) {
      expect((await fetch(`${server.url}${path}`, { method: path === '/simulator' ? 'GET' : 'POST' })).status, path).toBe(404);
    }
    const { db, close } = openDatabase(path);
    expect((await db.select({ n: count() }).from(agencies).get())?.n).toBe(0);
    close();
  });
});

describe('npm start in development', () => {
  it('loads the demo data but serves the simulator and the built-in gateway only when asked for (SIMULATOR=on)', async () => {
    const plain = start({ DATABASE_PATH: databasePath() });
    await waitUntilHealthy(plain);
    expect(await (await post(plain, '/ussd', { sessionId: 's1', phoneNumber: '+254711000111', text: '2*EC20418375' })).text()).toContain('Under review');
    expect((await fetch(`${plain.url}/simulator`)).status).toBe(404);
    expect((await post(plain, '/__at/inbox', { phoneNumber: '+254711000111' })).status).toBe(404);

    const asked = start({ DATABASE_PATH: databasePath(), SIMULATOR: 'on' });
    await waitUntilHealthy(asked);
    expect((await fetch(`${asked.url}/simulator`)).status).toBe(200);
    expect((await post(asked, '/__at/inbox', { phoneNumber: '+254711000111' })).status).toBe(200);
  });
});

describe('the database file removed under a running server', () => {
  it('turns /healthz to 503 and refuses what it would acknowledge and then lose', async () => {
    const path = databasePath();
    const server = start({ DATABASE_PATH: path });
    await waitUntilHealthy(server);
    for (const file of [path, `${path}-wal`, `${path}-shm`]) if (existsSync(file)) unlinkSync(file);

    let health = 200;
    for (let tries = 0; tries < 50 && health === 200; tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      health = (await fetch(`${server.url}/healthz`)).status;
    }
    expect(health).toBe(503);
    expect(await (await fetch(`${server.url}/healthz`)).json()).toMatchObject({ status: 'error', database: expect.stringContaining('was removed') });
    const hop = await post(server, '/ussd', { sessionId: 's2', phoneNumber: '+254711000111', text: '' });
    expect({ status: hop.status, body: await hop.text() }).toMatchObject({ status: 200, body: expect.stringMatching(/^END Sorry/) });
    const inbound = await post(server, '/sms/inbound', { id: 'in-1', from: '+254711000111', text: 'STOP' });
    expect(inbound.status).toBe(503);
    const api = await fetch(`${server.url}/api/v1/applications`, { method: 'POST', headers: { authorization: 'Bearer ecz_AAAAAAAA_BBBBBBBBBBBBBBBBBBBBBBBBBBBBBBBB', 'content-type': 'application/json' }, body: '{}' });
    expect(api.status).toBe(503);
  });
});
