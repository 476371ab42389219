import { drizzle } from 'drizzle-orm/d1';
import type { Hono } from 'hono';
import { parseEnv } from '../config/parse-env.js';
import * as schema from '../db/schema.js';
import { seedDemoData } from '../db/seed-demo-data.js';
import { createApp } from '../http/create-app.js';
import { createConsoleLogger } from '../logging/logger.js';
import { bundledMenuFiles } from '../menu/bundled-menus.js';
import { loadMenus } from '../menu/load-menus.js';
import { sweepSessions, sweepSettings } from '../ussd/sweep-sessions.js';

export interface WorkerEnv {
  DB: D1Database;
  SEED_DEMO_DATA?: string;
  CALLBACK_SECRET?: string;
  ADMIN_API_KEY?: string;
  RESUME_WINDOW_MINUTES?: string;
  SESSION_RETENTION_DAYS?: string;
  LOG_LEVEL?: string;
}

const menu = loadMenus(bundledMenuFiles);

/**
 * Rows per sweep step. D1 allows 1,000 queries per invocation on Workers Paid, and counting
 * a session takes two: this keeps a cron run well inside it (the free plan's 50 is not enough).
 */
const SWEEP_LIMIT = 200;

/**
 * Built once per isolate for the bindings it was given: the app holds no request state, and
 * every instance reads and writes the one D1 database, so any instance can take any hop.
 */
let built: { env: WorkerEnv; app: Hono; ready: Promise<unknown> } | undefined;

function appFor(env: WorkerEnv) {
  if (built?.env === env) return built;
  const config = parseEnv(env as unknown as Record<string, unknown>);
  const db = drizzle(env.DB, { schema });
  const logger = createConsoleLogger(config.LOG_LEVEL);
  const app = createApp({
    db,
    menu,
    logger,
    now: Date.now,
    callbackSecret: config.CALLBACK_SECRET,
    adminApiKey: config.ADMIN_API_KEY,
    resumeWindowMs: sweepSettings(config).resumeWindowMs,
  });
  const seed = env.SEED_DEMO_DATA === 'true' ? seedDemoData(db, Date.now()) : Promise.resolve(false);
  // A failed seed is tried again by the next request rather than failing every request after it.
  const ready = seed.catch((error: unknown) => {
    logger.error('loading the demo data failed', { error: String(error) });
    built = undefined;
  });
  built = { env, app, ready };
  return built;
}

export default {
  async fetch(request, env, ctx) {
    const { app, ready } = appFor(env);
    await ready;
    return app.fetch(request, env, ctx);
  },

  /** The cron in wrangler.toml: the session upkeep that the Node runtime runs on a timer. */
  async scheduled(_controller, env, ctx) {
    const config = parseEnv(env as unknown as Record<string, unknown>);
    const logger = createConsoleLogger(config.LOG_LEVEL);
    const sweep = sweepSessions({ db: drizzle(env.DB, { schema }), now: Date.now, settings: sweepSettings(config), limit: SWEEP_LIMIT })
      .then((result) => logger.info('swept ussd sessions', { ...result }))
      .catch((error: unknown) => logger.error('sweeping ussd sessions failed', { error: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
    ctx.waitUntil(sweep);
  },
} satisfies ExportedHandler<WorkerEnv>;
