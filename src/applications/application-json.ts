import { asc, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/database.js';
import { APPLICATION_STATUSES, applicationEvents, applications } from '../db/schema.js';

const iso = (ms: number) => new Date(ms).toISOString();

/** One step of an application's history, as agencies read it. */
export const ApplicationEventJson = z.object({
  seq: z.number().int().describe("Its place in the history: 0 for the first, then the application's version after it"),
  from: z.enum(APPLICATION_STATUSES).nullable().describe('The status it moved from; null for the first'),
  status: z.enum(APPLICATION_STATUSES),
  note: z.string().nullable(),
  by: z.string().describe('An agency code, `citizen` or `system`'),
  at: z.iso.datetime(),
});

/** An application as the API answers it and as webhooks carry it: one shape wherever an agency reads one. */
export const ApplicationJson = z.object({
  reference: z.string(),
  service: z.string().describe("The service's code"),
  applicantPhone: z.string().describe('E.164, e.g. +254711000111'),
  status: z.enum(APPLICATION_STATUSES),
  statusDetail: z.string().nullable().describe('Where to collect (ready_for_collection) or why it was rejected'),
  feeDueKes: z.number().int(),
  channel: z.enum(['ussd', 'web', 'counter', 'agency_api']).describe('Where the citizen applied: ussd is by phone on this channel'),
  answers: z
    .record(z.string(), z.string())
    .nullable()
    .describe("What the citizen typed when applying by phone, by the field's name (e.g. id_number, full_name, county); null for other channels, and once erased after the application finished"),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  history: z.array(ApplicationEventJson).describe('Oldest first'),
});
export type ApplicationJson = z.infer<typeof ApplicationJson>;

export interface ApplicationRow {
  application: typeof applications.$inferSelect;
  serviceCode: string;
}

/**
 * Applications as agencies read them, with their histories: one query for the histories of
 * all of them (a page of a list costs two queries, not one per application).
 */
export async function applicationsJson(db: Database, rows: readonly ApplicationRow[]): Promise<ApplicationJson[]> {
  if (rows.length === 0) return [];
  const events = await db
    .select()
    .from(applicationEvents)
    .where(
      inArray(
        applicationEvents.applicationId,
        rows.map((row) => row.application.id),
      ),
    )
    .orderBy(asc(applicationEvents.applicationId), asc(applicationEvents.seq), asc(applicationEvents.id));
  const histories = new Map<number, z.infer<typeof ApplicationEventJson>[]>();
  for (const event of events) {
    const history = histories.get(event.applicationId) ?? [];
    history.push({ seq: event.seq, from: event.fromStatus, status: event.status, note: event.note, by: event.actor, at: iso(event.createdAt) });
    histories.set(event.applicationId, history);
  }
  return rows.map(({ application, serviceCode }) => ({ ...applicationView(application, serviceCode), history: histories.get(application.id) ?? [] }));
}

/**
 * An application without its history, as the `application.created` webhook carries it: the same
 * fields as the API's answers, so an agency handles both with one parser.
 */
export function applicationView(
  application: Pick<typeof applications.$inferSelect, 'reference' | 'applicantPhone' | 'status' | 'statusDetail' | 'feeDueKes' | 'channel' | 'answers' | 'createdAt' | 'updatedAt'>,
  serviceCode: string,
): Omit<ApplicationJson, 'history'> {
  return {
    reference: application.reference,
    service: serviceCode,
    applicantPhone: application.applicantPhone,
    status: application.status,
    statusDetail: application.statusDetail,
    feeDueKes: application.feeDueKes,
    channel: application.channel,
    answers: parseAnswers(application.answers),
    createdAt: iso(application.createdAt),
    updatedAt: iso(application.updatedAt),
  };
}

/** The stored answers (written by the apply journey as a flat JSON object of strings), or null. */
function parseAnswers(stored: string | null): Record<string, string> | null {
  if (stored === null) return null;
  try {
    const parsed = z.record(z.string(), z.string()).safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
