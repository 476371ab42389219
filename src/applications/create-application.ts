import { sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { applicationEvents, applications } from '../db/schema.js';
import { writeAtomically, writeOfOneShape, type Statement } from '../db/write-atomically.js';
import { newReference } from '../domain/new-reference.js';
import type { Language } from '../menu/menu-schema.js';
import { queueSms } from '../sms/queue-sms.js';
import { queueWebhookEvent } from '../webhooks/queue-webhook-event.js';
import { applicationView } from './application-json.js';

export interface NewApplication {
  reference: string;
  agencyCode: string;
  serviceId: number;
  /** The service's code, as the agency's `application.created` webhook names it. */
  serviceCode: string;
  applicantPhone: string;
  channel: 'ussd' | 'web' | 'counter';
  feeDueKes: number;
  /** What the citizen typed when applying by phone, as JSON. */
  answers?: string | null;
  /**
   * What makes a repeat of the same request create nothing: a USSD confirmation's session and
   * service, an agency's Idempotency-Key or its reference. Each kind in its own namespace.
   */
  idempotencyKey: string;
  /** Who made it (`citizen`, or the agency that registered it) and the note of its first event. */
  actor: string;
  note: string | null;
  now: number;
  /** The confirmation SMS, in the applicant's language (its `reference` is filled in here). */
  sms: { language: Language; values: Record<string, string>; causedBy: 'citizen' | 'agency' };
}

/** A reference given for a new application that the agency already uses for another. */
export class ReferenceTakenError extends Error {
  override name = 'ReferenceTakenError';
}

/** References are drawn from 10^8: a second draw that also collides would mean a broken random source. */
const REFERENCE_DRAWS = 3;

/**
 * Creates an application, its first event, its confirmation SMS and, when a citizen applied by
 * phone, the agency's `application.created` webhooks in one atomic write. With
 * no `reference`, one is drawn, and drawn again should the agency already use it; a given
 * reference the agency already uses (another request registered it first) throws
 * ReferenceTakenError. Keyed by `idempotencyKey`: a repeat creates nothing, and the caller
 * reads the application by that key.
 */
export async function registerApplication(db: Database, application: Omit<NewApplication, 'reference'> & { reference?: string | undefined }): Promise<void> {
  for (let draw = 1; ; draw += 1) {
    const reference = application.reference ?? newReference();
    try {
      await writeAtomically(db, createApplication(db, { ...application, reference }));
      return;
    } catch (error) {
      if (!String(error).includes('applications.reference')) throw error;
      if (application.reference !== undefined) throw new ReferenceTakenError(`the agency already uses the reference ${reference}`);
      if (draw >= REFERENCE_DRAWS) throw error;
    }
  }
}

/**
 * The statements that create an application, its first event, its confirmation SMS and (made
 * by phone) its webhooks, for one atomic write. Keyed by `idempotencyKey`: running them again
 * (a retry, a replay) finds the application the first run created and writes nothing. The
 * event, the SMS and the webhooks find the new row by that key within the same write, since its
 * id is not known before.
 */
function createApplication(db: Database, application: NewApplication): Statement[] {
  const key = application.idempotencyKey;
  // The agency knows of what it registered itself; what a citizen made by phone it is told of.
  const webhooks =
    application.channel === 'ussd'
      ? [
          queueWebhookEvent(db, {
            agencyCode: application.agencyCode,
            type: 'application.created',
            dedupeKey: `application.created:${key}`,
            data: { application: applicationView({ ...application, status: 'submitted', statusDetail: null, answers: application.answers ?? null, createdAt: application.now, updatedAt: application.now }, application.serviceCode) },
            now: application.now,
            since: { applicationKey: key },
          }),
        ]
      : [];
  const row = {
    reference: application.reference,
    agencyCode: application.agencyCode,
    serviceId: application.serviceId,
    applicantPhone: application.applicantPhone,
    feeDueKes: application.feeDueKes,
    channel: application.channel,
    answers: application.answers ?? null,
    idempotencyKey: key,
    note: application.note,
    actor: application.actor,
    now: application.now,
  };
  return [
    insertApplication(db, row),
    insertFirstEvent(db, row),
    queueSms(db, {
      kind: 'application_received',
      phone: application.applicantPhone,
      applicationKey: key,
      causedBy: application.sms.causedBy,
      language: application.sms.language,
      dedupeKey: `application_received:${key}`,
      now: application.now,
      values: { ...application.sms.values, reference: application.reference },
    }),
    ...webhooks,
  ];
}

interface ApplicationRow extends Record<string, unknown> {
  reference: string;
  agencyCode: string;
  serviceId: number;
  applicantPhone: string;
  feeDueKes: number;
  channel: NewApplication['channel'];
  answers: string | null;
  idempotencyKey: string;
  note: string | null;
  actor: string;
  now: number;
}

const insertApplication = writeOfOneShape<ApplicationRow>((db, bind) =>
  db
    .insert(applications)
    .values({
      reference: bind('reference'),
      agencyCode: bind('agencyCode'),
      serviceId: bind('serviceId'),
      applicantPhone: bind('applicantPhone'),
      status: 'submitted',
      feeDueKes: bind('feeDueKes'),
      channel: bind('channel'),
      answers: bind('answers'),
      idempotencyKey: bind('idempotencyKey'),
      createdAt: bind('now'),
      updatedAt: bind('now'),
    })
    .onConflictDoNothing({ target: applications.idempotencyKey }),
);

/** The first event finds the new row by its key within the same write, since its id is not known before. */
const insertFirstEvent = writeOfOneShape<ApplicationRow>((db, bind) =>
  db
    .insert(applicationEvents)
    .values({
      applicationId: sql<number>`(select ${applications.id} from ${applications} where ${applications.idempotencyKey} = ${bind('idempotencyKey')})`,
      seq: 0,
      status: 'submitted',
      note: bind('note'),
      actor: bind('actor'),
      createdAt: bind('now'),
    })
    .onConflictDoNothing(),
);
