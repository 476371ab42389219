import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { applicationEvents, applications, citizens, services, type ApplicationStatus } from '../db/schema.js';
import { writeAtomically } from '../db/write-atomically.js';
import { describeStatus } from '../domain/application-status.js';
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
  agencyCode?: string | undefined;
  /** Makes a repeat of the same change (a retried request) queue no second SMS. */
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

/**
 * Moves an application to a new status: the application, its history and the citizen's SMS
 * are written in one atomic write. The SMS is in the citizen's language, names the service,
 * the reference, the status in plain words and the next step.
 */
export async function recordStatusChange(db: Database, change: StatusChange): Promise<StatusChangeResult> {
  const row = await db
    .select({ application: applications, agencyCode: services.agencyCode, nameEn: services.nameEn, nameSw: services.nameSw, language: citizens.language })
    .from(applications)
    .innerJoin(services, eq(services.id, applications.serviceId))
    .leftJoin(citizens, eq(citizens.phone, applications.applicantPhone))
    .where(eq(applications.reference, change.reference))
    .get();
  if (!row || (change.agencyCode !== undefined && row.agencyCode !== change.agencyCode)) return { kind: 'not_found' };
  const from = row.application.status;
  if (from === change.status) return { kind: 'unchanged' };
  if (!NEXT_STATUSES[from].includes(change.status)) return { kind: 'invalid_transition', from, to: change.status };
  if (NEEDS_DETAIL.includes(change.status) && !change.detail?.trim()) return { kind: 'detail_required', to: change.status };

  const language: Language = row.language ?? 'en';
  const detail = change.detail?.trim() || null;
  const words = describeStatus(change.status, detail, language);
  const { id } = row.application;
  await writeAtomically(db, [
    // Only from the status read above: a change that raced this one wins, and this one writes nothing.
    db
      .update(applications)
      .set({ status: change.status, statusDetail: detail, updatedAt: change.now })
      .where(and(eq(applications.id, id), eq(applications.status, from))),
    db.insert(applicationEvents).select(
      sql`select null, ${applications.id}, ${change.status}, ${change.note ?? detail}, ${change.actor}, ${change.now} from ${applications}
          where ${applications.id} = ${id} and ${applications.status} = ${change.status} and ${applications.updatedAt} = ${change.now}`,
    ),
    queueSms(db, {
      kind: 'status_update',
      phone: row.application.applicantPhone,
      language,
      dedupeKey: `status_update:${change.changeKey}`,
      now: change.now,
      values: { reference: row.application.reference, service_name: language === 'sw' ? row.nameSw : row.nameEn, status: words.name, next_step: words.nextStep },
    }),
  ]);
  return { kind: 'recorded', from, to: change.status };
}
