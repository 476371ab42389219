import { asc, between, desc, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../db/database.js';
import { ussdNodeCounts } from '../db/schema.js';
import { addDays, isCalendarDay, nairobiDay } from '../text/nairobi-day.js';

const day = (name: string) =>
  z.string().refine(isCalendarDay, `${name} must be a date written YYYY-MM-DD`).optional();

/** The days a funnel report covers, as an operator asks for them: both ends optional, inclusive. */
export const FunnelPeriodQuery = z
  .object({ from: day('from'), to: day('to') })
  .refine((period) => !period.from || !period.to || period.from <= period.to, { message: 'from must not be after to', path: ['from'] });
export type FunnelPeriodQuery = z.infer<typeof FunnelPeriodQuery>;

export interface FunnelPeriod {
  from: string;
  to: string;
}

const DEFAULT_DAYS = 30;

/** Fills in what the query left out: `to` is today in Nairobi, `from` 30 days back from `to` (inclusive). */
export function funnelPeriod(query: FunnelPeriodQuery, now: number): FunnelPeriod {
  const to = query.to ?? nairobiDay(now);
  return { from: query.from ?? addDays(to, -(DEFAULT_DAYS - 1)), to };
}

/** One menu node over a period: sessions that reached it, left the service there, completed after it. */
export const FunnelNode = z.object({
  node: z.string(),
  reached: z.number().int(),
  dropped: z.number().int(),
  completed: z.number().int(),
  dropRate: z.number().describe('dropped / reached, to 3 decimals; 0 for a node nobody reached'),
});
export type FunnelNode = z.infer<typeof FunnelNode>;

/** Each menu node's sessions over the period, the nodes where most citizens gave up first. */
export async function ussdFunnel(db: Database, period: FunnelPeriod): Promise<FunnelNode[]> {
  const dropped = sql<number>`sum(${ussdNodeCounts.dropped})`.mapWith(Number);
  const rows = await db
    .select({
      node: ussdNodeCounts.node,
      reached: sql<number>`sum(${ussdNodeCounts.reached})`.mapWith(Number),
      dropped,
      completed: sql<number>`sum(${ussdNodeCounts.completed})`.mapWith(Number),
    })
    .from(ussdNodeCounts)
    .where(between(ussdNodeCounts.day, period.from, period.to))
    .groupBy(ussdNodeCounts.node)
    .orderBy(desc(dropped), asc(ussdNodeCounts.node));
  return rows.map((row) => ({ ...row, dropRate: row.reached === 0 ? 0 : Math.round((row.dropped / row.reached) * 1000) / 1000 }));
}
