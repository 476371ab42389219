import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/runtime/node.js';
import { startWalCheckpointer } from '../../src/runtime/wal-checkpointer.js';
import { recordingLogger } from '../support/test-app.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function database() {
  const dir = mkdtempSync(join(tmpdir(), 'ecitizen-wal-'));
  dirs.push(dir);
  const path = join(dir, 'db.sqlite');
  return { path, ...openDatabase(path) };
}

async function until(check: () => boolean, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!check() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  return check();
}

describe('the WAL checkpointer', () => {
  it('copies committed pages into the database file from its own thread; the server connection never checkpoints', async () => {
    const { path, sqlite, close } = database();
    const logger = recordingLogger();
    const checkpointer = startWalCheckpointer(sqlite, path, logger);
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const before = statSync(path).size;
    sqlite.exec('CREATE TABLE filler (id INTEGER PRIMARY KEY, body TEXT)');
    const insert = sqlite.prepare('INSERT INTO filler (body) VALUES (?)');
    for (let row = 0; row < 2_000; row += 1) insert.run('x'.repeat(500));
    // Nothing on this connection checkpointed: the rows are in the WAL until the worker's turn.
    expect(await until(() => statSync(path).size > before + 500_000, 5_000)).toBe(true);
    await checkpointer.stop();
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(1_000);
    expect(logger.entries).toEqual([]);
    close();
  });

  it('hands checkpoints back to the connection when its thread cannot open the database', async () => {
    const { path, sqlite, close } = database();
    const logger = recordingLogger();
    startWalCheckpointer(sqlite, join(path, 'not-a-directory', 'db.sqlite'), logger);
    expect(await until(() => logger.entries.length > 0, 5_000)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(logger.entries).toMatchObject([{ level: 'error', message: 'the WAL checkpointer stopped; checkpoints are back on the request path' }]);
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(1_000);
    close();
  });
});

describe('the WAL checkpointer truncates the WAL when asked, so erased bytes leave the disk', () => {
  const walSize = (path: string) => statSync(`${path}-wal`).size;
  /** Writes 200 rows, which stay in the WAL (nothing checkpoints them yet), and returns the writer for more. */
  function growWal(sqlite: ReturnType<typeof openDatabase>['sqlite'], path: string) {
    sqlite.exec('CREATE TABLE IF NOT EXISTS filler (id INTEGER PRIMARY KEY, body TEXT)');
    const insert = sqlite.prepare('INSERT INTO filler (body) VALUES (?)');
    const write = () => insert.run('x'.repeat(500));
    for (let row = 0; row < 200; row += 1) write();
    expect(walSize(path)).toBeGreaterThan(100_000);
    return write;
  }

  it('empties the WAL file and answers once it has', async () => {
    const { path, sqlite, close } = database();
    const checkpointer = startWalCheckpointer(sqlite, path, recordingLogger());
    await checkpointer.truncate();
    growWal(sqlite, path);
    await checkpointer.truncate();
    expect(walSize(path)).toBe(0);
    await checkpointer.stop();
    close();
  });

  it('waits out a reader in the WAL without holding up the server\'s writes, says so when it is long, then truncates', async () => {
    const { path, sqlite, close } = database();
    const write = growWal(sqlite, path);
    // A report reading from the WAL (another connection, a snapshot held open) before the checkpointer starts.
    const reader = openDatabase(path);
    reader.sqlite.exec('BEGIN');
    reader.sqlite.prepare('SELECT count(*) FROM filler').get();
    const logger = recordingLogger();
    const checkpointer = startWalCheckpointer(sqlite, path, logger, 2);
    let truncated = false;
    const done = checkpointer.truncate().then(() => {
      truncated = true;
    });
    // Writes that would fail if the thread held the write lock while waiting for the reader.
    sqlite.pragma('busy_timeout = 100');
    const twoTries = Date.now() + 2_500;
    while (Date.now() < twoTries) {
      write();
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(truncated).toBe(false);
    expect(walSize(path)).toBeGreaterThan(0);
    reader.sqlite.exec('COMMIT');
    reader.close();
    await done;
    expect(walSize(path)).toBe(0);
    expect(logger.entries).toEqual([{ level: 'warn', message: 'a reader has kept the WAL from being truncated; still trying every second', fields: { tries: 2 } }]);
    await checkpointer.stop();
    close();
  });

  it('truncates once at start, for a WAL a stopped process left behind', async () => {
    const { path, sqlite, close } = database();
    growWal(sqlite, path);
    const checkpointer = startWalCheckpointer(sqlite, path, recordingLogger());
    expect(await until(() => walSize(path) === 0, 5_000)).toBe(true);
    await checkpointer.stop();
    close();
  });

  it('truncates on the server\'s own connection when its thread is gone', async () => {
    const { path, sqlite, close } = database();
    const logger = recordingLogger();
    const checkpointer = startWalCheckpointer(sqlite, join(path, 'not-a-directory', 'db.sqlite'), logger);
    expect(await until(() => logger.entries.length > 0, 5_000)).toBe(true);
    growWal(sqlite, path);
    await checkpointer.truncate();
    expect(walSize(path)).toBe(0);
    close();
  });
});
