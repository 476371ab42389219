import { and, eq, gt, ne, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { applications, citizens, smsOutbox } from '../db/schema.js';
import { builtOncePer } from '../db/built-once.js';
import { writeOfOneShape, type Statement } from '../db/write-atomically.js';
import { AGENCY_SMS_PER_PHONE_PER_DAY, AGENCY_SMS_WINDOW_MS } from '../domain/sms-limits.js';
import type { Language } from '../menu/menu-schema.js';
import { renderSms } from './render-sms.js';
import type { SmsKind } from './sms-templates.js';
import { smsSegments } from './sms-segments.js';

export interface SmsToQueue {
  kind: SmsKind;
  phone: string;
  language: Language;
  values: Readonly<Record<string, string>>;
  /** The cause (e.g. `application_received:<application>`): queueing the same cause twice is a no-op. */
  dedupeKey: string;
  now: number;
  /**
   * Sent even to a citizen who turned SMS updates off: what the citizen asked for there and then
   * ("Send me these by SMS", the confirmation of STOP itself), which is not an update.
   */
  ignoreOptOut?: boolean;
  /** The application it is about, by its id. */
  applicationId?: number | undefined;
  /** Or by its idempotency key: the application created in the same atomic write, whose id is not known before. */
  applicationKey?: string | undefined;
  /** Who caused it: SMS that agencies cause are capped per phone and day. */
  causedBy?: 'citizen' | 'agency';
  /** Not sent before this time (default: at once). */
  notBefore?: number | undefined;
}

export const OPTED_OUT_REASON = 'the citizen turned SMS updates off';
export const DAILY_LIMIT_REASON = `over the daily limit: ${AGENCY_SMS_PER_PHONE_PER_DAY} SMS caused by agencies to this phone in 24 hours`;

/** What the insert binds: everything but its shape (who caused it, opt-out heeded, how the application is found). */
interface SmsRow extends Record<string, unknown> {
  dedupeKey: string;
  kind: SmsKind;
  application: number | string | null;
  phone: string;
  language: Language;
  body: string;
  segments: number;
  nextAttemptAt: number;
  now: number;
  limitSince: number;
}

/** What decides an SMS insert's SQL: who caused it, whether the citizen's opt-out is heeded, how the application is found. */
interface SmsShape {
  causedBy: 'citizen' | 'agency';
  heedOptOut: boolean;
  applicationByKey: boolean;
}

/** The inserts built so far, one per shape. */
const smsInserts = new Map<string, (db: Database, row: SmsRow) => Statement>();

/** The insert of `shape`, built on first use: the SQL differs by shape only, never by the values it binds. */
function smsInsert(shape: SmsShape) {
  return builtOncePer(smsInserts, () => buildSmsInsert(shape))(`${shape.causedBy}:${shape.heedOptOut}:${shape.applicationByKey}`);
}

function buildSmsInsert({ causedBy, heedOptOut, applicationByKey }: SmsShape) {
  return writeOfOneShape<SmsRow>((db, bind) => {
    const optedOut = heedOptOut ? sql`coalesce((select ${citizens.smsOptOut} from ${citizens} where ${eq(citizens.phone, bind('phone'))}), 0)` : sql`0`;
    const overDailyLimit =
      causedBy === 'agency'
        ? sql`(select count(*) from ${smsOutbox} where ${and(
            eq(smsOutbox.phone, bind('phone')),
            eq(smsOutbox.causedBy, 'agency'),
            gt(smsOutbox.createdAt, bind('limitSince')),
            ne(smsOutbox.state, 'suppressed'),
          )}) >= ${AGENCY_SMS_PER_PHONE_PER_DAY}`
        : sql`0`;
    const application = applicationByKey ? sql`(select ${applications.id} from ${applications} where ${applications.idempotencyKey} = ${bind('application')})` : bind('application');
    return db
      .insert(smsOutbox)
      .values({
        dedupeKey: bind('dedupeKey'),
        kind: bind('kind'),
        applicationId: application as number | null,
        causedBy,
        phone: bind('phone'),
        language: bind('language'),
        body: bind('body'),
        segments: bind('segments'),
        state: sql`case when ${optedOut} or ${overDailyLimit} then 'suppressed' else 'queued' end`,
        failureReason: sql`case when ${optedOut} then ${OPTED_OUT_REASON} when ${overDailyLimit} then ${DAILY_LIMIT_REASON} else null end`,
        nextAttemptAt: bind('nextAttemptAt'),
        createdAt: bind('now'),
        updatedAt: bind('now'),
      })
      .onConflictDoNothing({ target: smsOutbox.dedupeKey });
  });
}

/**
 * The insert that puts an SMS in the outbox, for the caller to run alone or in one atomic
 * write with its cause. An SMS that will not be sent is kept as `suppressed` with its reason:
 * the citizen turned SMS updates off, or agencies already caused the day's ceiling of SMS to
 * this phone. Both are decided in the same statement, so neither races with the insert.
 */
export function queueSms(db: Database, sms: SmsToQueue): Statement {
  const body = renderSms(sms.kind, sms.language, sms.values);
  return smsInsert({ causedBy: sms.causedBy ?? 'citizen', heedOptOut: !sms.ignoreOptOut, applicationByKey: sms.applicationKey !== undefined })(db, {
    dedupeKey: sms.dedupeKey,
    kind: sms.kind,
    application: sms.applicationKey ?? sms.applicationId ?? null,
    phone: sms.phone,
    language: sms.language,
    body,
    segments: smsSegments(body),
    nextAttemptAt: sms.notBefore ?? sms.now,
    now: sms.now,
    limitSince: sms.now - AGENCY_SMS_WINDOW_MS,
  });
}
