import { and, eq } from 'drizzle-orm';
import { Hono, type Context } from 'hono';
import { recordStatusChange, type StatusChangeResult } from '../../applications/record-status-change.js';
import type { Database } from '../../db/database.js';
import { ReferenceTakenError, registerApplication } from '../../applications/create-application.js';
import { applications, citizens, services } from '../../db/schema.js';
import { applicationsJson } from '../../applications/application-json.js';
import { listApplications } from '../../applications/list-applications.js';
import { normalizeReference } from '../../domain/application-reference.js';
import { normalizePhone } from '../../phone/phone-number.js';
import { RequestError } from '../request-error.js';
import { requireAgency } from './api-auth.js';
import type { ApiEnv } from './api-env.js';
import { ApplicationBody, ApplicationListQuery, StatusEventBatchBody, StatusEventBody } from './api-schemas.js';
import { decodeCursor, encodeCursor } from './list-cursor.js';
import { readQuery } from '../read-query.js';
import { callerAgency } from './caller-agency.js';
import { idempotencyKeyOf } from './idempotency.js';
import { chargeBatch } from './rate-limit.js';
import { readJson } from './read-json.js';

export interface ApplicationsDeps {
  db: Database;
  now: () => number;
  /** Requests and status events per agency per minute (default 600). */
  rateLimitPerMinute?: number | undefined;
  /** The code citizens dial, named in the confirmation SMS. */
  serviceCode?: string | undefined;
}

