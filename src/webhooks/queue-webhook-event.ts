import { and, eq, isNull, lte, sql } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { applications, webhookDeliveries, webhookEndpoints } from '../db/schema.js';
import { writeOfOneShape, type Statement } from '../db/write-atomically.js';
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
   * When the event happened: only endpoints registered by then are told, so a replay of an old
   * cause tells no endpoint made since. A time, or the application of this idempotency key
   * (made in the same write, or by the first run of a replayed one): when it was created.
   */
  since: number | { applicationKey: string };
}

/** What the insert binds: everything but whether `since` is a time or an application's. */
interface DeliveryRows extends Record<string, unknown> {
  agencyCode: string;
  eventId: string;
  eventType: WebhookEventType;
  dedupeKey: string;
  payload: string;
  now: number;
  since: number | string;
}

function deliveriesInsert(sinceApplication: boolean) {
  return writeOfOneShape<DeliveryRows>((db, bind) => {
    const subscribed = sql`exists (select 1 from json_each(${webhookEndpoints.events}) where value = ${bind('eventType')})`;
    const since = sinceApplication ? sql`(select ${applications.createdAt} from ${applications} where ${applications.idempotencyKey} = ${bind('since')})` : sql`${bind('since')}`;
    // An INSERT ... SELECT names every column, in the table's order; a null id is drawn by SQLite.
    const rows = db
      .select({
        id: sql`null`.as('id'),
        endpointId: webhookEndpoints.id,
        eventId: sql`${bind('eventId')}`.as('event_id'),
        eventType: sql`${bind('eventType')}`.as('event_type'),
        dedupeKey: sql`${bind('dedupeKey')}`.as('dedupe_key'),
        payload: sql`${bind('payload')}`.as('payload'),
        state: sql`'queued'`.as('state'),
        attempts: sql`0`.as('attempts'),
        nextAttemptAt: sql`${bind('now')}`.as('next_attempt_at'),
        leaseUntil: sql`null`.as('lease_until'),
        lastStatusCode: sql`null`.as('last_status_code'),
        lastError: sql`null`.as('last_error'),
        deliveredAt: sql`null`.as('delivered_at'),
        createdAt: sql`${bind('now')}`.as('created_at'),
        updatedAt: sql`${bind('now')}`.as('updated_at'),
      })
      .from(webhookEndpoints)
      .where(and(eq(webhookEndpoints.agencyCode, bind('agencyCode')), isNull(webhookEndpoints.deletedAt), lte(webhookEndpoints.createdAt, since), subscribed));
    return db.insert(webhookDeliveries).select(rows as never).onConflictDoNothing();
  });
}

const insertDeliveries = { at: deliveriesInsert(false), sinceApplication: deliveriesInsert(true) };

/**
 * The insert that owes an event to every live endpoint of the agency subscribed to its type, one
 * delivery each, for the caller to run in one atomic write with its cause. The event has one id
 * (`evt_...`) for every endpoint and every attempt; an agency with no endpoint gets no row.
 */
export function queueWebhookEvent(db: Database, event: WebhookEvent): Statement {
  const eventId = `evt_${randomBase62(24)}`;
  const payload = JSON.stringify({ id: eventId, type: event.type, createdAt: new Date(event.now).toISOString(), data: event.data });
  const rows = { agencyCode: event.agencyCode, eventId, eventType: event.type, dedupeKey: event.dedupeKey, payload, now: event.now };
  return typeof event.since === 'number'
    ? insertDeliveries.at(db, { ...rows, since: event.since })
    : insertDeliveries.sinceApplication(db, { ...rows, since: event.since.applicationKey });
}
