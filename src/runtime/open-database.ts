import BetterSqlite3 from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from '../db/database.js';
import * as schema from '../db/schema.js';

// Resolved against this file: src/runtime/ and its build, dist/runtime/ (or dist/scripts/ for
// the operator scripts bundled with it), are both two folders below the root.
const MIGRATIONS = fileURLToPath(new URL('../../drizzle', import.meta.url));

/**
 * Opens (creating if needed) the SQLite file and brings its schema up to date. WAL lets reads
 * go on while a hop writes; NORMAL sync is durable across a process crash, which is the
 * failure that matters here (a power cut may lose the last transactions, not corrupt the file).
 * Its own file so that the operator scripts bundle it without the server (src/runtime/node.ts).
 */
export function openDatabase(path: string): { db: Database; sqlite: BetterSqlite3.Database; close: () => void } {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new BetterSqlite3(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  // Erased means gone from the file: deleted and overwritten content is zeroed, not left in free space.
  sqlite.pragma('secure_delete = ON');
  // 32 MB of pages kept in memory (SQLite's default is 2 MB): the catalogue's indexes and the
  // sessions of the last minutes stay cached, so a hop rarely reads the file.
  sqlite.pragma('cache_size = -32000');
  const db = drizzle(sqlite, { schema });
  migrate(db, { migrationsFolder: MIGRATIONS });
  return { db, sqlite, close: () => sqlite.close() };
}
