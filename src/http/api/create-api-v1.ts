import { Hono, type Context } from 'hono';
import type { Database } from '../../db/database.js';
import type { Logger } from '../../logging/logger.js';
import type { WebhookNetwork } from '../../webhooks/webhook-network.js';
import { agenciesRoute } from './agencies-route.js';
import { apiAuth } from './api-auth.js';
import type { ApiEnv } from './api-env.js';
import { applicationsRoute } from './applications-route.js';
import { idempotency } from './idempotency.js';
import { openApiRoute } from './openapi-route.js';
import { rateLimit } from './rate-limit.js';
import { apiReportsRoute } from './reports-route.js';
import { servicesRoute } from './services-route.js';
import { webhooksRoute } from './webhooks-route.js';

export interface ApiDeps {
  db: Database;
  logger: Logger;
  now: () => number;
  adminApiKey?: string | undefined;
  /** Requests per caller per minute before 429 (default 600). */
  rateLimitPerMinute?: number | undefined;
  /** The code citizens dial, named in the confirmation SMS. */
  serviceCode?: string | undefined;
  /** The address a request came from (failed authentications are limited per address). */
  clientAddress?: ((c: Context) => string | null) | undefined;
  /** The guarded way out to agencies' webhook endpoints (Node's resolves and pins addresses). */
  webhookNetwork?: WebhookNetwork | undefined;
}

/** 500 status changes with notes fit well inside this; a larger body is not a request we take (createApp applies it). */
export const API_BODY_LIMIT = 512 * 1024;

/**
 * `/api/v1`: agencies put their services on the channel and move their applications along;
 * operators onboard agencies and read reports. JSON in and out, Bearer keys, OpenAPI at
 * `/api/v1/openapi.json` and a readable page at `/api/v1/docs`.
 */
export function createApiV1(deps: ApiDeps) {
  const api = new Hono<ApiEnv>();
  api.route('/', openApiRoute());
  api.use('*', apiAuth(deps));
  api.use('*', rateLimit(deps));
  api.use('*', idempotency(deps));
  api.route('/agencies', agenciesRoute(deps));
  api.route('/reports', apiReportsRoute(deps));
  api.route('/services', servicesRoute(deps));
  api.route('/applications', applicationsRoute(deps));
  api.route('/', webhooksRoute(deps));
  return api;
}
