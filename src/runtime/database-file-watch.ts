import { statSync } from 'node:fs';

/** How often the file at DATABASE_PATH is compared with the one the server holds open. */
const CHECK_INTERVAL_MS = 1_000;

export interface DatabaseFileWatch {
  /** Why the open database can no longer be trusted with a write, or null while it is the file at its path. */
  problem(): string | null;
  stop(): void;
}

/**
 * Notices that the database file the server holds open is no longer the file at its path
 * (deleted, or replaced by a restore or a careless `rm`): SQLite goes on writing to the open,
 * unlinked file, so every write would be acknowledged and then lost at the next restart.
 * Compared by device and inode on a timer (a stat on every request would cost a few percent
 * of a hop), so a request sees the answer of the last second. Once lost, it stays lost: only
 * a restart, which an operator must see to, makes it right.
 */
export function watchDatabaseFile(path: string, intervalMs = CHECK_INTERVAL_MS): DatabaseFileWatch {
  const identity = (stats: { dev: number; ino: number }) => `${stats.dev}:${stats.ino}`;
  const opened = identity(statSync(path));
  let problem: string | null = null;
  const timer = setInterval(() => {
    const current = statSync(path, { throwIfNoEntry: false });
    if (!current) problem = `the database file at DATABASE_PATH (${path}) was removed while the server had it open: restore it, then restart`;
    else if (identity(current) !== opened) problem = `the database file at DATABASE_PATH (${path}) was replaced while the server had the old one open: restart`;
    if (problem !== null) clearInterval(timer);
  }, intervalMs);
  timer.unref();
  return { problem: () => problem, stop: () => clearInterval(timer) };
}
