import { and, desc, eq, isNull, lt, sql } from 'drizzle-orm';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { z } from 'zod';
import type { Database } from '../../db/database.js';
import { agencies, webhookDeliveries, webhookEndpoints } from '../../db/schema.js';
import { WEBHOOK_ENDPOINTS_PER_AGENCY, WEBHOOK_EVENT_TYPES } from '../../domain/webhook-event-types.js';
import { createFetchWebhookNetwork } from '../../webhooks/fetch-webhook-network.js';
import { WEBHOOK_URL_MAX_LENGTH } from '../../webhooks/vet-webhook-url.js';
import type { WebhookNetwork } from '../../webhooks/webhook-network.js';
import { readQuery } from '../read-query.js';
import { RequestError } from '../request-error.js';
import { requireAgency, requireOperator } from './api-auth.js';
import type { ApiEnv } from './api-env.js';
import { randomBase62 } from './api-key.js';
import { callerAgency } from './caller-agency.js';
import { readJson } from './read-json.js';

export interface WebhooksDeps {
  db: Database;
  now: () => number;
  /** The guarded way out to endpoints; without one, the production policy through fetch (no loopback, no http). */
  webhookNetwork?: WebhookNetwork | undefined;
}

export const WebhookEndpointBody = z.strictObject({
  url: z.string().min(1).max(WEBHOOK_URL_MAX_LENGTH).describe('An https URL on a public host; it receives a signed POST per event'),
  events: z.array(z.enum(WEBHOOK_EVENT_TYPES)).min(1).max(20).optional().describe('The events to receive; every event when absent'),
});

export const DeliveriesQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  /** The `nextCursor` of the previous page: deliveries older than it. */
  cursor: z.string().regex(/^\d{1,15}$/, 'must be the nextCursor of a previous page').optional(),
});

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/**
 * An agency's webhook endpoints: registered (the signing secret shown once), listed, deleted,
 * and each one's deliveries. The same handlers answer an agency for itself at `/webhooks` and
 * the operator for an agency at `/agencies/{code}/webhooks`.
 */
export function webhooksRoute(deps: WebhooksDeps) {
  const network = deps.webhookNetwork ?? createFetchWebhookNetwork({ allowLoopback: false });
  return new Hono<ApiEnv>()
    .route('/webhooks', endpointRoutes(deps, network, requireAgency, (c) => callerAgency(c)))
    .route('/agencies/:code/webhooks', endpointRoutes(deps, network, requireOperator, (c) => c.req.param('code') ?? ''));
}

