import type BetterSqlite3 from 'better-sqlite3';
import { failureReply } from '../ussd/handle-hop.js';

export interface GroupCommit {
  /**
   * Settles once every write made so far is committed: at once when no group is open, else at
   * the end of this event-loop turn. Rejects when that commit failed (the writes are gone).
   */
  durable(): Promise<void>;
  /**
   * How many group commits have failed so far. A request whose writes spanned several turns
   * compares it before and after: a failure in between may have taken some of its writes.
   */
  failures(): number;
  /** Commits the open group now (before a pragma, a checkpoint, or closing the file). */
  flush(): void;
}

interface OpenGroup {
  promise: Promise<void>;
  resolve: () => void;
  reject: (error: unknown) => void;
}

const WRITE_METHODS = ['run', 'get', 'all', 'iterate'] as const;
const KEPT_WRITES = 500;

/**
 * Group commit on the server's one connection: the first write of an event-loop turn opens a
 * transaction (BEGIN IMMEDIATE) and a `setImmediate` commits it once the turn's I/O callbacks,
 * every hop whose request arrived in it, have run. Each `transaction()` inside it (a hop's
 * application and its SMS, a drain's claim) becomes a SAVEPOINT, so one that fails rolls back
 * alone and its neighbours commit; a lone statement that fails is undone by SQLite alone. The
 * commit is one WAL write for the turn instead of one per hop. Replies wait for `durable()`, so
 * nothing is answered that a crash could still take back. Installed after the migrations (they
 * issue their own BEGIN); statements prepared before it are not grouped.
 */
export function installGroupCommit(sqlite: BetterSqlite3.Database): GroupCommit {
  let group: OpenGroup | null = null;
  let failed = 0;

  const commit = () => {
    const done = group;
    group = null;
    if (!done) return;
    try {
      if (!sqlite.inTransaction) throw new Error('the group transaction was rolled back by SQLite before its commit');
      sqlite.exec('COMMIT');
      done.resolve();
    } catch (error) {
      if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
      failed += 1;
      done.reject(error);
    }
  };

  const open = () => {
    if (group && !sqlite.inTransaction) commit(); // SQLite rolled the group back (disk full, I/O error): its waiters fail now.
    if (sqlite.inTransaction) return;
    sqlite.exec('BEGIN IMMEDIATE');
    let resolve!: () => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<void>((ok, fail) => {
      resolve = ok;
      reject = fail;
    });
    // A group nobody waits for (a timer's write) must not crash the process when it fails.
    promise.catch(() => undefined);
    group = { promise, resolve, reject };
    setImmediate(commit);
  };

  // drizzle prepares an unprepared query's SQL on every run: a statement that writes (an
  // application, its event, its SMS, a drain's claim) is kept by its text and used again. Only
  // writes without RETURNING: they return no rows, so no caller's raw() mode can leak to another.
  const writes = new Map<string, BetterSqlite3.Statement>();
  const prepare = sqlite.prepare.bind(sqlite);
  sqlite.prepare = ((source: string) => {
    const kept = writes.get(source);
    if (kept) return kept;
    const statement = prepare(source);
    if (statement.readonly) return statement;
    for (const method of WRITE_METHODS) {
      const original = statement[method] as (...args: unknown[]) => unknown;
      (statement as unknown as Record<string, unknown>)[method] = (...args: unknown[]) => {
        open();
        return original.apply(statement, args);
      };
    }
    if (!statement.reader) {
      // Bounded: SQL built with a list of values (`in (?, ?, ...)`) has a text per length.
      if (writes.size >= KEPT_WRITES) writes.delete(writes.keys().next().value!);
      writes.set(source, statement);
    }
    return statement;
  }) as typeof sqlite.prepare;

  const transaction = sqlite.transaction.bind(sqlite);
  sqlite.transaction = ((fn: (...args: unknown[]) => unknown) => {
    const native = transaction(fn);
    const joining = (run: (...args: unknown[]) => unknown) => (...args: unknown[]) => {
      open();
      return run(...args);
    };
    return Object.assign(joining(native), {
      default: joining(native.default),
      deferred: joining(native.deferred),
      immediate: joining(native.immediate),
      exclusive: joining(native.exclusive),
    });
  }) as typeof sqlite.transaction;

  // A pragma may checkpoint or change how the connection behaves: the group goes to disk first.
  const pragma = sqlite.pragma.bind(sqlite);
  sqlite.pragma = ((...args: Parameters<typeof sqlite.pragma>) => {
    commit();
    return pragma(...args);
  }) as typeof sqlite.pragma;

  return {
    durable: () => group?.promise ?? Promise.resolve(),
    failures: () => failed,
    flush: commit,
  };
}

type Fetch = (request: Request, ...rest: never[]) => Response | Promise<Response>;

/**
 * The app's fetch, each response held until the writes before it are committed. A failed commit
 * took the answer's writes with it: a hop answers the apology (200, as any failed hop), anything
 * else 503, so no one is told of something that is not on disk.
 */
export function answerAfterCommit<F extends Fetch>(fetch: F, commits: GroupCommit, onFailure: (error: unknown) => void): F {
  return (async (request: Request, ...rest: never[]) => {
    const failuresBefore = commits.failures();
    const response = await fetch(request, ...rest);
    try {
      await commits.durable();
      // A request that awaited across turns wrote in more than one group: any of them failing
      // may have taken part of what this answer reports.
      if (commits.failures() !== failuresBefore) throw new Error('a group commit failed while this request was being answered');
      return response;
    } catch (error) {
      onFailure(error);
      const path = new URL(request.url).pathname;
      if (path === '/ussd' || path === '/simulator/ussd') return new Response(failureReply(), { headers: { 'content-type': 'text/plain; charset=UTF-8' } });
      return new Response('Service unavailable: the write could not be saved; try again', { status: 503 });
    }
  }) as F;
}
