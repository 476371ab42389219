import { sql, type Placeholder } from 'drizzle-orm';
import type { Database } from './database.js';

/** A statement built but not run: drizzle's query builders are thenable and runnable. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Statement = { run: () => any } & PromiseLike<unknown>;

/** D1: no interactive transactions, but a batch runs as one. better-sqlite3 has no batch. */
function runsInBatches(db: Database): db is Database & { batch: (items: Statement[]) => Promise<unknown> } {
  return 'batch' in db && typeof db.batch === 'function';
}

/**
 * Runs statements all or nothing. D1 has no interactive transactions but runs a batch as
 * one; better-sqlite3 runs synchronously, so its transaction wraps plain `run()` calls.
 */
export async function writeAtomically(db: Database, statements: Statement[]): Promise<void> {
  if (statements.length === 0) return;
  if (runsInBatches(db)) {
    await db.batch(statements);
    return;
  }
  const sync = db as unknown as { transaction: (run: () => void) => void };
  sync.transaction(() => {
    for (const statement of statements) statement.run();
  });
}

/** What a write of one shape is built with: each value by name, or a placeholder for it. */
export type Bind<V> = <K extends keyof V & string>(name: K) => V[K] | Placeholder;

type Buildable = Statement & { prepare: () => { run: (values: Record<string, unknown>) => unknown } };

/**
 * A write whose SQL never depends on its values (`build` may not branch on what `bind` gives),
 * made for each call's values. On better-sqlite3 it is built once per database with
 * placeholders, prepared, and run with the values: drizzle takes longer to build an INSERT's
 * text than SQLite takes to run it. D1 gets it built with the values, since its batch takes
 * only built queries.
 */
export function writeOfOneShape<V extends Record<string, unknown>>(build: (db: Database, bind: Bind<V>) => Buildable): (db: Database, values: V) => Statement {
  const prepared = new WeakMap<Database, ReturnType<Buildable['prepare']>>();
  const placeholder: Bind<V> = (name) => sql.placeholder(name);
  return (db, values) => {
    if (runsInBatches(db)) return build(db, (name) => values[name]);
    let statement = prepared.get(db);
    if (!statement) {
      statement = build(db, placeholder).prepare();
      prepared.set(db, statement);
    }
    const ready = statement;
    const run = () => ready.run(values);
    return { run, then: (onFulfilled, onRejected) => new Promise((resolve) => resolve(run())).then(onFulfilled, onRejected) };
  };
}
