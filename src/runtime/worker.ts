import { drizzle } from 'drizzle-orm/d1';
import type { Context, Hono } from 'hono';
import { ConfigError, parseEnv, type Env } from '../config/parse-env.js';
import type { Database } from '../db/database.js';
import * as schema from '../db/schema.js';
import { seedDemoData } from '../db/seed-demo-data.js';
import { createApp } from '../http/create-app.js';
import { createConsoleLogger, type Logger } from '../logging/logger.js';
import { bundledMenuFiles } from '../menu/bundled-menus.js';
import { loadMenus } from '../menu/load-menus.js';
import { darajaConfig } from '../payments/daraja-config.js';
import { createPaymentWork, type PaymentWork } from '../payments/payment-work.js';
import { drainOutbox, drainSettings } from '../sms/drain-outbox.js';
import { createFetchSmsGateway } from '../sms/fetch-sms-gateway.js';
import type { SmsGateway } from '../sms/sms-gateway.js';
import { retentionSettings } from '../privacy/erase-expired-data.js';
import { runUpkeep } from '../privacy/run-upkeep.js';
import { sweepSettings } from '../ussd/sweep-sessions.js';
import { workerNoInboxNote } from '../simulator/worker-no-inbox-note.js';
import { drainWebhooks } from '../webhooks/drain-webhooks.js';
import { createFetchWebhookNetwork } from '../webhooks/fetch-webhook-network.js';
import type { WebhookNetwork } from '../webhooks/webhook-network.js';

export interface WorkerEnv {
  DB: D1Database;
  SEED_DEMO_DATA?: string;
  SIMULATOR?: string;
  SMS_TIMEOUT_MS?: string;
  SMS_LEASE_MS?: string;
  CALLBACK_SECRET?: string;
  ADMIN_API_KEY?: string;
  AT_USERNAME?: string;
  AT_API_KEY?: string;
  AT_SENDER_ID?: string;
  AT_SMS_URL?: string;
  USSD_SERVICE_CODE?: string;
  USSD_SCREEN_LIMITS?: string;
  RESUME_WINDOW_MINUTES?: string;
  SESSION_RETENTION_DAYS?: string;
  SMS_RETENTION_DAYS?: string;
  ANSWERS_RETENTION_DAYS?: string;
  LOG_LEVEL?: string;
  NODE_ENV?: string;
  DARAJA_CONSUMER_KEY?: string;
  DARAJA_CONSUMER_SECRET?: string;
  DARAJA_SHORTCODE?: string;
  DARAJA_PASSKEY?: string;
  DARAJA_CALLBACK_URL?: string;
  DARAJA_URL?: string;
}

const menu = loadMenus(bundledMenuFiles);

/**
 * Rows per sweep step. D1 allows 1,000 queries per invocation on Workers Paid, and counting
 * a session takes two: this keeps a cron run well inside it (the free plan's 50 is not enough).
 */
const SWEEP_LIMIT = 200;

const AT_API = { live: 'https://api.africastalking.com', sandbox: 'https://api.sandbox.africastalking.com' } as const;

interface Runtime {
  env: WorkerEnv;
  config: Env;
  db: Database;
  logger: Logger;
  gateway: SmsGateway | null;
  webhookNetwork: WebhookNetwork;
  /** M-Pesa pushes, when Daraja is configured (the local stand-in is Node's only). */
  payments: PaymentWork | null;
  app: Hono;
  ready: Promise<unknown>;
}

/**
 * Built once per isolate for the bindings it was given: the app holds no request state, and
 * every instance reads and writes the one D1 database, so any instance can take any hop.
 */
let built: Runtime | undefined;

/**
 * Africa's Talking's REST API through fetch (the SDK is Node-only). Without AT_API_KEY the
 * Worker sends only when AT_SMS_URL names a gateway (such as a local one); otherwise SMS wait
 * in the outbox.
 */
function smsGateway(config: Env): SmsGateway | null {
  const baseUrl = config.AT_SMS_URL ?? (config.AT_API_KEY ? AT_API[config.AT_USERNAME === 'sandbox' ? 'sandbox' : 'live'] : null);
  if (!baseUrl) return null;
  return createFetchSmsGateway({ baseUrl, username: config.AT_USERNAME, apiKey: config.AT_API_KEY ?? 'local-gateway', timeoutMs: config.SMS_TIMEOUT_MS });
}

