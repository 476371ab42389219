import { sql } from 'drizzle-orm';
import { Hono, type Context, type ErrorHandler } from 'hono';
import { languageLookup } from '../citizens/citizen-language.js';
import type { Database } from '../db/database.js';
import { DEFAULT_SCREEN_LIMITS, type ScreenLimits } from '../domain/screen-limits.js';
import type { Logger } from '../logging/logger.js';
import type { Menu } from '../menu/menu-schema.js';
import { maskPhone } from '../phone/phone-number.js';
import { simulatorRoute } from '../simulator/simulator-route.js';
import { failureReply } from '../ussd/handle-hop.js';
import type { WebhookNetwork } from '../webhooks/webhook-network.js';
import { createSessionStore, type SessionStore } from '../ussd/session-store.js';
import { createUssdCapabilities } from '../ussd/capabilities/create-ussd-capabilities.js';
import { LOCAL_DARAJA_PATH } from '../local-gateway/local-daraja.js';
import { DARAJA_CALLBACK_PATH } from '../payments/callback-path-secret.js';
import { bodySizeLimit } from './body-size-limit.js';
import { darajaCallbackRoute } from './daraja-callback-route.js';
import { callbackSecret } from './callback-secret.js';
import { API_BODY_LIMIT, createApiV1 } from './api/create-api-v1.js';
import { RequestError } from './request-error.js';
import { smsRoutes } from './sms-routes.js';
import { ussdEventsRoute } from './ussd-events-route.js';
import { ussdRoute } from './ussd-route.js';

export interface AppDeps {
  db: Database;
  menu: Menu;
  logger: Logger;
  now: () => number;
  /** Where hops keep their sessions; createSessionStore over `db` when unset (Node passes its prepared-statement store). */
  sessions?: SessionStore | undefined;
  /** When set, Africa's Talking callbacks must carry it as `?secret=`. */
  callbackSecret?: string | undefined;
  /** How long after a dropped session the next dial offers to continue it (default 10 minutes). */
  resumeWindowMs?: number | undefined;
  /** The operator key for the operator routes of /api/v1; unset shuts those routes. */
  adminApiKey?: string | undefined;
  /**
   * Starts sending what is due in the SMS outbox, after a request that queued some. It gets the
   * request's context: a Worker hands the drain to `c.executionCtx.waitUntil`; Node just runs it.
   */
  drainSoon?: ((c: Context) => void) | undefined;
  /** The USSD code citizens dial, named in SMS replies. */
  serviceCode?: string | undefined;
  /** GSM-7 characters per USSD screen by network code (USSD_SCREEN_LIMITS; default Safaricom 160, Airtel 182, Telkom 160). */
  screenLimits?: ScreenLimits | undefined;
  /** Agency API requests per caller per minute before 429 (default 600). */
  rateLimitPerMinute?: number | undefined;
  /** The built-in Africa's Talking gateway, served at /__at when there is no account. */
  localGateway?: { app: Hono } | undefined;
  /** Serves the phone simulator at /simulator (SIMULATOR=on, never in production: it acts as any phone). */
  simulator?: boolean | undefined;
  /** Where SMS go, for the simulator to say in place of an inbox when there is no built-in gateway (a Worker's). */
  simulatorNoInboxNote?: string | undefined;
  /**
   * Why the storage cannot be trusted with a write right now (the database file was replaced
   * or removed under the server), or null. While it says so, /healthz answers 503 and nothing
   * is accepted that would be acknowledged and then lost.
   */
  storageProblem?: (() => string | null) | undefined;
  /** The address a request came from, as the runtime sees it; null when it cannot tell. */
  clientAddress?: ((c: Context) => string | null) | undefined;
  /** The guarded way out to agencies' webhook endpoints; the production policy through fetch when unset. */
  webhookNetwork?: WebhookNetwork | undefined;
  /**
   * M-Pesa payments from the phone (Daraja configured, or its local stand-in): Pay starts an STK
   * push, and Daraja's callbacks are read at /daraja/callback/<callbackSecret>.
   */
  mpesa?: { callbackSecret: Promise<string> } | undefined;
  /** The local Daraja stand-in, served at /__daraja when there is no Daraja account. */
  localDaraja?: { app: Hono } | undefined;
}

const DEFAULT_RESUME_WINDOW_MS = 10 * 60 * 1000;
const DEFAULT_SERVICE_CODE = '*2222#';
/** Where the built-in Africa's Talking gateway answers (AT_SMS_URL points the SDK here). */
export const LOCAL_GATEWAY_PATH = '/__at';

/**
 * Africa's Talking's callbacks, the built-in gateway's and the simulator's requests are small
 * forms; anything bigger is not one. Every path but the agency API's gets this limit, including
 * any route added later.
 */
const BODY_LIMIT = 16 * 1024;
const bodyLimitFor = (path: string) => (path.startsWith('/api/v1/') ? API_BODY_LIMIT : BODY_LIMIT);

