import type { Env } from '../config/parse-env.js';
import { sql } from 'drizzle-orm';
import { perDatabase } from '../db/built-once.js';
import type { Database } from '../db/database.js';
import { smsOutbox } from '../db/schema.js';
import type { Logger } from '../logging/logger.js';
import { claimDue, nextAttemptAt, sendEach, stillLeased, type LeaseSettings } from '../outbox/leased-outbox.js';
import { maskPhone } from '../phone/phone-number.js';
import type { SendOutcome, SmsGateway } from './sms-gateway.js';

export interface DrainDeps extends LeaseSettings {
  db: Database;
  gateway: SmsGateway;
  now: () => number;
  logger: Logger;
  senderId?: string | undefined;
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

/** What the dispatcher takes from the configuration: the sender, and the lease sized to the send timeout. */
export function drainSettings(env: Pick<Env, 'AT_SENDER_ID' | 'SMS_LEASE_MS' | 'SMS_TIMEOUT_MS'>) {
  return { senderId: env.AT_SENDER_ID, leaseMs: env.SMS_LEASE_MS, sendTimeoutMs: env.SMS_TIMEOUT_MS };
}

/**
 * Sends what is due in the SMS outbox, once each, through the leased outbox (claimed with a
 * lease in one UPDATE, a claim sized to be sent well within its lease, an outcome recorded
 * only while the lease is still ours).
 */
export async function drainOutbox(deps: DrainDeps): Promise<DrainResult> {
  const claim = await claimDue<typeof smsOutbox.$inferSelect>(deps.db, smsOutbox, deps.now(), deps);
  const result: DrainResult = { claimed: claim.rows.length, more: claim.more, sent: 0, retrying: 0, failed: 0 };
  await sendEach(claim.rows, deps, async (row) => {
    const outcome = await deps.gateway.send({ to: row.phone, message: row.body, from: deps.senderId });
    const recorded = await record(deps, row, claim.leaseUntil, outcome);
    if (recorded) result[recorded] += 1;
  });
  return result;
}

/** The two outcomes' UPDATEs, prepared once per database: one follows every SMS sent. */
const outcomeStatements = perDatabase((db) => {
  const value = (name: string) => sql`${sql.placeholder(name)}`;
  const ours = stillLeased(smsOutbox, sql.placeholder('id'), sql.placeholder('leaseUntil'));
  return {
    sent: db
      .update(smsOutbox)
      .set({ state: 'sent', gatewayMessageId: value('messageId'), gatewayStatusCode: value('statusCode'), cost: value('cost'), failureReason: null, leaseUntil: null, updatedAt: value('now') })
      .where(ours)
      .returning({ id: smsOutbox.id })
      .prepare(),
    notSent: db
      .update(smsOutbox)
      .set({ state: value('state'), gatewayStatusCode: value('statusCode'), failureReason: value('reason'), nextAttemptAt: value('nextAttemptAt'), leaseUntil: null, updatedAt: value('now') })
      .where(ours)
      .returning({ id: smsOutbox.id })
      .prepare(),
  };
});

async function record(deps: DrainDeps, row: typeof smsOutbox.$inferSelect, leaseUntil: number, outcome: SendOutcome): Promise<'sent' | 'retrying' | 'failed' | null> {
  const now = deps.now();
  const log = { sms: row.id, kind: row.kind, phone: maskPhone(row.phone), attempt: row.attempts };
  const statements = outcomeStatements(deps.db);
  const ours = { id: row.id, leaseUntil, now, statusCode: outcome.statusCode };
  let state: 'sent' | 'queued' | 'failed' = 'sent';
  let reason = '';
  let updated: unknown[];
  if (outcome.kind === 'accepted') {
    updated = await statements.sent.all({ ...ours, messageId: outcome.messageId, cost: outcome.cost });
  } else {
    const retryAt = nextAttemptAt(row, now, deps);
    state = outcome.kind === 'retry' && retryAt !== null ? 'queued' : 'failed';
    reason = state === 'failed' && outcome.kind === 'retry' ? `gave up after ${row.attempts} attempts: ${outcome.reason}` : outcome.reason;
    updated = await statements.notSent.all({ ...ours, state, reason, nextAttemptAt: state === 'queued' && retryAt !== null ? retryAt : row.nextAttemptAt });
  }
  if (updated.length === 0) {
    deps.logger.warn('sms outcome not recorded: the lease ran out and another dispatcher has the row', log);
    return null;
  }
  if (state !== 'sent') deps.logger.warn(state === 'queued' ? 'sms send will be retried' : 'sms send failed for good', { ...log, reason });
  return state === 'sent' ? 'sent' : state === 'queued' ? 'retrying' : 'failed';
}