function runtimeFor(env: WorkerEnv): Runtime {
  if (built?.env === env) return built;
  const config = parseEnv(env as unknown as Record<string, unknown>);
  const db = drizzle(env.DB, { schema });
  const logger = createConsoleLogger(config.LOG_LEVEL);
  const gateway = smsGateway(config);
  // A Worker's fetch cannot reach the operator's private network; the URL itself is still checked.
  const webhookNetwork = createFetchWebhookNetwork({ allowLoopback: config.NODE_ENV !== 'production' });
  const daraja = darajaConfig(config);
  const payments = daraja ? createPaymentWork({ db, config: daraja, logger, serviceCode: config.USSD_SERVICE_CODE, now: Date.now }) : null;
  const drain = (c: Context) => {
    c.executionCtx.waitUntil(deliverWebhooks({ db, logger, webhookNetwork }));
    if (payments) c.executionCtx.waitUntil(sendPushes(payments, logger));
    if (!gateway) return;
    const work = drainOutbox({ db, gateway, now: Date.now, logger, ...drainSettings(config) }).catch((error: unknown) => logger.error('draining the sms outbox failed', { error: String(error) }));
    c.executionCtx.waitUntil(work);
  };
  const app = createApp({
    db,
    menu,
    logger,
    now: Date.now,
    callbackSecret: config.CALLBACK_SECRET,
    adminApiKey: config.ADMIN_API_KEY,
    resumeWindowMs: sweepSettings(config).resumeWindowMs,
    serviceCode: config.USSD_SERVICE_CODE,
    screenLimits: config.USSD_SCREEN_LIMITS,
    drainSoon: drain,
    webhookNetwork,
    mpesa: payments ? { callbackSecret: payments.callbackSecret } : undefined,
    // Only where wrangler.toml's development vars ask for it; parseEnv refuses it in production.
    simulator: config.SIMULATOR === 'on',
    simulatorNoInboxNote: workerNoInboxNote(!gateway ? 'none' : config.AT_SMS_URL ? 'sms-url' : 'africastalking'),
    // Cloudflare sets it to the visitor's address; it cannot be forged through Cloudflare's edge.
    clientAddress: (c) => c.req.header('cf-connecting-ip') ?? null,
  });
  const seed = config.SEED_DEMO_DATA === 'true' ? seedDemoData(db, Date.now()) : Promise.resolve(false);
  // A failed seed is tried again by the next request rather than failing every request after it.
  const ready = seed.catch((error: unknown) => {
    logger.error('loading the demo data failed', { error: String(error) });
    built = undefined;
  });
  built = { env, config, db, logger, gateway, webhookNetwork, payments, app, ready };
  return built;
}

/** One claim of due webhook deliveries; what a full claim leaves is taken by the next request or cron. */
function deliverWebhooks({ db, logger, webhookNetwork }: Pick<Runtime, 'db' | 'logger' | 'webhookNetwork'>): Promise<unknown> {
  return drainWebhooks({ db, network: webhookNetwork, now: Date.now, logger }).catch((error: unknown) =>
    logger.error('delivering webhooks failed', { error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
}

/** Sends the M-Pesa pushes that are owed. */
function sendPushes(payments: PaymentWork, logger: Logger): Promise<unknown> {
  return payments.drain().catch((error: unknown) => logger.error('sending m-pesa pushes failed', { error: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
}

/**
 * A Worker has no start-up to stop, so a configuration that Node would refuse to start with
 * refuses every request instead: 503 to the caller (naming no setting to the public), and the
 * line that names the setting in the Worker's log.
 */
function refusedConfiguration(env: WorkerEnv): string | null {
  try {
    parseEnv(env as unknown as Record<string, unknown>);
    return null;
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
}

export default {
  async fetch(request, env, ctx) {
    const refused = built?.env === env ? null : refusedConfiguration(env);
    if (refused !== null) {
      console.error(JSON.stringify({ time: new Date().toISOString(), level: 'error', message: 'refusing every request: the configuration is unsafe', configuration: refused }));
      return new Response('Service Unavailable: the service is not configured (see its log)\n', { status: 503, headers: { 'content-type': 'text/plain' } });
    }
    const { app, ready } = runtimeFor(env);
    await ready;
    return app.fetch(request, env, ctx);
  },

  /** The cron in wrangler.toml: the safety net that the Node runtime runs on timers (SMS retries, session upkeep). */
  async scheduled(_controller, env, ctx) {
    const refused = built?.env === env ? null : refusedConfiguration(env);
    if (refused !== null) {
      console.error(JSON.stringify({ time: new Date().toISOString(), level: 'error', message: 'skipping the cron: the configuration is unsafe', configuration: refused }));
      return;
    }
    const { config, db, logger, gateway, webhookNetwork, payments } = runtimeFor(env);
    const errorText = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));
    // D1 takes no PRAGMA secure_delete or wal_checkpoint: how its storage forgets is Cloudflare's (README).
    const sweep = runUpkeep({ db, now: Date.now, logger, sessions: sweepSettings(config), retention: retentionSettings(config), limit: SWEEP_LIMIT })
      .catch((error: unknown) => logger.error('the upkeep run (session sweep, retention) failed', { error: errorText(error) }));
    ctx.waitUntil(sweep);
    ctx.waitUntil(deliverWebhooks({ db, logger, webhookNetwork }));
    if (payments) {
      ctx.waitUntil(sendPushes(payments, logger));
      ctx.waitUntil(payments.reconcile().catch((error: unknown) => logger.error('reconciling m-pesa pushes failed', { error: errorText(error) })));
    }
    if (gateway) {
      const drain = drainOutbox({ db, gateway, now: Date.now, logger, ...drainSettings(config) })
        .then((result) => logger.info('drained the sms outbox', { ...result }))
        .catch((error: unknown) => logger.error('draining the sms outbox failed', { error: errorText(error) }));
      ctx.waitUntil(drain);
    }
  },
} satisfies ExportedHandler<WorkerEnv>;
