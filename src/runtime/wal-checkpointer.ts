import type BetterSqlite3 from 'better-sqlite3';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Logger } from '../logging/logger.js';

/** How often the checkpointer copies the WAL back into the database file. */
const CHECKPOINT_INTERVAL_MS = 1_000;
/** SQLite's own default, restored when the checkpointer stops. */
const AUTOCHECKPOINT_PAGES = 1_000;
/** A truncation still kept waiting by a reader after this many tries (one a second) is worth a warning. */
const PATIENT_TRIES = 60;

/** What the worker reports: a failed checkpoint, a truncation kept waiting, or the requests up to `truncated` done. */
type WorkerMessage = { error: string } | { waiting: number } | { truncated: number };

/**
 * Runs in its own thread, on its own connection: a PASSIVE checkpoint never blocks the server's
 * reads and writes, and the copying and the fsyncs it takes happen on another core.
 *
 * A TRUNCATE checkpoint (owed after an erasure, and once at start for a process that stopped
 * before its own) holds the write lock while it waits for readers, so it waits for nobody
 * (busy_timeout 0): when a reader is in the WAL it checkpoints what it can and tries again on
 * the next tick, and the server's writes never queue behind it.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { timeout: 5000 });
let owed = 0;
let done = -1;
let attempts = 0;
const truncate = () => {
  const upTo = owed;
  attempts += 1;
  db.pragma('busy_timeout = 0');
  try {
    if (db.pragma('wal_checkpoint(TRUNCATE)')[0].busy !== 0) {
      if (attempts === workerData.patience) parentPort.postMessage({ waiting: attempts });
      return;
    }
  } finally {
    db.pragma('busy_timeout = 5000');
  }
  done = upTo;
  attempts = 0;
  parentPort.postMessage({ truncated: upTo });
};
const checkpoint = () => {
  try {
    if (owed > done) truncate();
    else db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    parentPort.postMessage({ error: String(error) });
  }
};
checkpoint();
const timer = setInterval(checkpoint, workerData.intervalMs);
parentPort.on('message', (message) => {
  if (message !== 'stop') {
    owed = Math.max(owed, message.truncate);
    checkpoint();
    return;
  }
  clearInterval(timer);
  checkpoint();
  db.close();
  parentPort.close();
});
`;

export interface WalCheckpointer {
  /**
   * Asks for a TRUNCATE checkpoint: the WAL's old frames (and with them the bytes of anything
   * erased before the call) leave the disk. Resolves once one has completed after the call, or
   * when the checkpointer stops. Never throws.
   */
  truncate: () => Promise<void>;
  stop: () => Promise<void>;
}

/**
 * Takes the WAL checkpoints off the request path. By default SQLite checkpoints inside the
 * commit that crosses 1,000 pages: every few hundred hops one hop copies the WAL into the
 * database file and waits for two fsyncs. Here the server's connection never checkpoints and a
 * worker thread does, every second. If the worker fails, the connection checkpoints itself again.
 */
export function startWalCheckpointer(sqlite: BetterSqlite3.Database, path: string, logger: Logger, patience = PATIENT_TRIES): WalCheckpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { driver, path, intervalMs: CHECKPOINT_INTERVAL_MS, patience } });
  worker.unref();
  sqlite.pragma('wal_autocheckpoint = 0');
  let stopping = false;
  let fellBack = false;
  let requested = 0;
  const waiting = new Map<number, () => void>();
  const settle = (upTo: number) => {
    for (const [request, resolve] of waiting) {
      if (request > upTo) continue;
      waiting.delete(request);
      resolve();
    }
  };
  // Without the thread the server's own connection truncates, waiting for nobody as the thread does.
  const truncateHere = () => {
    const timeout = sqlite.pragma('busy_timeout', { simple: true }) as number;
    sqlite.pragma('busy_timeout = 0');
    try {
      const [result] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      if (result?.busy !== 0) logger.warn('the WAL could not be truncated: a reader is in it; the next erasure tries again');
    } catch (error) {
      logger.warn('a WAL checkpoint failed', { error: String(error) });
    } finally {
      sqlite.pragma(`busy_timeout = ${timeout}`);
    }
    settle(requested);
  };
  const fallBack = (why: string) => {
    if (stopping || fellBack) return;
    fellBack = true;
    logger.error('the WAL checkpointer stopped; checkpoints are back on the request path', { why });
    sqlite.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
    if (waiting.size > 0) truncateHere();
  };
  worker.on('message', (message: WorkerMessage) => {
    if ('error' in message) logger.warn('a WAL checkpoint failed', { error: message.error });
    else if ('waiting' in message) logger.warn('a reader has kept the WAL from being truncated; still trying every second', { tries: message.waiting });
    else settle(message.truncated);
  });
  worker.on('error', (error) => fallBack(String(error)));
  worker.on('exit', (code) => {
    fallBack(`exit ${code}`);
    settle(requested);
  });
  return {
    truncate: () => {
      requested += 1;
      const request = requested;
      const done = new Promise<void>((resolve) => waiting.set(request, resolve));
      if (fellBack || stopping) truncateHere();
      else worker.postMessage({ truncate: request });
      return done;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        stopping = true;
        sqlite.pragma(`wal_autocheckpoint = ${AUTOCHECKPOINT_PAGES}`);
        worker.once('exit', () => resolve());
        worker.postMessage('stop');
      }),
  };
}
