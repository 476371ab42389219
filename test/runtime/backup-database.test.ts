import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { seedDemoData } from '../../src/db/seed-demo-data.js';
import { backupDatabase } from '../../src/runtime/backup-database.js';
import { openDatabase } from '../../src/runtime/node.js';
import { TEST_NOW } from '../support/test-app.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Another process writing to the file as fast as it can, as the server would: each transaction
 * adds a row to two tables (with 2 KB of padding, so the file grows under the backup), so a copy
 * that is one snapshot has as many rows in each, numbered without a gap.
 */
const WRITER = `
const Database = require('better-sqlite3');
const db = new Database(process.argv[1]);
db.pragma('busy_timeout = 5000');
const write = db.prepare('INSERT INTO probe_writes (n, pad) VALUES (?, randomblob(2000))');
const log = db.prepare('INSERT INTO probe_log (n) VALUES (?)');
const both = db.transaction((n) => { write.run(n); log.run(n); });
const until = Date.now() + 60000;
for (let n = 1; Date.now() < until; n += 1) {
  both(n);
  if (n === 200) process.stdout.write('writing\\n');
}
`;

const dirs: string[] = [];
const children: Array<ReturnType<typeof spawn>> = [];
afterEach(() => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The seeded demo data, and `filler` rows of 2 KB: a file of a few thousand pages, like a service's after a while. */
async function liveDatabase(filler = 0) {
  const dir = mkdtempSync(join(tmpdir(), 'ecitizen-backup-'));
  dirs.push(dir);
  const path = join(dir, 'ecitizen.sqlite');
  const { db, sqlite, close } = openDatabase(path);
  await seedDemoData(db, TEST_NOW);
  sqlite.exec('CREATE TABLE probe_writes (n INTEGER PRIMARY KEY, pad BLOB); CREATE TABLE probe_log (n INTEGER PRIMARY KEY); CREATE TABLE filler (pad BLOB);');
  sqlite.prepare('WITH RECURSIVE i(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM i WHERE n < ?) INSERT INTO filler SELECT randomblob(2000) FROM i').run(filler);
  close();
  return { dir, path };
}

const rows = (sqlite: BetterSqlite3.Database, sql: string) => (sqlite.prepare(sql).pluck().get() as number) ?? 0;

describe('backupDatabase', () => {
  it('copies a live file while another process writes to it: one snapshot, every row of it, integrity ok', async () => {
    // 10,000 filler rows: about 5,000 pages, 50 of SQLite's default 100-page steps, each of which a write restarts.
    const { dir, path } = await liveDatabase(10_000);
    const writer = spawn(process.execPath, ['-e', WRITER, path], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(writer);
    await new Promise<void>((resolve, reject) => {
      writer.stdout.once('data', () => resolve());
      writer.once('exit', (code) => reject(new Error(`the writer exited with ${code}`)));
    });

    const live = new BetterSqlite3(path, { readonly: true });
    const before = rows(live, 'SELECT count(*) FROM probe_log');
    const result = await backupDatabase(path, join(dir, 'copy.sqlite'));
    const after = rows(live, 'SELECT count(*) FROM probe_log');
    const agencies = rows(live, 'SELECT count(*) FROM agencies');
    live.close();
    writer.kill('SIGKILL');

    expect(after, 'the writer went on writing while the backup ran').toBeGreaterThan(before);
    expect(result.integrity).toBe('ok');
    const copy = new BetterSqlite3(join(dir, 'copy.sqlite'), { readonly: true });
    const copied = { writes: rows(copy, 'SELECT count(*) FROM probe_writes'), log: rows(copy, 'SELECT count(*) FROM probe_log'), last: rows(copy, 'SELECT max(n) FROM probe_log') };
    expect(copied.writes).toBe(copied.log);
    expect(copied.last).toBe(copied.log);
    expect(copied.log).toBeGreaterThanOrEqual(before);
    expect(copied.log).toBeLessThanOrEqual(after);
    expect(rows(copy, 'SELECT count(*) FROM agencies')).toBe(agencies);
    expect(agencies).toBeGreaterThan(100);
    copy.close();
  }, 30_000);
});

describe('npm run backup', () => {
  const backup = (path: string, ...args: string[]) =>
    spawnSync('npx', ['tsx', 'scripts/backup.ts', ...args], { cwd: ROOT, env: { ...process.env, DATABASE_PATH: path }, encoding: 'utf8' });

  it('writes a copy only its owner can read, and says so', async () => {
    const { dir, path } = await liveDatabase();
    const run = backup(path, join(dir, 'copy.sqlite'));
    expect(run.stdout).toMatch(/^backed up .* to .*copy\.sqlite: \d+ pages, integrity ok/);
    expect(run.status).toBe(0);
    expect(statSync(join(dir, 'copy.sqlite')).mode & 0o777).toBe(0o600);
  }, 30_000);

  it.each([
    ['no file named', [], /^usage: npm run backup -- <FILE>/m, 1],
    ['--help', ['--help'], /^usage: npm run backup -- <FILE>.*\n[\s\S]*To restore it/m, 0],
    ['a file that exists', ['existing.sqlite'], /existing\.sqlite already exists: a backup never overwrites a file/, 1],
    ['a folder that does not exist', ['nowhere/copy.sqlite'], /no folder .*nowhere: create it first/, 1],
  ])('answers %s with what to do', async (_, args, message, status) => {
    const { dir, path } = await liveDatabase();
    writeFileSync(join(dir, 'existing.sqlite'), 'an earlier backup');
    const run = backup(path, ...args.map((arg) => (arg.startsWith('-') ? arg : join(dir, arg))));
    expect(run.stdout + run.stderr).toMatch(message);
    expect(run.status).toBe(status);
  }, 30_000);
});
