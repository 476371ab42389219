import type { Database } from './database.js';

/** A statement built but not run: drizzle's query builders are thenable and runnable. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Statement = { run: () => any } & PromiseLike<unknown>;

/**
 * Runs statements all or nothing. D1 has no interactive transactions but runs a batch as
 * one; better-sqlite3 runs synchronously, so its transaction wraps plain `run()` calls.
 */
export async function writeAtomically(db: Database, statements: Statement[]): Promise<void> {
  if (statements.length === 0) return;
  if ('batch' in db && typeof db.batch === 'function') {
    await (db.batch as (items: Statement[]) => Promise<unknown>)(statements);
    return;
  }
  const sync = db as unknown as { transaction: (run: () => void) => void };
  sync.transaction(() => {
    for (const statement of statements) statement.run();
  });
}
