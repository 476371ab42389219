import BetterSqlite3 from 'better-sqlite3';

/** The peers' SQLite file (DATABASE_PATH), with the pragmas this project sets on its own. */
export function openPeerDatabase(): BetterSqlite3.Database {
  const path = process.env.DATABASE_PATH;
  if (!path) throw new Error('DATABASE_PATH is required');
  const sqlite = new BetterSqlite3(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('foreign_keys = ON');
  return sqlite;
}
