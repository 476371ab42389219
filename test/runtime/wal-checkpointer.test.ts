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
