import { and, asc, eq, inArray, lt, lte, or, sql, type Placeholder, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { builtOncePer, perDatabase } from '../db/built-once.js';
import type { Database } from '../db/database.js';

/**
 * Something owed to someone outside (an SMS, an agency's webhook), written in the same write as
 * its cause and sent from here: claimed with a lease in one UPDATE, retried with backoff until
 * it is final, never sent twice for one row. Every outbox table has these columns, and shares
 * the states `queued` (due at `nextAttemptAt`) and `sending` (leased until `leaseUntil`).
 */
export type LeasedTable = SQLiteTable & {
  id: SQLiteColumn;
  state: SQLiteColumn;
  attempts: SQLiteColumn;
  nextAttemptAt: SQLiteColumn;
  leaseUntil: SQLiteColumn;
  updatedAt: SQLiteColumn;
};

export interface LeaseSettings {
  /** How long a claimed row is ours; a dispatcher that dies is replaced after it. At least twice the send timeout. */
  leaseMs?: number | undefined;
  /** The longest one send can take (the sender gives up after it): what sizes a claim to its lease. */
  sendTimeoutMs?: number | undefined;
  /** After this long since it was written, a row that keeps failing is given up and marked failed. */
  maxAgeMs?: number | undefined;
  batchSize?: number | undefined;
  /** Sends in flight at once. */
  concurrency?: number | undefined;
}

export const OUTBOX_DEFAULTS = { leaseMs: 60_000, sendTimeoutMs: 10_000, maxAgeMs: 24 * 60 * 60 * 1000, batchSize: 50, concurrency: 4 } as const;
const BACKOFF_BASE_MS = 15_000;
const BACKOFF_CAP_MS = 30 * 60 * 1000;

/** Exponential backoff with jitter: 15 s, 30 s, 1 min, ... up to 30 min, each cut by up to half at random. */
export function backoffMs(attempts: number, random: () => number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling * (0.5 + random() * 0.5));
}

/**
 * When a failed attempt is tried again, or null when it is given up: after `maxAgeMs` since
 * the row was written, another wait would only deliver something long stale.
 */
export function nextAttemptAt(row: { attempts: number; createdAt: number }, now: number, settings: LeaseSettings & { random?: (() => number) | undefined }): number | null {
  const wait = backoffMs(row.attempts, settings.random ?? Math.random);
  return now + wait - row.createdAt > (settings.maxAgeMs ?? OUTBOX_DEFAULTS.maxAgeMs) ? null : now + wait;
}

/**
 * How many rows one claim may take. Each of `concurrency` workers sends its share one after
 * another, each send bounded by the send timeout; the whole claim must be sent within half
 * the lease, or a row still waiting its turn would see its lease end and be claimed, and
 * sent, by a second dispatcher.
 */
export function claimSize(settings: LeaseSettings): number {
  const leaseMs = settings.leaseMs ?? OUTBOX_DEFAULTS.leaseMs;
  const sendTimeoutMs = settings.sendTimeoutMs ?? OUTBOX_DEFAULTS.sendTimeoutMs;
  const perWorker = Math.max(1, Math.floor(leaseMs / (2 * sendTimeoutMs)));
  return Math.min(settings.batchSize ?? OUTBOX_DEFAULTS.batchSize, (settings.concurrency ?? OUTBOX_DEFAULTS.concurrency) * perWorker);
}

export interface Claim<Row> {
  rows: Row[];
  /** The lease the rows are held under: an outcome is recorded only while it is still theirs. */
  leaseUntil: number;
  /** A full claim came back: more may be due at once. */
  more: boolean;
}

/**
 * The claim of one outbox table, prepared once per database, with a read that says whether
 * anything is due: most drains find nothing, and an UPDATE ... RETURNING that changes nothing
 * still costs eight times that read here (23 against 3 µs) and opens a write transaction.
 */
const claimStatements = perDatabase((db) => builtOncePer(new Map<LeasedTable, ReturnType<typeof prepareClaim>>(), (outbox) => prepareClaim(db, outbox)));

function prepareClaim(db: Database, outbox: LeasedTable) {
  const now = sql.placeholder('now');
  const due = or(and(eq(outbox.state, 'queued'), lte(outbox.nextAttemptAt, now)), and(eq(outbox.state, 'sending'), lt(outbox.leaseUntil, now)));
  const next = db.select({ id: outbox.id }).from(outbox).where(due).orderBy(asc(outbox.nextAttemptAt)).limit(sql.placeholder('size'));
  return {
    anyDue: db.select({ id: outbox.id }).from(outbox).where(due).limit(1).prepare(),
    claim: db
      .update(outbox)
      .set({ state: 'sending', leaseUntil: sql`${sql.placeholder('leaseUntil')}`, attempts: sql`${outbox.attempts} + 1`, updatedAt: sql`${now}` } as never)
      .where(and(inArray(outbox.id, next), due))
      .returning()
      .prepare(),
  };
}

/**
 * Claims what is due, sized to the lease, in one UPDATE: two dispatchers never claim the same
 * row, and a row whose dispatcher died mid-send is claimed again when its lease runs out.
 */
export async function claimDue<Row>(db: Database, outbox: LeasedTable, now: number, settings: LeaseSettings): Promise<Claim<Row>> {
  const leaseUntil = now + (settings.leaseMs ?? OUTBOX_DEFAULTS.leaseMs);
  const size = claimSize(settings);
  const statements = claimStatements(db)(outbox);
  if (!(await statements.anyDue.get({ now }))) return { rows: [], leaseUntil, more: false };
  const rows = (await statements.claim.all({ now, leaseUntil, size })) as Row[];
  return { rows, leaseUntil, more: rows.length === size };
}

/** The row is still ours: claimed under this lease and not taken over since. */
export function stillLeased(outbox: LeasedTable, id: number | Placeholder, leaseUntil: number | Placeholder): SQL | undefined {
  return and(eq(outbox.id, id), eq(outbox.state, 'sending'), eq(outbox.leaseUntil, leaseUntil));
}

/** Runs `send` over the claimed rows, at most `concurrency` at once. */
export async function sendEach<Row>(rows: Row[], settings: LeaseSettings, send: (row: Row) => Promise<void>): Promise<void> {
  let index = 0;
  const worker = async () => {
    while (index < rows.length) await send(rows[index++]!);
  };
  await Promise.all(Array.from({ length: Math.min(settings.concurrency ?? OUTBOX_DEFAULTS.concurrency, rows.length) }, worker));
}
