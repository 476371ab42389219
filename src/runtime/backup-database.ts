import BetterSqlite3 from 'better-sqlite3';

/** Every page in one step (better-sqlite3's ceiling for a step). */
const ALL_PAGES = 0x7fffffff;

export interface BackupResult {
  pages: number;
  /** `PRAGMA integrity_check` on the copy: `ok`, or what SQLite found wrong. */
  integrity: string;
}

/**
 * Copies the SQLite file at `source` into `destination`, a new file, through SQLite's online
 * backup API while the service goes on writing to it, then checks the copy. All pages in one
 * step: SQLite restarts a backup taken in small steps whenever another connection writes, so
 * under steady hops it might never finish, while one step reads one snapshot, and in WAL mode
 * the server's writers do not wait for it.
 */
export async function backupDatabase(source: string, destination: string): Promise<BackupResult> {
  // Not openDatabase: a backup must not migrate the live file under a server of another version.
  const live = new BetterSqlite3(source, { fileMustExist: true });
  let pages: number;
  try {
    live.pragma('busy_timeout = 5000');
    pages = (await live.backup(destination, { progress: () => ALL_PAGES })).totalPages;
  } finally {
    live.close();
  }
  const copy = new BetterSqlite3(destination, { readonly: true, fileMustExist: true });
  try {
    const problems = copy.pragma('integrity_check') as Array<{ integrity_check: string }>;
    return { pages, integrity: problems.map((row) => row.integrity_check).join('\n') };
  } finally {
    copy.close();
  }
}
