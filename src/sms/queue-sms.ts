import { eq, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { citizens, smsOutbox } from '../db/schema.js';
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
  /** Sent even to a citizen who opted out: only the confirmation of STOP itself. */
  ignoreOptOut?: boolean;
}

/**
 * The insert that puts an SMS in the outbox, for the caller to run alone or in one atomic
 * write with its cause. A citizen who turned SMS updates off gets nothing: the row is kept
 * as `suppressed`, decided in the same statement so it cannot race with the opt-out.
 */
export function queueSms(db: Database, sms: SmsToQueue) {
  const body = renderSms(sms.kind, sms.language, sms.values);
  const optedOut = sql<number>`coalesce((select ${citizens.smsOptOut} from ${citizens} where ${eq(citizens.phone, sms.phone)}), 0)`;
  return db
    .insert(smsOutbox)
    .values({
      dedupeKey: sms.dedupeKey,
      kind: sms.kind,
      phone: sms.phone,
      language: sms.language,
      body,
      segments: smsSegments(body),
      state: sms.ignoreOptOut ? 'queued' : sql`case when ${optedOut} then 'suppressed' else 'queued' end`,
      nextAttemptAt: sms.now,
      createdAt: sms.now,
      updatedAt: sms.now,
    })
    .onConflictDoNothing({ target: smsOutbox.dedupeKey });
}
