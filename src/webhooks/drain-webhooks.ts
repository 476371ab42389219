import { inArray } from 'drizzle-orm';
import type { Database } from '../db/database.js';
import { webhookDeliveries, webhookEndpoints } from '../db/schema.js';
import type { Logger } from '../logging/logger.js';
import { claimDue, nextAttemptAt, sendEach, stillLeased, type LeaseSettings } from '../outbox/leased-outbox.js';
import { withoutControlCharacters } from '../text/without-control-characters.js';
import { webhookHeaders } from './sign-webhook.js';
import type { WebhookAnswer, WebhookNetwork } from './webhook-network.js';

export interface WebhookDrainDeps extends LeaseSettings {
  db: Database;
  network: WebhookNetwork;
  now: () => number;
  logger: Logger;
  random?: () => number;
  /** How much of an endpoint's answer is read, for the delivery's last error. */
  maxResponseBytes?: number;
}

export interface WebhookDrainResult {
  claimed: number;
  /** A full claim came back: more may be due at once. */
  more: boolean;
  delivered: number;
  retrying: number;
  failed: number;
}

/** 10 s an endpoint, as Stripe gives; a lease of a minute holds a claim of 12 (4 at once, 3 each). */
export const WEBHOOK_DELIVERY_DEFAULTS = { sendTimeoutMs: 10_000, leaseMs: 60_000, maxResponseBytes: 4096 } as const;
/** A last error is for a person to read: the start of the answer is enough. */
const LAST_ERROR_MAX = 300;

type Delivery = typeof webhookDeliveries.$inferSelect;
type Outcome = { delivered: true; status: number } | { delivered: false; status: number | null; reason: string; final: boolean };

/**
 * Posts what is due to agencies' endpoints, once each, through the leased outbox that SMS use:
 * signed, bounded in time and in what is read back, and checked against the network guard
 * every time. 2xx is delivered; anything else (a redirect, which is never followed, included)
 * is tried again with backoff for a day, then `failed`. A final delivery keeps no payload.
 */
export async function drainWebhooks(deps: WebhookDrainDeps): Promise<WebhookDrainResult> {
  const settings = { ...deps, sendTimeoutMs: deps.sendTimeoutMs ?? WEBHOOK_DELIVERY_DEFAULTS.sendTimeoutMs, leaseMs: deps.leaseMs ?? WEBHOOK_DELIVERY_DEFAULTS.leaseMs };
  const claim = await claimDue<Delivery>(deps.db, webhookDeliveries, deps.now(), settings);
  const result: WebhookDrainResult = { claimed: claim.rows.length, more: claim.more, delivered: 0, retrying: 0, failed: 0 };
  if (claim.rows.length === 0) return result;
  const endpointIds = [...new Set(claim.rows.map((row) => row.endpointId))];
  const endpoints = new Map((await deps.db.select().from(webhookEndpoints).where(inArray(webhookEndpoints.id, endpointIds))).map((endpoint) => [endpoint.id, endpoint]));

  await sendEach(claim.rows, settings, async (row) => {
    const endpoint = endpoints.get(row.endpointId);
    let outcome: Outcome;
    if (!endpoint || endpoint.deletedAt !== null || row.payload === null) {
      outcome = { delivered: false, status: null, reason: 'the endpoint was deleted', final: true };
    } else {
      const headers = await webhookHeaders({ eventId: row.eventId, eventType: row.eventType, body: row.payload, secret: endpoint.secret, now: deps.now() });
      const answer = await deps.network.post({
        url: endpoint.url,
        headers,
        body: row.payload,
        timeoutMs: settings.sendTimeoutMs,
        maxResponseBytes: deps.maxResponseBytes ?? WEBHOOK_DELIVERY_DEFAULTS.maxResponseBytes,
      });
      outcome = judge(answer);
    }
    const recorded = await record(deps, settings, row, claim.leaseUntil, outcome);
    if (recorded) result[recorded] += 1;
  });
  return result;
}

function judge(answer: WebhookAnswer): Outcome {
  if (answer.kind !== 'answered') return { delivered: false, status: null, reason: answer.reason, final: false };
  const { status } = answer;
  if (status >= 200 && status < 300) return { delivered: true, status };
  const excerpt = withoutControlCharacters(answer.body).trim().slice(0, 200);
  if (status >= 300 && status < 400) return { delivered: false, status, reason: `HTTP ${status}: redirects are not followed; register the URL that answers 2xx`, final: false };
  return { delivered: false, status, reason: `HTTP ${status}${excerpt ? `: ${excerpt}` : ''}`, final: false };
}

async function record(deps: WebhookDrainDeps, settings: LeaseSettings, row: Delivery, leaseUntil: number, outcome: Outcome): Promise<'delivered' | 'retrying' | 'failed' | null> {
  const now = deps.now();
  let changes: Partial<typeof webhookDeliveries.$inferInsert>;
  if (outcome.delivered) {
    changes = { state: 'delivered', deliveredAt: now, lastStatusCode: outcome.status, lastError: null, payload: null };
  } else {
    const retryAt = outcome.final ? null : nextAttemptAt(row, now, { ...settings, random: deps.random });
    const reason = retryAt === null && !outcome.final ? `gave up after ${row.attempts} attempts: ${outcome.reason}` : outcome.reason;
    const lastError = reason.slice(0, LAST_ERROR_MAX);
    changes =
      retryAt === null
        ? { state: 'failed', lastStatusCode: outcome.status, lastError, payload: null }
        : { state: 'queued', lastStatusCode: outcome.status, lastError, nextAttemptAt: retryAt };
  }
  const updated = await deps.db
    .update(webhookDeliveries)
    .set({ ...changes, leaseUntil: null, updatedAt: now })
    .where(stillLeased(webhookDeliveries, row.id, leaseUntil))
    .returning({ id: webhookDeliveries.id });
  const log = { delivery: row.id, event: row.eventId, endpoint: row.endpointId, attempt: row.attempts };
  if (updated.length === 0) {
    deps.logger.warn('webhook outcome not recorded: the lease ran out and another dispatcher has the delivery', log);
    return null;
  }
  if (changes.state !== 'delivered') deps.logger.warn(changes.state === 'queued' ? 'webhook delivery will be retried' : 'webhook delivery failed for good', { ...log, reason: changes.lastError ?? '' });
  return changes.state === 'delivered' ? 'delivered' : changes.state === 'queued' ? 'retrying' : 'failed';
}
