import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../src/db/seed-demo-data.js';
import { createApiV1 } from '../../src/http/api/create-api-v1.js';
import { mapError } from '../../src/http/create-app.js';
import { openDatabase } from '../../src/runtime/node.js';
import { api } from '../support/api-client.js';
import { recordingLogger, TEST_NOW } from '../support/test-app.js';

// Each run starts tsx: a few seconds in all.
const TIMEOUT_MS = 30_000;

let dir: string;
let databasePath: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ecitizen-keys-'));
  databasePath = join(dir, 'ecitizen.sqlite');
  const { db, close } = openDatabase(databasePath);
  await seedDemoData(db, TEST_NOW);
  close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const keys = (...args: string[]) => execFileSync('npx', ['tsx', 'scripts/keys.ts', ...args], { env: { ...process.env, DATABASE_PATH: databasePath }, encoding: 'utf8' });
const failing = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/keys.ts', ...args], { env: { ...process.env, DATABASE_PATH: databasePath }, encoding: 'utf8' });

/** A request to /api/v1 on the CLI's database, as the service would answer it. */
async function callWith(key: string) {
  const { db, close } = openDatabase(databasePath);
  try {
    const logger = recordingLogger();
    const app = new Hono().route('/api/v1', createApiV1({ db, now: Date.now, logger })).onError(mapError(logger));
    return (await api(app, 'GET', '/services', { key })).status;
  } finally {
    close();
  }
}

describe('npm run keys', () => {
  it('creates a key whose last line is the key alone, and the key authenticates; list shows it; revoke stops it', { timeout: TIMEOUT_MS }, async () => {
    const created = keys('create', 'KAA').trimEnd().split('\n');
    const key = created.at(-1)!;
    expect(key).toMatch(/^ecz_[0-9A-Za-z]{8}_[0-9A-Za-z]{32}$/);
    expect(created.slice(0, -1).join('\n')).toMatch(/shown only this once/);
    expect(await callWith(key)).toBe(200);

    const prefix = key.slice(0, 12);
    const listed = keys('list', 'kaa');
    expect(listed).toContain(prefix);
    expect(listed).not.toContain(key);

    expect(keys('revoke', prefix)).toContain(`Revoked ${prefix}`);
    expect(await callWith(key)).toBe(401);
    expect(keys('list', 'KAA')).toMatch(new RegExp(`${prefix}\\s+\\S+\\s+\\S+\\s+\\d{4}-\\d{2}-\\d{2}T`));
  });

  it.each([
    ['an unknown agency', ['create', 'NOPE'], /no agency NOPE/],
    ['list for an unknown agency', ['list', 'NOPE'], /no agency NOPE/],
    ['an unknown prefix', ['revoke', 'ecz_00000000'], /no key ecz_00000000/],
    ['something that is not a prefix', ['revoke', 'KAA'], /is not a key prefix/],
    ['no command', [], /usage:/],
    ['an unknown command', ['delete', 'KAA'], /usage:/],
    ['a missing argument', ['create'], /usage:/],
  ])('exits 1 with a message for %s', { timeout: TIMEOUT_MS }, (_, args, message) => {
    const run = failing(...args);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
  });
});
