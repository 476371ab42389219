import { and, asc, eq } from 'drizzle-orm';
import { Hono, type Context } from 'hono';
import type { Database } from '../../db/database.js';
import { agencies, services } from '../../db/schema.js';
import { RequestError } from '../request-error.js';
import { requireAgency } from './api-auth.js';
import type { ApiEnv } from './api-env.js';
import { callerAgency } from './caller-agency.js';
import { ServiceBody, ServiceCode } from './api-schemas.js';
import { readJson } from './read-json.js';
import type { ServiceJson } from './api-answers.js';

export interface ServicesDeps {
  db: Database;
  now: () => number;
}

/** An agency's own services: put on the USSD channel, listed, retired. */
export function servicesRoute(deps: ServicesDeps) {
  const { db } = deps;
  const agencyOf = callerAgency;
  const codeOf = (c: Context<ApiEnv>) => {
    // A code of the wrong shape is the caller's mistake to fix, not a service that is missing.
    const code = ServiceCode.safeParse(c.req.param('code'));
    if (!code.success) throw new RequestError('unprocessable', `service code ${(c.req.param('code') ?? '').slice(0, 40)}: ${code.error.issues[0]!.message}`, [{ path: 'code', message: code.error.issues[0]!.message }]);
    return code.data;
  };
  const find = (agencyCode: string, code: string) =>
    db.select().from(services).where(and(eq(services.agencyCode, agencyCode), eq(services.code, code))).get();

  return new Hono<ApiEnv>()
    .use('*', requireAgency)
    .get('/', async (c) => {
      const rows = await db.select().from(services).where(eq(services.agencyCode, agencyOf(c))).orderBy(asc(services.code));
      return c.json({ services: rows.map(serviceJson) });
    })
    .get('/:code', async (c) => {
      const row = await find(agencyOf(c), codeOf(c));
      if (!row) throw new RequestError('not_found', 'no such service');
      return c.json(serviceJson(row));
    })
    /** Creates or replaces one of the agency's services; a retired one comes back live. */
    .put('/:code', async (c) => {
      const agencyCode = agencyOf(c);
      const code = codeOf(c);
      const body = await readJson(c, ServiceBody);
      const now = deps.now();
      const existing = await find(agencyCode, code);
      const values = {
        nameEn: body.name.en,
        nameSw: body.name.sw,
        descriptionEn: body.description.en,
        descriptionSw: body.description.sw,
        category: body.category,
        feeKes: body.feeKes,
        requirementsEn: body.requirements.en,
        requirementsSw: body.requirements.sw,
        processingTimeEn: body.processingTime.en,
        processingTimeSw: body.processingTime.sw,
        ussdApply: body.ussdApply,
        applyFields: body.applyFields ? JSON.stringify(body.applyFields) : null,
        status: 'live' as const,
        updatedAt: now,
      };
      await db
        .insert(services)
        .values({ agencyCode, code, ...values, createdAt: now })
        .onConflictDoUpdate({ target: [services.agencyCode, services.code], set: values });
      // An agency's first live service puts it on the channel: its name appears in the USSD list.
      await db.update(agencies).set({ onboardingState: 'live', updatedAt: now }).where(and(eq(agencies.code, agencyCode), eq(agencies.onboardingState, 'onboarding')));
      const saved = await find(agencyCode, code);
      return c.json(serviceJson(saved!), existing ? 200 : 201);
    })
    /** Retires a service: it leaves the USSD menus; its applications stay and can still move. */
    .delete('/:code', async (c) => {
      const agencyCode = agencyOf(c);
      const code = codeOf(c);
      const updated = await db
        .update(services)
        .set({ status: 'retired', updatedAt: deps.now() })
        .where(and(eq(services.agencyCode, agencyCode), eq(services.code, code)))
        .returning();
      if (!updated[0]) throw new RequestError('not_found', 'no such service');
      return c.json(serviceJson(updated[0]));
    });
}

/** A service as the API shows it. */
export function serviceJson(row: typeof services.$inferSelect): ServiceJson {
  return {
    code: row.code,
    agency: row.agencyCode,
    status: row.status,
    name: { en: row.nameEn, sw: row.nameSw },
    description: { en: row.descriptionEn, sw: row.descriptionSw },
    category: row.category as ServiceJson['category'],
    feeKes: row.feeKes,
    requirements: { en: row.requirementsEn, sw: row.requirementsSw },
    processingTime: { en: row.processingTimeEn, sw: row.processingTimeSw },
    ussdApply: row.ussdApply,
    applyFields: row.applyFields ? (JSON.parse(row.applyFields) as ServiceJson['applyFields']) : null,
    updatedAt: new Date(row.updatedAt).toISOString(),
  };
}
