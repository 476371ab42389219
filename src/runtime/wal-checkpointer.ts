import type BetterSqlite3 from 'better-sqlite3';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../logging/logger.js';

/** How often the checkpointer copies the WAL back into the database file. */
const CHECKPOINT_INTERVAL_MS = 1_000;
/** SQLite's own default, restored when the checkpointer stops. */
const AUTOCHECKPOINT_PAGES = 1_000;

/**
 * Runs in its own thread, on its own connection: a PASSIVE checkpoint never blocks the server's
 * reads and writes, and the copying and the fsyncs it takes happen on another core.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { timeout: 5000 });
const checkpoint = () => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    parentPort.postMessage(String(error));
  }
};
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', () => {
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
`;

/**
 * Takes the WAL checkpoints off the request path. By default SQLite checkpoints inside the
 * commit that crosses 1,000 pages: every few hundred hops one hop copies the WAL into the
 * database file and waits for two fsyncs. Here the server's connection never checkpoints and a
 * worker thread does, every second. If the worker fails, the connection checkpoints itself again.
 */
export function startWalCheckpointer(sqlite: BetterSqlite3.Database, path: string, logger: Logger): { stop: () => Promise<void> } {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, path, intervalMs: CHECKPOINT_INTERVAL_MS } });
  worker.unref();
  sqlite.pragma('wal_autocheckpoint = 0');
  let stopping = false;
  let fellBack = false;
  const fallBack = (why: string) => {
    if (stopping || fellBack) return;
    fellBack = true;
    logger.error('the WAL checkpointer stopped; checkpoints are back on the request path', { why });
    sqlite.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
  };
  worker.on('message', (error: string) => logger.warn('a WAL checkpoint failed', { error }));
  worker.on('error', (error) => fallBack(String(error)));
  worker.on('exit', (code) => fallBack(`exit ${code}`));
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        stopping = true;
        sqlite.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
        worker.once('exit', () => resolve());
        worker.postMessage('stop');
      }),
  };
}
