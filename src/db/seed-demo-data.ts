import { and, count, eq, getTableColumns } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Database } from './database.js';
import { demoAgencies, demoServices } from './demo-catalogue.js';
import { demoApplications, demoCitizens } from './demo-applications.js';
import { demoApplyForm } from './demo-apply-forms.js';
import { agencies, applicationEvents, applications, citizens, services, type ApplicationStatus } from './schema.js';

/** D1 binds at most 100 parameters per statement; inserts are cut to fit. */
const MAX_BOUND_PARAMETERS = 100;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Loads the demo catalogue, citizens and applications when the database has no agency yet.
 * Every insert ignores rows that exist, so a run that was cut short can be run again.
 * Returns whether it loaded anything.
 */
export async function seedDemoData(db: Database, now: number): Promise<boolean> {
  const existing = await db.select({ agencies: count() }).from(agencies).get();
  if ((existing?.agencies ?? 0) > 0) return false;

  const agencyRows = demoAgencies.map((agency) => ({
    code: agency.code,
    nameEn: agency.name.en,
    nameSw: agency.name.sw,
    shortNameEn: agency.shortName.en,
    shortNameSw: agency.shortName.sw,
    onboardingState: 'live' as const,
    createdAt: now,
    updatedAt: now,
  }));
  for (const rows of chunks(agencies, agencyRows)) await db.insert(agencies).values(rows).onConflictDoNothing();

  const serviceRows = demoServices.map((service) => ({
    agencyCode: service.agency,
    code: service.code,
    nameEn: service.name.en,
    nameSw: service.name.sw,
    descriptionEn: service.description.en,
    descriptionSw: service.description.sw,
    category: service.category,
    feeKes: service.feeKes,
    requirementsEn: service.requirements.en,
    requirementsSw: service.requirements.sw,
    processingTimeEn: service.processingTime.en,
    processingTimeSw: service.processingTime.sw,
    ussdApply: service.ussdApply,
    applyFields: applyFieldsJson(service),
    createdAt: now,
    updatedAt: now,
  }));
  for (const rows of chunks(services, serviceRows)) await db.insert(services).values(rows).onConflictDoNothing();

  for (const citizen of demoCitizens) {
    await db
      .insert(citizens)
      .values({ phone: citizen.phone, language: citizen.language, createdAt: now, updatedAt: now })
      .onConflictDoNothing();
  }

  for (const demo of demoApplications) {
    const service = await db
      .select({ id: services.id, feeKes: services.feeKes })
      .from(services)
      .where(and(eq(services.agencyCode, demo.agency), eq(services.code, demo.service)))
      .get();
    if (!service) throw new Error(`demo application ${demo.reference}: no service ${demo.agency}/${demo.service}`);
    const history = demo.history.map((step) => ({ ...step, at: now - step.daysAgo * DAY_MS }));
    const latest = history[history.length - 1]!;
    const inserted = await db
      .insert(applications)
      .values({
        reference: demo.reference,
        agencyCode: demo.agency,
        serviceId: service.id,
        applicantPhone: demo.phone,
        status: latest.status,
        statusDetail: latest.detail ?? null,
        feeDueKes: demo.feePaid ? 0 : service.feeKes,
        channel: demo.channel,
        version: history.length - 1,
        createdAt: history[0]!.at,
        updatedAt: latest.at,
      })
      .onConflictDoNothing()
      .returning({ id: applications.id });
    const applicationId = inserted[0]?.id;
    if (applicationId === undefined) continue;
    const events = history.map((step, seq) => ({
      applicationId,
      seq,
      fromStatus: seq === 0 ? null : (history[seq - 1]!.status as ApplicationStatus),
      status: step.status as ApplicationStatus,
      note: step.detail ?? null,
      actor: step.status === 'submitted' ? 'citizen' : demo.agency,
      createdAt: step.at,
    }));
    for (const rows of chunks(applicationEvents, events)) await db.insert(applicationEvents).values(rows);
  }
  return true;
}

function applyFieldsJson(service: Parameters<typeof demoApplyForm>[0]): string | null {
  const form = demoApplyForm(service);
  return form ? JSON.stringify(form) : null;
}

/** Rows cut into inserts that bind at most 100 values, counting every column of the table. */
function chunks<T>(table: SQLiteTable, rows: T[]): T[][] {
  const columns = Object.keys(getTableColumns(table)).length;
  const size = Math.max(1, Math.floor(MAX_BOUND_PARAMETERS / columns));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}
