import { and, eq, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { webhookDeliveries, webhookEndpoints } from '../db/schema.js';
import type { WebhookEventType } from '../domain/webhook-event-types.js';
import { randomBase62 } from '../http/api/api-key.js';

export interface WebhookEvent {
  agencyCode: string;
  type: WebhookEventType;
  /** The cause (e.g. `application.created:<application's key>`): writing it again adds nothing. */
  dedupeKey: string;
  /** The event's `data`: what the agency is told. */
  data: Record<string, unknown>;
  now: number;
  /**
   * When the event happened, as a time or a subquery within the same write: only endpoints
   * registered by then are told, so a replay of an old cause tells no endpoint made since.
   */
  since: number | SQL;
}

/**
 * The insert that owes an event to every live endpoint of the agency subscribed to its type, one
 * delivery each, for the caller to run in one atomic write with its cause. The event has one id
 * (`evt_...`) for every endpoint and every attempt; an agency with no endpoint gets no row.
 */
export function queueWebhookEvent(db: Database, event: WebhookEvent) {
  const eventId = `evt_${randomBase62(24)}`;
  const payload = JSON.stringify({ id: eventId, type: event.type, createdAt: new Date(event.now).toISOString(), data: event.data });
  const subscribed = sql`exists (select 1 from json_each(${webhookEndpoints.events}) where value = ${event.type})`;
  // An INSERT ... SELECT names every column, in the table's order; a null id is drawn by SQLite.
  const rows = db
    .select({
      id: sql`null`.as('id'),
      endpointId: webhookEndpoints.id,
      eventId: sql`${eventId}`.as('event_id'),
      eventType: sql`${event.type}`.as('event_type'),
      dedupeKey: sql`${event.dedupeKey}`.as('dedupe_key'),
      payload: sql`${payload}`.as('payload'),
      state: sql`'queued'`.as('state'),
      attempts: sql`0`.as('attempts'),
      nextAttemptAt: sql`${event.now}`.as('next_attempt_at'),
      leaseUntil: sql`null`.as('lease_until'),
      lastStatusCode: sql`null`.as('last_status_code'),
      lastError: sql`null`.as('last_error'),
      deliveredAt: sql`null`.as('delivered_at'),
      createdAt: sql`${event.now}`.as('created_at'),
      updatedAt: sql`${event.now}`.as('updated_at'),
    })
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.agencyCode, event.agencyCode), isNull(webhookEndpoints.deletedAt), lte(webhookEndpoints.createdAt, event.since), subscribed));
  return db.insert(webhookDeliveries).select(rows as never).onConflictDoNothing();
}
