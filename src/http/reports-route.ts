import { Hono } from 'hono';
import type { Database } from '../db/database.js';
import { FunnelPeriodQuery, funnelPeriod, ussdFunnel } from '../ussd/ussd-funnel.js';
import { readQuery } from './read-query.js';

export interface ReportsDeps {
  db: Database;
  now: () => number;
}

/** Operator reports; the caller mounts them behind `operatorKey`. */
export function reportsRoute(deps: ReportsDeps) {
  return new Hono().get('/ussd', async (c) => {
    const period = funnelPeriod(readQuery(c, FunnelPeriodQuery), deps.now());
    return c.json({ ...period, nodes: await ussdFunnel(deps.db, period) });
  });
}