/** The whole HTTP service, the same on Node and on Workers. */
export function createApp(deps: AppDeps) {
  const app = new Hono();
  app.use('*', bodySizeLimit(bodyLimitFor));
  const callback = [callbackSecret(deps.callbackSecret)];

  // The outbox is drained right after a request that queued an SMS: SMS commands and agency
  // calls nearly always do; a USSD hop only when one of its actions says so.
  let smsQueued = false;
  const { drainSoon } = deps;
  if (drainSoon) {
    app.use('*', async (c, next) => {
      await next();
      if (c.req.method === 'GET' || c.res.status >= 400 || c.req.path.startsWith(LOCAL_GATEWAY_PATH) || c.req.path.startsWith(LOCAL_DARAJA_PATH)) return;
      if (!smsQueued && !c.req.path.startsWith('/sms/') && !c.req.path.startsWith('/api/') && !c.req.path.startsWith(DARAJA_CALLBACK_PATH)) return;
      smsQueued = false;
      drainSoon(c);
    });
  }

  const ussd = ussdRoute({
    menu: deps.menu,
    capabilities: createUssdCapabilities({
      ...deps,
      mpesa: Boolean(deps.mpesa),
      onSmsQueued: () => {
        smsQueued = true;
      },
    }),
    sessions: deps.sessions ?? createSessionStore(deps.db),
    languageOf: languageLookup(deps.db),
    now: deps.now,
    resumeWindowMs: deps.resumeWindowMs ?? DEFAULT_RESUME_WINDOW_MS,
    screenLimits: deps.screenLimits ?? DEFAULT_SCREEN_LIMITS,
    serviceCode: deps.serviceCode ?? DEFAULT_SERVICE_CODE,
    reportFailure: (error, request) =>
      deps.logger.error('ussd hop failed', {
        sessionId: request.sessionId,
        phone: maskPhone(request.phone),
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      }),
  });
  const { storageProblem } = deps;
  if (storageProblem) {
    // Refused before anything is read or written: an answer would acknowledge what the next
    // restart loses. Africa's Talking retries its other callbacks after a 503; a citizen on a
    // USSD screen gets the apology, never an error page.
    app.use('*', async (c, next) => {
      const problem = storageProblem();
      if (problem === null || c.req.path === '/healthz') return next();
      deps.logger.error('request refused: the database cannot be trusted', { path: c.req.path, problem });
      if (c.req.path === '/ussd' || c.req.path === '/simulator/ussd') return c.text(failureReply());
      throw new RequestError('unavailable', 'the service cannot store anything right now: try again later', [], { 'Retry-After': '60' });
    });
  }

  app.use('/ussd', ...callback);
  app.route('/ussd', ussd);

  app.use('/ussd/events', ...callback);
  app.route('/ussd/events', ussdEventsRoute(deps));

  app.use('/sms/*', ...callback);
  app.route('/sms', smsRoutes({ ...deps, serviceCode: deps.serviceCode ?? DEFAULT_SERVICE_CODE }));

  if (deps.mpesa) app.route(DARAJA_CALLBACK_PATH, darajaCallbackRoute({ ...deps, serviceCode: deps.serviceCode ?? DEFAULT_SERVICE_CODE, callbackSecret: deps.mpesa.callbackSecret }));

  if (deps.localGateway) app.route(LOCAL_GATEWAY_PATH, deps.localGateway.app);
  if (deps.localDaraja) app.route(LOCAL_DARAJA_PATH, deps.localDaraja.app);
  if (deps.simulator) app.route('/simulator', simulatorRoute({ ...deps, screenLimits: deps.screenLimits ?? DEFAULT_SCREEN_LIMITS, ussd }));

  app.route('/api/v1', createApiV1(deps));

  app.get('/healthz', async (c) => {
    const problem = storageProblem?.() ?? null;
    if (problem !== null) return c.json({ status: 'error', database: problem }, 503);
    try {
      await deps.db.run(sql`select 1`);
      return c.json({ status: 'ok', database: 'ok' });
    } catch (error) {
      deps.logger.error('health check failed', { error: String(error) });
      return c.json({ status: 'error', database: 'unreachable' }, 503);
    }
  });

  app.notFound((c) => errorResponse(c, new RequestError('not_found', `no route ${c.req.method} ${c.req.path}`)));
  app.onError(mapError(deps.logger));
  return app;
}

/** The one `onError`: a RequestError is answered as such; anything else is logged and answered 500. */
export function mapError(logger: Logger): ErrorHandler {
  return (error, c) => {
    if (error instanceof RequestError) return errorResponse(c, error);
    logger.error('request failed', { path: c.req.path, error: error.stack ?? error.message });
    return c.json({ error: { code: 'internal', message: 'internal error', details: [] } }, 500);
  };
}

/**
 * One shape for every refusal: JSON `{ error: { code, message, details } }` for the API,
 * a line of plain text for Africa's Talking's callbacks.
 */
function errorResponse(c: Context, error: RequestError) {
  for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
  if (c.req.path.startsWith('/api/')) {
    return c.json({ error: { code: error.code, message: error.message, details: error.details } }, error.status);
  }
  return c.text(`${error.status === 400 ? 'Bad request' : error.code}: ${error.message}`, error.status);
}
