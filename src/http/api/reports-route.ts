import { eq, sql, type AnyColumn, type SQL } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Database } from '../../db/database.js';
import { agencies, applicationEvents, applications, services, smsOutbox } from '../../db/schema.js';
import { FunnelPeriodQuery, funnelPeriod, ussdFunnel } from '../../ussd/ussd-funnel.js';
import { readQuery } from '../read-query.js';
import type { ApiEnv } from './api-env.js';
import { requireOperator } from './api-auth.js';

export interface ApiReportsDeps {
  db: Database;
  now: () => number;
}

/** One agency's progress onto the channel, as the onboarding report shows it. */
export const AgencyOnboarding = z.object({
  code: z.string(),
  name: z.object({ en: z.string(), sw: z.string() }),
  onboardingState: z.enum(['onboarding', 'live', 'suspended']),
  /** At least one live service: citizens can find it. */
  onboarded: z.boolean(),
  /** Live services. */
  services: z.number().int(),
  /** Live services citizens can apply for over USSD. */
  liveOnUssd: z.number().int(),
  applications: z.number().int(),
  /** SMS about its applications: sent = accepted by the gateway (delivered included). */
  sms: z.object({ sent: z.number().int(), delivered: z.number().int(), failed: z.number().int() }),
  /** The latest change to its services, applications or their history. */
  lastActivity: z.iso.datetime().nullable(),
});
export type AgencyOnboarding = z.infer<typeof AgencyOnboarding>;

/** Operator reports: the USSD funnel and where each agency stands in onboarding. */
export function apiReportsRoute(deps: ApiReportsDeps) {
  return new Hono<ApiEnv>()
    .use('*', requireOperator)
    .get('/ussd', async (c) => {
      const period = funnelPeriod(readQuery(c, FunnelPeriodQuery), deps.now());
      return c.json({ ...period, ...(await ussdFunnel(deps.db, period)) });
    })
    .get('/onboarding', async (c) => c.json({ agencies: await onboardingReport(deps.db) }));
}

const total = (condition: SQL) => sql<number>`coalesce(sum(case when ${condition} then 1 else 0 end), 0)`.mapWith(Number);
const latest = (column: AnyColumn) => sql<number | null>`max(${column})`;

/**
 * Every agency, those not yet onboarded (no live service) first, then by code. A few grouped
 * queries, one per table, merged here: each is one pass over its table.
 */
export async function onboardingReport(db: Database): Promise<AgencyOnboarding[]> {
  const [agencyRows, serviceRows, applicationRows, eventRows, smsRows] = await Promise.all([
    db.select().from(agencies),
    db
      .select({
        agencyCode: services.agencyCode,
        live: total(sql`${services.status} = 'live'`),
        liveOnUssd: total(sql`${services.status} = 'live' and ${services.ussdApply}`),
        latest: latest(services.updatedAt),
      })
      .from(services)
      .groupBy(services.agencyCode),
    db
      .select({ agencyCode: services.agencyCode, count: sql<number>`count(*)`.mapWith(Number), latest: latest(applications.updatedAt) })
      .from(applications)
      .innerJoin(services, eq(services.id, applications.serviceId))
      .groupBy(services.agencyCode),
    db
      .select({ agencyCode: services.agencyCode, latest: latest(applicationEvents.createdAt) })
      .from(applicationEvents)
      .innerJoin(applications, eq(applications.id, applicationEvents.applicationId))
      .innerJoin(services, eq(services.id, applications.serviceId))
      .groupBy(services.agencyCode),
    // Every SMS about an application names it (sms_outbox.application_id).
    db
      .select({
        agencyCode: applications.agencyCode,
        sent: total(sql`${smsOutbox.state} in ('sent', 'delivered')`),
        delivered: total(sql`${smsOutbox.state} = 'delivered'`),
        failed: total(sql`${smsOutbox.state} = 'failed'`),
      })
      .from(smsOutbox)
      .innerJoin(applications, eq(applications.id, smsOutbox.applicationId))
      .groupBy(applications.agencyCode),
  ]);
  const byAgency = <T extends { agencyCode: string }>(rows: T[]) => new Map(rows.map((row) => [row.agencyCode, row]));
  const serviceCounts = byAgency(serviceRows);
  const applicationCounts = byAgency(applicationRows);
  const eventTimes = byAgency(eventRows);
  const smsCounts = byAgency(smsRows);

  const report = agencyRows.map((agency): AgencyOnboarding => {
    const service = serviceCounts.get(agency.code);
    const application = applicationCounts.get(agency.code);
    const sms = smsCounts.get(agency.code);
    const times = [service?.latest, application?.latest, eventTimes.get(agency.code)?.latest].filter((time): time is number => typeof time === 'number');
    const live = service?.live ?? 0;
    return {
      code: agency.code,
      name: { en: agency.nameEn, sw: agency.nameSw },
      onboardingState: agency.onboardingState,
      onboarded: live > 0,
      services: live,
      liveOnUssd: service?.liveOnUssd ?? 0,
      applications: application?.count ?? 0,
      sms: { sent: sms?.sent ?? 0, delivered: sms?.delivered ?? 0, failed: sms?.failed ?? 0 },
      lastActivity: times.length > 0 ? new Date(Math.max(...times)).toISOString() : null,
    };
  });
  return report.sort((a, b) => Number(a.onboarded) - Number(b.onboarded) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}
