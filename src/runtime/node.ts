import { serve } from '@hono/node-server';
import BetterSqlite3 from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, parseEnv } from '../config/parse-env.js';
import type { Database } from '../db/database.js';
import * as schema from '../db/schema.js';
import { seedDemoData } from '../db/seed-demo-data.js';
import { createApp } from '../http/create-app.js';
import { createConsoleLogger } from '../logging/logger.js';
import { bundledMenuFiles } from '../menu/bundled-menus.js';
import { loadMenus } from '../menu/load-menus.js';
import { sweepSessions, sweepSettings } from '../ussd/sweep-sessions.js';

const MIGRATIONS = fileURLToPath(new URL('../../drizzle', import.meta.url));
const SWEEP_INTERVAL_MS = 60_000;

/**
 * Opens (creating if needed) the SQLite file and brings its schema up to date. WAL lets reads
 * go on while a hop writes; NORMAL sync is durable across a process crash, which is the
 * failure that matters here (a power cut may lose the last transactions, not corrupt the file).
 */
export function openDatabase(path: string): { db: Database; sqlite: BetterSqlite3.Database; close: () => void } {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new BetterSqlite3(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS });
  return { db, sqlite, close: () => sqlite.close() };
}

async function main() {
  const env = parseEnv(process.env);
  const logger = createConsoleLogger(env.LOG_LEVEL);
  const menu = loadMenus(bundledMenuFiles);
  const { db, close } = openDatabase(env.DATABASE_PATH);
  const seeded = await seedDemoData(db, Date.now());
  if (seeded) logger.info('loaded the demo data into an empty database', { path: env.DATABASE_PATH });

  const settings = sweepSettings(env);
  const app = createApp({
    db,
    menu,
    logger,
    now: Date.now,
    callbackSecret: env.CALLBACK_SECRET,
    adminApiKey: env.ADMIN_API_KEY,
    resumeWindowMs: settings.resumeWindowMs,
  });
  const server = serve({ fetch: app.fetch, hostname: env.HOST, port: env.PORT }, (info) => {
    const url = `http://${info.address === '0.0.0.0' ? 'localhost' : info.address}:${info.port}`;
    console.log(`e-Citizen USSD is listening on ${url}`);
    console.log(`  USSD callback:  POST ${url}/ussd   (database ${env.DATABASE_PATH})`);
    console.log(`  Try it:         curl -d 'sessionId=demo1&serviceCode=*2222%23&phoneNumber=%2B254711000111&text=' ${url}/ussd`);
  });

  let sweeping = false;
  const sweep = setInterval(() => {
    // A sweep still running (a large backlog) is left to finish rather than joined by another.
    if (sweeping) return;
    sweeping = true;
    sweepSessions({ db, now: Date.now, settings })
      .then((result) => {
        if (result.counted + result.purged + result.scrubbed > 0) logger.info('swept ussd sessions', { ...result });
      })
      .catch((error: unknown) => logger.error('sweeping ussd sessions failed', { error: error instanceof Error ? (error.stack ?? error.message) : String(error) }))
      .finally(() => {
        sweeping = false;
      });
  }, SWEEP_INTERVAL_MS);
  sweep.unref();

  const stop = () => {
    clearInterval(sweep);
    server.close(() => {
      close();
      process.exit(0);
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  });
}