/** An agency's applications: registered from elsewhere, moved along (one or many), read with their history. */
export function applicationsRoute(deps: ApplicationsDeps) {
  const { db } = deps;

  async function findOwn(agencyCode: string, reference: string) {
    return db
      .select({ application: applications, service: services })
      .from(applications)
      .innerJoin(services, eq(services.id, applications.serviceId))
      .where(and(eq(applications.agencyCode, agencyCode), eq(applications.reference, reference)))
      .get();
  }

  async function applicationJson(agencyCode: string, reference: string) {
    const row = await findOwn(agencyCode, reference);
    if (!row) throw new RequestError('not_found', `no application ${reference}`);
    const [json] = await applicationsJson(db, [{ application: row.application, serviceCode: row.service.code }]);
    return json!;
  }

  /** One status change, as the single and the batch endpoints both answer it. */
  async function change(c: Context<ApiEnv>, reference: string, event: typeof StatusEventBody._output, key: string): Promise<StatusChangeResult> {
    const agencyCode = callerAgency(c);
    return recordStatusChange(db, {
      reference: normalizeReference(reference) ?? reference,
      status: event.status,
      detail: event.status === 'rejected' ? event.reason : event.status === 'ready_for_collection' ? event.place : undefined,
      note: event.note,
      actor: agencyCode,
      agencyCode,
      changeKey: key,
      now: deps.now(),
    });
  }

  return new Hono<ApiEnv>()
    .use('*', requireAgency)
    /** Registers an application made on the web or at a counter, so the citizen can follow it by USSD and SMS. */
    .post('/', async (c) => {
      const agencyCode = callerAgency(c);
      const body = await readJson(c, ApplicationBody);
      const phone = normalizePhone(body.applicantPhone);
      if (!phone) throw new RequestError('unprocessable', 'applicantPhone is not a Kenyan mobile number', [{ path: 'applicantPhone', message: 'not a Kenyan mobile number' }]);
      // The agency's own reference, or none (one is drawn when the application is written).
      const reference = body.reference === undefined ? undefined : normalizeReference(body.reference);
      if (reference === null) throw new RequestError('unprocessable', 'reference must be 6 to 20 letters and digits', [{ path: 'reference', message: 'letters and digits only (spaces and dashes are ignored)' }]);
      const service = await db.select().from(services).where(and(eq(services.agencyCode, agencyCode), eq(services.code, body.serviceCode))).get();
      if (!service) throw new RequestError('unprocessable', `no service ${body.serviceCode} of agency ${agencyCode}`, [{ path: 'serviceCode', message: 'not one of your services' }]);
      // What makes a repeat create nothing: the agency's Idempotency-Key (a retry finds what the
      // first request created), else its reference, else nothing (a fresh key). Each in its own
      // namespace, so a key never meets a reference.
      const requestKey = idempotencyKeyOf(c);
      const idempotencyKey =
        requestKey !== undefined ? `api:${agencyCode}:key:${requestKey}` : reference !== undefined ? `api:${agencyCode}:ref:${reference}` : `api:${agencyCode}:once:${crypto.randomUUID()}`;
      if (reference !== undefined) {
        // References are unique per agency: another agency's never conflict, and are never revealed.
        const taken = await db
          .select({ idempotencyKey: applications.idempotencyKey })
          .from(applications)
          .where(and(eq(applications.agencyCode, agencyCode), eq(applications.reference, reference)))
          .get();
        // Only a retry with the same Idempotency-Key gets the application it made; anything else is a second registration.
        if (taken && (requestKey === undefined || taken.idempotencyKey !== idempotencyKey)) throw new RequestError('conflict', `you already registered an application ${reference}`);
      }
      const known = await db.select({ language: citizens.language }).from(citizens).where(eq(citizens.phone, phone)).get();
      const language = known?.language ?? 'en';
      try {
        await registerApplication(db, {
          reference,
          agencyCode,
          serviceId: service.id,
          serviceCode: service.code,
          applicantPhone: phone,
          channel: body.channel,
          feeDueKes: body.feeDueKes ?? service.feeKes,
          idempotencyKey,
          actor: agencyCode,
          note: `registered by ${agencyCode} (${body.channel})`,
          now: deps.now(),
          sms: {
            language,
            causedBy: 'agency',
            values: { service_name: language === 'sw' ? service.nameSw : service.nameEn, service_code: deps.serviceCode ?? '*2222#' },
          },
        });
      } catch (error) {
        // Registered by a request that raced this one past the check above (D1's queries interleave).
        if (error instanceof ReferenceTakenError) throw new RequestError('conflict', `you already registered an application ${reference}`);
        throw error;
      }
      const created = await db.select({ reference: applications.reference }).from(applications).where(eq(applications.idempotencyKey, idempotencyKey)).get();
      if (!created) throw new Error(`application ${idempotencyKey} was not created`);
      return c.json(await applicationJson(agencyCode, created.reference), 201);
    })
    .post('/:action{events:batch}', async (c) => {
      const body = await readJson(c, StatusEventBatchBody);
      await chargeBatch(deps, c, body.events.length);
      const key = changeKeyOf(c);
      const results = [];
      for (const [index, event] of body.events.entries()) {
        results.push({ index, reference: event.reference, ...outcomeJson(await change(c, event.reference, event, `${key}:${index}`)) });
      }
      return c.json({ results });
    })
    .post('/:reference/events', async (c) => {
      const reference = c.req.param('reference');
      const body = await readJson(c, StatusEventBody);
      const result = await change(c, reference, body, changeKeyOf(c));
      const { status, change: changed, error } = outcomeJson(result);
      if (error) throw new RequestError(error.code, error.message, error.details);
      return c.json({ change: changed ?? null, application: await applicationJson(callerAgency(c), normalizeReference(reference) ?? reference) }, status);
    })
    /** The agency's applications, filtered and paged: how it learns of those citizens made by phone. */
    .get('/', async (c) => {
      const agencyCode = callerAgency(c);
      const query = readQuery(c, ApplicationListQuery);
      let serviceId: number | undefined;
      if (query.service !== undefined) {
        const service = await db.select({ id: services.id }).from(services).where(and(eq(services.agencyCode, agencyCode), eq(services.code, query.service))).get();
        if (!service) throw new RequestError('unprocessable', `no service ${query.service} of agency ${agencyCode}`, [{ path: 'service', message: 'not one of your services' }]);
        serviceId = service.id;
      }
      const page = await listApplications(
        db,
        { agencyCode, status: query.status, serviceId, channel: query.channel, from: timeOf(query.from), to: timeOf(query.to) },
        { order: query.order, limit: query.limit, afterId: query.cursor === undefined ? undefined : decodeCursor(query.cursor, query.order) },
      );
      // The cursor comes with every page that has an item, the last one included: following the
      // list oldest first, an agency keeps it and asks again later for what came since.
      const nextCursor = page.lastId === null ? (query.cursor ?? null) : encodeCursor(query.order, page.lastId);
      return c.json({ applications: await applicationsJson(db, page.rows), hasMore: page.more, nextCursor });
    })
    .get('/:reference', async (c) => {
      const reference = normalizeReference(c.req.param('reference'));
      if (!reference) throw new RequestError('not_found', 'no such application');
      return c.json(await applicationJson(callerAgency(c), reference));
    });
}

/**
 * What a status change is keyed by: the agency's Idempotency-Key, so that its retry finds the
 * change the first request made, or else a key of its own, so that no two requests share one.
 */
function changeKeyOf(c: Context<ApiEnv>): string {
  const key = idempotencyKeyOf(c);
  return key === undefined ? `once:${crypto.randomUUID()}` : `key:${key}`;
}

/** A status change's result as JSON, with the HTTP status it stands for. */
function outcomeJson(result: StatusChangeResult) {
  switch (result.kind) {
    case 'recorded':
      return { status: 201 as const, change: { from: result.from, to: result.to } };
    case 'unchanged':
      return { status: 200 as const, change: null };
    case 'not_found':
      return { status: 404 as const, error: { code: 'not_found' as const, message: 'no such application', details: [] } };
    case 'invalid_transition':
      return { status: 409 as const, error: { code: 'conflict' as const, message: `an application cannot go from ${result.from} to ${result.to}`, details: [] } };
    case 'detail_required': {
      const field = result.to === 'rejected' ? 'reason' : 'place';
      return { status: 422 as const, error: { code: 'unprocessable' as const, message: `${field} is required for ${result.to}`, details: [{ path: field, message: `required for ${result.to}` }] } };
    }
  }
}

const timeOf = (isoTime: string | undefined) => (isoTime === undefined ? undefined : Date.parse(isoTime));
