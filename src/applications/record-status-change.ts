import { and, eq, lt, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { applicationEvents, applications, citizens, services, smsOutbox, type ApplicationStatus } from '../db/schema.js';
import { writeAtomically } from '../db/write-atomically.js';
import { describeStatus } from '../domain/application-status.js';
import { STATUS_SMS_HOLD_MS } from '../domain/sms-limits.js';
import type { Language } from '../menu/menu-schema.js';
import { queueSms } from '../sms/queue-sms.js';

/** Where an application can go from each status; anything else is refused (the API answers 409). */
export const NEXT_STATUSES: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  submitted: ['under_review', 'approved', 'rejected', 'ready_for_collection', 'cancelled'],
  under_review: ['approved', 'rejected', 'ready_for_collection', 'cancelled'],
  approved: ['ready_for_collection', 'collected', 'cancelled'],
  rejected: ['under_review'],
  ready_for_collection: ['collected', 'cancelled'],
  collected: [],
  cancelled: [],
};

export interface StatusChange {
  reference: string;
  status: ApplicationStatus;
  /** The place to collect (ready_for_collection) or the reason (rejected): what the citizen reads next. */
  detail?: string | undefined;
  note?: string | undefined;
  /** Who made the change: an agency code, `citizen` or `system`. */
  actor: string;
  /** Only this agency's applications can be changed (an agency's key acts for its own only). */
  agencyCode: string;
  /**
   * The request that asks for it, unique to it: an agency's Idempotency-Key (with the event's
   * place in a batch), or a fresh id when it sent none. A retry with the same key finds the
   * change the first made and answers as it did, whatever happened since.
   */
  changeKey: string;
  now: number;
}

export type StatusChangeResult =
  | { kind: 'recorded'; from: ApplicationStatus; to: ApplicationStatus }
  | { kind: 'unchanged' }
  | { kind: 'not_found' }
  | { kind: 'invalid_transition'; from: ApplicationStatus; to: ApplicationStatus }
  | { kind: 'detail_required'; to: ApplicationStatus };

const NEEDS_DETAIL: readonly ApplicationStatus[] = ['rejected', 'ready_for_collection'];

/** Changes that raced and lost are read again and tried again; more than this many in a row is not a race. */
const ATTEMPTS = 5;

/**
 * Moves an application to a new status: the application, its history and the citizen's SMS
 * are written in one atomic write. The SMS is in the citizen's language, names the service,
 * the reference, the status in plain words and the next step; it is keyed by the event it
 * reports (the application and the event's place in its history), and it waits a moment, so
 * that a burst of changes to one application sends the latest status once.
 */
export async function recordStatusChange(db: Database, change: StatusChange): Promise<StatusChangeResult> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    const result = await attemptStatusChange(db, change);
    if (result !== 'lost_race') return result;
  }
  throw new Error(`the status change of ${change.reference} lost ${ATTEMPTS} races in a row`);
}

async function attemptStatusChange(db: Database, change: StatusChange): Promise<StatusChangeResult | 'lost_race'> {
  const row = await db
    .select({ application: applications, nameEn: services.nameEn, nameSw: services.nameSw, language: citizens.language })
    .from(applications)
    .innerJoin(services, eq(services.id, applications.serviceId))
    .leftJoin(citizens, eq(citizens.phone, applications.applicantPhone))
    .where(and(eq(applications.agencyCode, change.agencyCode), eq(applications.reference, change.reference)))
    .get();
  if (!row) return { kind: 'not_found' };
  const { id, version } = row.application;
  const made = await changeMadeBy(db, id, change.changeKey);
  if (made) return made;

  const from = row.application.status;
  if (from === change.status) return { kind: 'unchanged' };
  if (!NEXT_STATUSES[from].includes(change.status)) return { kind: 'invalid_transition', from, to: change.status };
  if (NEEDS_DETAIL.includes(change.status) && !change.detail?.trim()) return { kind: 'detail_required', to: change.status };

  const language: Language = row.language ?? 'en';
  const detail = change.detail?.trim() || null;
  const words = describeStatus(change.status, detail, language);
  const seq = version + 1;
  const dedupeKey = `status_update:${id}:${seq}`;
  await writeAtomically(db, [
    // Only from the version read above. A change that raced this one and won has written the
    // event at this place and its SMS under this key, so the two inserts below then do nothing.
    db
      .update(applications)
      .set({ status: change.status, statusDetail: detail, version: seq, updatedAt: change.now })
      .where(and(eq(applications.id, id), eq(applications.version, version))),
    db
      .insert(applicationEvents)
      .values({ applicationId: id, seq, fromStatus: from, status: change.status, note: change.note ?? detail, actor: change.actor, changeKey: change.changeKey, createdAt: change.now })
      .onConflictDoNothing(),
    queueSms(db, {
      kind: 'status_update',
      phone: row.application.applicantPhone,
      applicationId: id,
      causedBy: 'agency',
      language,
      dedupeKey,
      now: change.now,
      notBefore: change.now + STATUS_SMS_HOLD_MS,
      values: { reference: row.application.reference, service_name: language === 'sw' ? row.nameSw : row.nameEn, status: words.name, next_step: words.nextStep },
    }),
    // The status updates of this application still waiting are superseded by this one: only
    // those queued before it, so a late loser of a race never silences a newer update.
    db
      .update(smsOutbox)
      .set({ state: 'suppressed', failureReason: 'superseded by a later status update', updatedAt: change.now })
      .where(
        and(
          eq(smsOutbox.applicationId, id),
          eq(smsOutbox.kind, 'status_update'),
          eq(smsOutbox.state, 'queued'),
          lt(smsOutbox.id, sql`(select ${smsOutbox.id} from ${smsOutbox} where ${eq(smsOutbox.dedupeKey, dedupeKey)})`),
        ),
      ),
  ]);
  return (await changeMadeBy(db, id, change.changeKey)) ?? 'lost_race';
}

/** The change this request made before (a retry with the same key), as it was recorded. */
async function changeMadeBy(db: Database, applicationId: number, changeKey: string): Promise<StatusChangeResult | null> {
  const event = await db
    .select({ from: applicationEvents.fromStatus, to: applicationEvents.status })
    .from(applicationEvents)
    .where(and(eq(applicationEvents.applicationId, applicationId), eq(applicationEvents.changeKey, changeKey)))
    .get();
  if (!event) return null;
  return { kind: 'recorded', from: event.from ?? 'submitted', to: event.to };
}