function endpointRoutes(deps: WebhooksDeps, network: WebhookNetwork, guard: MiddlewareHandler<ApiEnv>, agencyOf: (c: Context<ApiEnv>) => string) {
  const { db } = deps;

  /** One of the agency's endpoints (deleted ones too, so their deliveries stay readable), or 404. */
  async function ownEndpoint(c: Context<ApiEnv>) {
    const endpoint = await db
      .select()
      .from(webhookEndpoints)
      .where(and(eq(webhookEndpoints.id, c.req.param('id') ?? ''), eq(webhookEndpoints.agencyCode, agencyOf(c))))
      .get();
    if (!endpoint) throw new RequestError('not_found', 'no such webhook endpoint');
    return endpoint;
  }

  return new Hono<ApiEnv>()
    .use('*', guard)
    .post('/', async (c) => {
      const agencyCode = agencyOf(c);
      const body = await readJson(c, WebhookEndpointBody);
      const problem = await network.check(body.url);
      if (problem !== null) throw new RequestError('unprocessable', `url: ${problem}`, [{ path: 'url', message: problem }]);
      const events = [...new Set(body.events ?? WEBHOOK_EVENT_TYPES)];
      const id = `we_${randomBase62(16)}`;
      const secret = `whsec_${randomBase62(32)}`;
      const now = deps.now();
      // One statement checks the agency and the ceiling and inserts, so two registrations at once cannot both pass it.
      const live = sql`(select count(*) from ${webhookEndpoints} where ${and(eq(webhookEndpoints.agencyCode, agencyCode), isNull(webhookEndpoints.deletedAt))})`;
      const row = db
        .select({
          id: sql`${id}`.as('id'),
          agencyCode: agencies.code,
          url: sql`${body.url}`.as('url'),
          events: sql`${JSON.stringify(events)}`.as('events'),
          secret: sql`${secret}`.as('secret'),
          createdAt: sql`${now}`.as('created_at'),
          deletedAt: sql`null`.as('deleted_at'),
        })
        .from(agencies)
        .where(and(eq(agencies.code, agencyCode), sql`${live} < ${WEBHOOK_ENDPOINTS_PER_AGENCY}`));
      const [created] = await db.insert(webhookEndpoints).select(row as never).returning();
      if (!created) {
        const agency = await db.select({ code: agencies.code }).from(agencies).where(eq(agencies.code, agencyCode)).get();
        if (!agency) throw new RequestError('not_found', `no agency ${agencyCode}`);
        throw new RequestError('conflict', `at most ${WEBHOOK_ENDPOINTS_PER_AGENCY} webhook endpoints per agency: delete one first`);
      }
      // The secret is in this answer only: never kept for an Idempotency-Key replay, never cached.
      c.set('answerHoldsSecret', true);
      c.header('Cache-Control', 'no-store');
      return c.json({ ...endpointJson(created), secret }, 201);
    })
    .get('/', async (c) => {
      const rows = await db
        .select()
        .from(webhookEndpoints)
        .where(and(eq(webhookEndpoints.agencyCode, agencyOf(c)), isNull(webhookEndpoints.deletedAt)))
        .orderBy(webhookEndpoints.createdAt, webhookEndpoints.id);
      return c.json({ endpoints: rows.map(endpointJson) });
    })
    .delete('/:id', async (c) => {
      const endpoint = await ownEndpoint(c);
      if (endpoint.deletedAt !== null) throw new RequestError('not_found', 'no such webhook endpoint');
      const now = deps.now();
      // The secret goes with it; what was still owed to it is failed now (the dispatcher fails any it claims).
      await db.update(webhookEndpoints).set({ deletedAt: now, secret: '' }).where(eq(webhookEndpoints.id, endpoint.id));
      await db
        .update(webhookDeliveries)
        .set({ state: 'failed', lastError: 'the endpoint was deleted', payload: null, updatedAt: now })
        .where(and(eq(webhookDeliveries.endpointId, endpoint.id), eq(webhookDeliveries.state, 'queued')));
      return c.json({ id: endpoint.id, deletedAt: iso(now) });
    })
    .get('/:id/deliveries', async (c) => {
      const endpoint = await ownEndpoint(c);
      const query = readQuery(c, DeliveriesQuery);
      const rows = await db
        .select()
        .from(webhookDeliveries)
        .where(and(eq(webhookDeliveries.endpointId, endpoint.id), query.cursor === undefined ? undefined : lt(webhookDeliveries.id, Number(query.cursor))))
        .orderBy(desc(webhookDeliveries.id))
        .limit(query.limit + 1);
      const page = rows.slice(0, query.limit);
      return c.json({
        deliveries: page.map((row) => ({
          id: row.id,
          eventId: row.eventId,
          eventType: row.eventType,
          status: row.state,
          attempts: row.attempts,
          lastStatusCode: row.lastStatusCode,
          lastError: row.lastError,
          nextAttemptAt: row.state === 'queued' || row.state === 'sending' ? iso(row.nextAttemptAt) : null,
          deliveredAt: iso(row.deliveredAt),
          createdAt: iso(row.createdAt),
        })),
        nextCursor: rows.length > query.limit ? String(page[page.length - 1]!.id) : null,
      });
    });
}

function endpointJson(row: typeof webhookEndpoints.$inferSelect) {
  return { id: row.id, url: row.url, events: JSON.parse(row.events) as string[], createdAt: iso(row.createdAt) };
}
