import { and, count, desc, eq, gt, min, sql, type SQL } from 'drizzle-orm';
import { perDatabase, perLanguage } from '../db/built-once.js';
import type { Database } from '../db/database.js';
import { applications, payments, services, statusLookupFailures } from '../db/schema.js';
import { describeStatus } from '../domain/application-status.js';
import { ECITIZEN_PAYBILL, totalPayable } from '../domain/convenience-fee.js';
import type { Language } from '../menu/menu-schema.js';
import { formatDate, formatKes, formatTime } from '../text/kenyan-formats.js';

/** Five look-ups that find nothing within an hour lock a phone's look-ups until the oldest is an hour old. */
export const LOOKUP_LIMIT = 5;
export const LOOKUP_WINDOW_MS = 60 * 60 * 1000;

export interface LookUp {
  phone: string;
  lang: Language;
  /** Where the look-up came from (session and hop, or an inbound SMS): a repeat counts once. */
  idempotencyKey: string;
  now: number;
}

/** An application row with its service's name in the citizen's language. */
export type OwnApplication = NonNullable<Awaited<ReturnType<typeof findOwnApplication>>>;

/** Which application: by its reference (typed by the citizen) or by its id (chosen from their list). */
export type WhichApplication = { reference: string } | { id: number };

/** The look-ups' statements: a status check is one of the commonest hops. */
function prepareLookUps(db: Database) {
  const own = (which: SQL) =>
    perLanguage((lang) =>
      db
        .select({ application: applications, serviceName: lang === 'sw' ? services.nameSw : services.nameEn, paidKes: paidKes() })
        .from(applications)
        .innerJoin(services, eq(services.id, applications.serviceId))
        .where(and(which, eq(applications.applicantPhone, sql.placeholder('phone'))))
        // References are unique per agency: should two agencies' applications of one phone share
        // one, the newest is the one the citizen most likely means.
        .orderBy(desc(applications.id))
        .limit(1)
        .prepare(),
    );
  return {
    byReference: own(eq(applications.reference, sql.placeholder('reference'))),
    byId: own(eq(applications.id, sql.placeholder('id'))),
    misses: db
      .select({ misses: count(), oldest: min(statusLookupFailures.createdAt) })
      .from(statusLookupFailures)
      .where(and(eq(statusLookupFailures.phone, sql.placeholder('phone')), gt(statusLookupFailures.createdAt, sql.placeholder('since'))))
      .prepare(),
  };
}

/** Prepared once per database, on first use. */
const lookUpsFor = perDatabase(prepareLookUps);

/** What the status screen and the STATUS SMS say of a fee paid by M-Pesa, before the next step. */
export const PAID_NOTE = { en: 'Paid KES {total} by M-Pesa.', sw: 'Limelipiwa KES {total} kwa M-Pesa.' } as const;

/** What was paid for the application by M-Pesa from the phone, or null: at most one push is ever paid. */
const paidKes = () =>
  sql<number | null>`(select ${payments.amountKes} from ${payments} where ${payments.applicationId} = ${applications.id} and ${payments.state} = 'paid' limit 1)`;

/** The application, only if this phone applied for it. */
export async function findOwnApplication(db: Database, phone: string, lang: Language, which: WhichApplication) {
  const lookUps = lookUpsFor(db);
  const row = 'reference' in which
    ? await lookUps.byReference(lang).get({ phone, reference: which.reference })
    : await lookUps.byId(lang).get({ phone, id: which.id });
  return row ?? null;
}

/**
 * Looks up a reference for a phone, by USSD or SMS alike. Any phone but the applicant's is
 * answered as for a reference that does not exist, so nobody learns that it exists, and the
 * miss counts towards the phone's limit.
 */
export async function lookUpApplication(db: Database, reference: string, lookUp: LookUp): Promise<{ locked: string } | { found: OwnApplication } | { missing: true }> {
  const since = lookUp.now - LOOKUP_WINDOW_MS;
  const misses = await lookUpsFor(db).misses.get({ phone: lookUp.phone, since });
  if ((misses?.misses ?? 0) >= LOOKUP_LIMIT) return { locked: formatTime((misses?.oldest ?? lookUp.now) + LOOKUP_WINDOW_MS, lookUp.lang) };
  const found = await findOwnApplication(db, lookUp.phone, lookUp.lang, { reference });
  if (found) return { found };
  await db
    .insert(statusLookupFailures)
    .values({ phone: lookUp.phone, idempotencyKey: lookUp.idempotencyKey, createdAt: lookUp.now })
    .onConflictDoNothing();
  return { missing: true };
}

/** What screens and SMS say about an application: status in plain words, next step, what is due. */
export function describeApplication(row: OwnApplication, lang: Language) {
  const { application } = row;
  const status = describeStatus(application.status, application.statusDetail, lang);
  const open = !['rejected', 'cancelled', 'collected'].includes(application.status);
  const paid = row.paidKes !== null;
  return {
    reference: application.reference,
    service_name: row.serviceName,
    status: status.name,
    next_step: paid ? `${PAID_NOTE[lang].replace('{total}', formatKes(row.paidKes ?? 0))} ${status.nextStep}` : status.nextStep,
    updated: formatDate(application.updatedAt),
    fee_due: open && application.feeDueKes > 0 && !paid ? 'yes' : 'no',
    paid: paid ? 'yes' : 'no',
    paid_total: paid ? formatKes(row.paidKes ?? 0) : '',
    total: formatKes(totalPayable(application.feeDueKes)),
    paybill: ECITIZEN_PAYBILL,
  };
}
