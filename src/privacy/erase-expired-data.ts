import { and, inArray, isNotNull, lt, ne, sql } from 'drizzle-orm';
import { LOOKUP_WINDOW_MS } from '../applications/look-up-application.js';
import type { Env } from '../config/parse-env.js';
import type { Database } from '../db/database.js';
import { applications, idempotencyRecords, smsOutbox, statusLookupFailures } from '../db/schema.js';
import { FINISHED_STATUSES } from '../domain/application-status.js';

export interface RetentionSettings {
  /** How long a final SMS keeps its text and phone number, from its last change. */
  smsMs: number;
  /** How long a finished application keeps what the citizen typed when applying, from its last change. */
  answersMs: number;
}

export interface EraseDeps {
  db: Database;
  now: () => number;
  settings: RetentionSettings;
  /** Rows each rule handles per call at most, so a run never holds the database for long. */
  limit?: number;
}

export interface ErasedCounts {
  /** SMS whose text and phone number were blanked. */
  smsErased: number;
  /** Status look-ups that found nothing, deleted once the lockout window no longer needs them. */
  lookupFailuresDeleted: number;
  /** Stored API answers (they name the applicant's phone), deleted after a day. */
  idempotencyRecordsDeleted: number;
  /** Finished applications whose answers (ID number, name, ...) were erased. */
  answersErased: number;
}

/** Stripe keeps an Idempotency-Key's answer for 24 hours; agencies retry within minutes. */
export const IDEMPOTENCY_RECORD_MS = 24 * 60 * 60 * 1000;
/** No send, retry or delivery report changes these again. */
const FINAL_SMS_STATES = ['sent', 'delivered', 'failed', 'suppressed'] as const;
const DEFAULT_LIMIT = 500;

/** SMS_RETENTION_DAYS and ANSWERS_RETENTION_DAYS in the units the run works in. */
export function retentionSettings(env: Pick<Env, 'SMS_RETENTION_DAYS' | 'ANSWERS_RETENTION_DAYS'>): RetentionSettings {
  return { smsMs: env.SMS_RETENTION_DAYS * 86_400_000, answersMs: env.ANSWERS_RETENTION_DAYS * 86_400_000 };
}

/**
 * Erases the personal data that has outlived its purpose, outside the USSD sessions (which
 * sweepSessions keeps): SMS texts and numbers, look-up failures, stored API answers and the
 * answers of finished applications. Each rule is one statement that picks at most `limit` rows
 * still to erase, so runs from several places at once neither collide nor count a row twice,
 * and a backlog is worked off over several runs. Rows that counts are made of stay.
 */
export async function eraseExpiredData(deps: EraseDeps): Promise<ErasedCounts> {
  const { db, settings } = deps;
  const now = deps.now();
  const limit = deps.limit ?? DEFAULT_LIMIT;

  // A blank phone marks an erased SMS: its kind, state, cost and dates stay for the counts. The
  // unary + keeps SQLite off the (state, next_attempt_at) index, which visits every final row
  // through the index (2.5 times slower than a scan of the table, measured at 1M rows).
  const expiredSms = db
    .select({ id: smsOutbox.id })
    .from(smsOutbox)
    .where(and(ne(smsOutbox.phone, ''), inArray(sql`+${smsOutbox.state}`, FINAL_SMS_STATES), lt(smsOutbox.updatedAt, now - settings.smsMs)))
    .limit(limit);
  const sms = await db.update(smsOutbox).set({ body: '', phone: '' }).where(inArray(smsOutbox.id, expiredSms)).returning({ id: smsOutbox.id });

  // A look-up counts towards the lockout only within LOOKUP_WINDOW_MS (look-up-application.ts).
  const pastWindow = db
    .select({ id: statusLookupFailures.id })
    .from(statusLookupFailures)
    .where(lt(statusLookupFailures.createdAt, now - LOOKUP_WINDOW_MS))
    .limit(limit);
  const lookups = await db.delete(statusLookupFailures).where(inArray(statusLookupFailures.id, pastWindow)).returning({ id: statusLookupFailures.id });

  // The table is keyed by (scope, key): its rowid picks the rows as one column.
  const rowid = sql<number>`rowid`;
  const pastDay = db.select({ rowid }).from(idempotencyRecords).where(lt(idempotencyRecords.createdAt, now - IDEMPOTENCY_RECORD_MS)).limit(limit);
  const records = await db.delete(idempotencyRecords).where(inArray(rowid, pastDay)).returning({ key: idempotencyRecords.key });

  const finished = db
    .select({ id: applications.id })
    .from(applications)
    .where(and(isNotNull(applications.answers), inArray(applications.status, FINISHED_STATUSES), lt(applications.updatedAt, now - settings.answersMs)))
    .limit(limit);
  const answers = await db.update(applications).set({ answers: null }).where(inArray(applications.id, finished)).returning({ id: applications.id });

  return { smsErased: sms.length, lookupFailuresDeleted: lookups.length, idempotencyRecordsDeleted: records.length, answersErased: answers.length };
}
