import { and, eq, gt, ne, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { citizens, smsOutbox } from '../db/schema.js';
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
  /** The application it is about: its id, or a subquery that finds it within the same atomic write. */
  applicationId?: number | SQL | undefined;
  /** Who caused it: SMS that agencies cause are capped per phone and day. */
  causedBy?: 'citizen' | 'agency';
  /** Not sent before this time (default: at once). */
  notBefore?: number | undefined;
}

export const OPTED_OUT_REASON = 'the citizen turned SMS updates off';
export const DAILY_LIMIT_REASON = `over the daily limit: ${AGENCY_SMS_PER_PHONE_PER_DAY} SMS caused by agencies to this phone in 24 hours`;

/**
 * The insert that puts an SMS in the outbox, for the caller to run alone or in one atomic
 * write with its cause. An SMS that will not be sent is kept as `suppressed` with its reason:
 * the citizen turned SMS updates off, or agencies already caused the day's ceiling of SMS to
 * this phone. Both are decided in the same statement, so neither races with the insert.
 */
export function queueSms(db: Database, sms: SmsToQueue) {
  const body = renderSms(sms.kind, sms.language, sms.values);
  const causedBy = sms.causedBy ?? 'citizen';
  const optedOut = sms.ignoreOptOut
    ? sql`0`
    : sql`coalesce((select ${citizens.smsOptOut} from ${citizens} where ${eq(citizens.phone, sms.phone)}), 0)`;
  const overDailyLimit =
    causedBy === 'agency'
      ? sql`(select count(*) from ${smsOutbox} where ${and(
          eq(smsOutbox.phone, sms.phone),
          eq(smsOutbox.causedBy, 'agency'),
          gt(smsOutbox.createdAt, sms.now - AGENCY_SMS_WINDOW_MS),
          ne(smsOutbox.state, 'suppressed'),
        )}) >= ${AGENCY_SMS_PER_PHONE_PER_DAY}`
      : sql`0`;
  return db
    .insert(smsOutbox)
    .values({
      dedupeKey: sms.dedupeKey,
      kind: sms.kind,
      applicationId: sms.applicationId ?? null,
      causedBy,
      phone: sms.phone,
      language: sms.language,
      body,
      segments: smsSegments(body),
      state: sql`case when ${optedOut} or ${overDailyLimit} then 'suppressed' else 'queued' end`,
      failureReason: sql`case when ${optedOut} then ${OPTED_OUT_REASON} when ${overDailyLimit} then ${DAILY_LIMIT_REASON} else null end`,
      nextAttemptAt: sms.notBefore ?? sms.now,
      createdAt: sms.now,
      updatedAt: sms.now,
    })
    .onConflictDoNothing({ target: smsOutbox.dedupeKey });
}
