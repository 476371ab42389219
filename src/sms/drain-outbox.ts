import { and, asc, eq, inArray, lt, lte, or, sql } from 'drizzle-orm';
import type { Env } from '../config/parse-env.js';
import type { Database } from '../db/database.js';
import { smsOutbox } from '../db/schema.js';
import type { Logger } from '../logging/logger.js';
import { maskPhone } from '../phone/phone-number.js';
import type { SendOutcome, SmsGateway } from './sms-gateway.js';

export interface DrainDeps {
  db: Database;
  gateway: SmsGateway;
  now: () => number;
  logger: Logger;
  senderId?: string | undefined;
  /** How long a claimed row is ours; a dispatcher that dies is replaced after it. At least twice the send timeout. */
  leaseMs?: number;
  /** The longest one send can take (the gateway gives up after it): what sizes a claim to its lease. */
  sendTimeoutMs?: number;
  /** After this long since it was queued, an SMS that keeps failing is given up and marked failed. */
  maxAgeMs?: number;
  batchSize?: number;
  /** Sends in flight at once. */
  concurrency?: number;
  random?: () => number;
}

export interface DrainResult {
  claimed: number;
  /** A full claim came back: more may be due at once. */
  more: boolean;
  sent: number;
  retrying: number;
  failed: number;
}

export const DRAIN_DEFAULTS = { leaseMs: 60_000, sendTimeoutMs: 10_000, maxAgeMs: 24 * 60 * 60 * 1000, batchSize: 50, concurrency: 4 } as const;
const BACKOFF_BASE_MS = 15_000;
const BACKOFF_CAP_MS = 30 * 60 * 1000;

/** Exponential backoff with jitter: 15 s, 30 s, 1 min, ... up to 30 min, each cut by up to half at random. */
export function backoffMs(attempts: number, random: () => number): number {
  const ceiling = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling * (0.5 + random() * 0.5));
}

/** What the dispatcher takes from the configuration: the sender, and the lease sized to the send timeout. */
export function drainSettings(env: Pick<Env, 'AT_SENDER_ID' | 'SMS_LEASE_MS' | 'SMS_TIMEOUT_MS'>) {
  return { senderId: env.AT_SENDER_ID, leaseMs: env.SMS_LEASE_MS, sendTimeoutMs: env.SMS_TIMEOUT_MS };
}

/**
 * How many rows one claim may take. Each of `concurrency` workers sends its share one after
 * another, each send bounded by the send timeout; the whole claim must be sent within half
 * the lease, or a row still waiting its turn would see its lease end and be claimed, and
 * sent, by a second dispatcher.
 */
export function claimSize(deps: Pick<DrainDeps, 'leaseMs' | 'sendTimeoutMs' | 'batchSize' | 'concurrency'>): number {
  const leaseMs = deps.leaseMs ?? DRAIN_DEFAULTS.leaseMs;
  const sendTimeoutMs = deps.sendTimeoutMs ?? DRAIN_DEFAULTS.sendTimeoutMs;
  const perWorker = Math.max(1, Math.floor(leaseMs / (2 * sendTimeoutMs)));
  return Math.min(deps.batchSize ?? DRAIN_DEFAULTS.batchSize, (deps.concurrency ?? DRAIN_DEFAULTS.concurrency) * perWorker);
}

/**
 * Sends what is due in the outbox, once each. Rows are claimed with a lease in one UPDATE, so
 * two dispatchers never claim the same row, and a row whose dispatcher died mid-send is claimed
 * again when its lease runs out. A claim is sized to be sent well within its lease. An outcome
 * is recorded only while the lease is still ours.
 */
export async function drainOutbox(deps: DrainDeps): Promise<DrainResult> {
  const { db } = deps;
  const now = deps.now();
  const leaseUntil = now + (deps.leaseMs ?? DRAIN_DEFAULTS.leaseMs);
  const size = claimSize(deps);
  const due = or(and(eq(smsOutbox.state, 'queued'), lte(smsOutbox.nextAttemptAt, now)), and(eq(smsOutbox.state, 'sending'), lt(smsOutbox.leaseUntil, now)));
  const next = db.select({ id: smsOutbox.id }).from(smsOutbox).where(due).orderBy(asc(smsOutbox.nextAttemptAt)).limit(size);
  const claimed = await db
    .update(smsOutbox)
    .set({ state: 'sending', leaseUntil, attempts: sql`${smsOutbox.attempts} + 1`, updatedAt: now })
    .where(and(inArray(smsOutbox.id, next), due))
    .returning();

  const result: DrainResult = { claimed: claimed.length, more: claimed.length === size, sent: 0, retrying: 0, failed: 0 };
  let index = 0;
  const worker = async () => {
    while (index < claimed.length) {
      const row = claimed[index++]!;
      const outcome = await deps.gateway.send({ to: row.phone, message: row.body, from: deps.senderId });
      const recorded = await record(deps, row, leaseUntil, outcome);
      if (recorded) result[recorded] += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(deps.concurrency ?? DRAIN_DEFAULTS.concurrency, claimed.length) }, worker));
  return result;
}

async function record(deps: DrainDeps, row: typeof smsOutbox.$inferSelect, leaseUntil: number, outcome: SendOutcome): Promise<'sent' | 'retrying' | 'failed' | null> {
  const now = deps.now();
  const ours = and(eq(smsOutbox.id, row.id), eq(smsOutbox.state, 'sending'), eq(smsOutbox.leaseUntil, leaseUntil));
  const log = { sms: row.id, kind: row.kind, phone: maskPhone(row.phone), attempt: row.attempts };
  let state: 'sent' | 'queued' | 'failed';
  let changes: Partial<typeof smsOutbox.$inferInsert>;
  if (outcome.kind === 'accepted') {
    state = 'sent';
    changes = { gatewayMessageId: outcome.messageId, gatewayStatusCode: outcome.statusCode, cost: outcome.cost, failureReason: null };
  } else {
    const wait = backoffMs(row.attempts, deps.random ?? Math.random);
    const tooOld = now + wait - row.createdAt > (deps.maxAgeMs ?? DRAIN_DEFAULTS.maxAgeMs);
    state = outcome.kind === 'retry' && !tooOld ? 'queued' : 'failed';
    const reason = state === 'failed' && outcome.kind === 'retry' ? `gave up after ${row.attempts} attempts: ${outcome.reason}` : outcome.reason;
    changes = { gatewayStatusCode: outcome.statusCode, failureReason: reason, nextAttemptAt: state === 'queued' ? now + wait : row.nextAttemptAt };
  }
  const updated = await deps.db
    .update(smsOutbox)
    .set({ ...changes, state, leaseUntil: null, updatedAt: now })
    .where(ours)
    .returning({ id: smsOutbox.id });
  if (updated.length === 0) {
    deps.logger.warn('sms outcome not recorded: the lease ran out and another dispatcher has the row', log);
    return null;
  }
  if (state !== 'sent') deps.logger.warn(state === 'queued' ? 'sms send will be retried' : 'sms send failed for good', { ...log, reason: changes.failureReason ?? '' });
  return state === 'sent' ? 'sent' : state === 'queued' ? 'retrying' : 'failed';
}
