import { and, asc, desc, eq, gt, gte, lt, type SQL } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { applications, services, type ApplicationStatus } from '../db/schema.js';
import type { ApplicationRow } from './application-json.js';

export type ListOrder = 'newest' | 'oldest';

export interface ApplicationFilter {
  agencyCode: string;
  status?: ApplicationStatus | undefined;
  serviceId?: number | undefined;
  channel?: (typeof applications.$inferSelect)['channel'] | undefined;
  /** Created at or after (ms). */
  from?: number | undefined;
  /** Created before (ms). */
  to?: number | undefined;
}

export interface ApplicationPage {
  rows: ApplicationRow[];
  /** The id of the page's last application, to continue after (null for an empty page). */
  lastId: number | null;
  /** More match beyond this page already. */
  more: boolean;
}

/**
 * One page of an agency's applications, in the order they were written (ids are assigned by
 * SQLite's single writer, so id order is commit order) and continued after the last id seen.
 * Paging on the id rather than a time or an offset is what keeps it stable: an application
 * written while an agency pages through lands before the first page (newest first) or after
 * the last (oldest first), never between pages, so none is missed or repeated.
 */
export async function listApplications(db: Database, filter: ApplicationFilter, page: { order: ListOrder; limit: number; afterId?: number | undefined }): Promise<ApplicationPage> {
  const conditions: (SQL | undefined)[] = [
    eq(applications.agencyCode, filter.agencyCode),
    filter.status === undefined ? undefined : eq(applications.status, filter.status),
    filter.serviceId === undefined ? undefined : eq(applications.serviceId, filter.serviceId),
    filter.channel === undefined ? undefined : eq(applications.channel, filter.channel),
    filter.from === undefined ? undefined : gte(applications.createdAt, filter.from),
    filter.to === undefined ? undefined : lt(applications.createdAt, filter.to),
    page.afterId === undefined ? undefined : page.order === 'newest' ? lt(applications.id, page.afterId) : gt(applications.id, page.afterId),
  ];
  const found = await db
    .select({ application: applications, serviceCode: services.code })
    .from(applications)
    .innerJoin(services, eq(services.id, applications.serviceId))
    .where(and(...conditions))
    .orderBy(page.order === 'newest' ? desc(applications.id) : asc(applications.id))
    .limit(page.limit + 1);
  const rows = found.slice(0, page.limit);
  return { rows, lastId: rows.at(-1)?.application.id ?? null, more: found.length > page.limit };
}
