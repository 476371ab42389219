import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ConfigError, parseEnv, type Env } from '../config/parse-env.js';
import { seedDemoData } from '../db/seed-demo-data.js';
import { createApp, LOCAL_GATEWAY_PATH } from '../http/create-app.js';
import { createLocalAtGateway } from '../local-gateway/local-at-gateway.js';
import { createLocalDaraja, LOCAL_DARAJA_PATH } from '../local-gateway/local-daraja.js';
import { darajaConfig, localDarajaConfig } from '../payments/daraja-config.js';
import { createPaymentWork } from '../payments/payment-work.js';
import { createConsoleLogger } from '../logging/logger.js';
import { bundledMenuFiles } from '../menu/bundled-menus.js';
import { loadMenus } from '../menu/load-menus.js';
import { drainOutbox, drainSettings } from '../sms/drain-outbox.js';
import { retentionSettings } from '../privacy/erase-expired-data.js';
import { runUpkeep } from '../privacy/run-upkeep.js';
import { sweepSettings } from '../ussd/sweep-sessions.js';
import { drainWebhooks } from '../webhooks/drain-webhooks.js';
import { createSdkSmsGateway } from './africastalking-sms-gateway.js';
import { watchDatabaseFile } from './database-file-watch.js';
import { createNodeWebhookNetwork } from './node-webhook-network.js';
import { answerAfterCommit, installGroupCommit } from './group-commit.js';
import { openDatabase } from './open-database.js';
import { serialTask } from './serial-task.js';
import { createSqliteSessionStore } from './sqlite-session-store.js';
import { startupBanner } from './startup-banner.js';
import { startWalCheckpointer } from './wal-checkpointer.js';

// Where the tests open their databases. The operator scripts import open-database.ts itself, so
// that their bundles (scripts/build.mjs) leave the server out.
export { openDatabase };

const SWEEP_INTERVAL_MS = 60_000;
const REQUEST_TIMEOUT_MS = 30_000;
const HEADERS_TIMEOUT_MS = 10_000;
/** The safety net under the drain that follows every request: retries come due on their own. */
const DRAIN_INTERVAL_MS = 5_000;

/**
 * Production never creates a database by itself: a missing file there means a lost, moved or
 * mistyped database, and a fresh one would answer as if nothing had ever been recorded.
 */
function checkDatabaseExists(env: Env) {
  if (env.NODE_ENV !== 'production' || existsSync(env.DATABASE_PATH)) return;
  throw new ConfigError(
    `invalid configuration:\nDATABASE_PATH: no database at ${env.DATABASE_PATH}: production never creates one by itself; create it once with \`npm run db:create\`, or point DATABASE_PATH at the existing file`,
  );
}

async function main() {
  const env = parseEnv(process.env);
  checkDatabaseExists(env);
  const logger = createConsoleLogger(env.LOG_LEVEL);
  const menu = loadMenus(bundledMenuFiles);
  const { db, sqlite, close } = openDatabase(env.DATABASE_PATH);
  const commits = installGroupCommit(sqlite);
  const onDisk = env.DATABASE_PATH !== ':memory:';
  const checkpointer = onDisk ? startWalCheckpointer(sqlite, env.DATABASE_PATH, logger) : null;
  const fileWatch = onDisk ? watchDatabaseFile(env.DATABASE_PATH) : null;
  const seeded = env.SEED_DEMO_DATA === 'true' && (await seedDemoData(db, Date.now()));
  if (seeded) logger.info('loaded the demo data into an empty database', { path: env.DATABASE_PATH });

  const settings = sweepSettings(env);
  const errorText = (error: unknown) => (error instanceof Error ? (error.stack ?? error.message) : String(error));
  const host = env.HOST === '0.0.0.0' ? '127.0.0.1' : env.HOST;
  const selfUrl = `http://${host}:${env.PORT}`;

  // With the development tools asked for (SIMULATOR=on, never in production) and no Africa's
  // Talking account, SMS go to the built-in gateway on this same server, which posts delivery
  // reports back like Africa's Talking. With neither, SMS wait in the outbox until one is set.
  const realGateway = Boolean(env.AT_API_KEY || env.AT_SMS_URL);
  const localGateway =
    realGateway || env.SIMULATOR !== 'on'
      ? undefined
      : createLocalAtGateway({ logger, deliveryReportUrl: `${selfUrl}/sms/delivery${env.CALLBACK_SECRET ? `?secret=${encodeURIComponent(env.CALLBACK_SECRET)}` : ''}` });
  const gateway =
    realGateway || localGateway
      ? createSdkSmsGateway({
          username: env.AT_USERNAME,
          apiKey: env.AT_API_KEY ?? 'local-gateway',
          smsUrl: env.AT_SMS_URL ?? (localGateway ? `${selfUrl}${LOCAL_GATEWAY_PATH}` : undefined),
          timeoutMs: env.SMS_TIMEOUT_MS,
        })
      : null;
  const drainSoon = serialTask(
    async () => {
      if (!gateway) return;
      // Keep going while full batches come back: a backlog drains at once, not one batch per tick.
      for (;;) {
        const drained = await drainOutbox({ db, gateway, now: Date.now, logger, ...drainSettings(env) });
        if (!drained.more) break;
      }
    },
    (error) => logger.error('draining the sms outbox failed', { error: errorText(error) }),
  );
  // Outside production a local receiver (http://127.0.0.1) may be registered; never in production.
  const webhookNetwork = createNodeWebhookNetwork({ allowLoopback: env.NODE_ENV !== 'production' });
  const drainWebhooksSoon = serialTask(
    async () => {
      for (;;) {
        if (!(await drainWebhooks({ db, network: webhookNetwork, now: Date.now, logger })).more) break;
      }
    },
    (error) => logger.error('delivering webhooks failed', { error: errorText(error) }),
  );
  // M-Pesa pushes: through Daraja when configured; with the development tools and no Daraja
  // account, through the local stand-in on this same server (which calls back like Daraja).
  const realDaraja = darajaConfig(env);
  const standIn = realDaraja || env.SIMULATOR !== 'on' ? null : localDarajaConfig(selfUrl, LOCAL_DARAJA_PATH);
  const localDaraja = standIn ? createLocalDaraja({ logger, shortcode: standIn.shortcode, passkey: standIn.passkey }) : undefined;
  const daraja = realDaraja ?? standIn;
  const payments = daraja ? createPaymentWork({ db, config: daraja, logger, serviceCode: env.USSD_SERVICE_CODE, now: Date.now }) : null;
  const drainPaymentsSoon = serialTask(
    async () => payments?.drain(),
    (error) => logger.error('sending m-pesa pushes failed', { error: errorText(error) }),
  );
  const reconcileSoon = serialTask(
    async () => void (await payments?.reconcile()),
    (error) => logger.error('reconciling m-pesa pushes failed', { error: errorText(error) }),
  );
  const drainAll = () => {
    void drainSoon();
    void drainWebhooksSoon();
    void drainPaymentsSoon();
  };
  const sweepSoon = serialTask(
    // The old bytes of what was erased stay in the WAL until a truncating checkpoint, asked for and not awaited.
    () => runUpkeep({ db, now: Date.now, logger, sessions: settings, retention: retentionSettings(env), afterErasure: () => void checkpointer?.truncate() }),
    (error) => logger.error('the upkeep run (session sweep, retention) failed', { error: errorText(error) }),
  );

  const app = createApp({
    db,
    menu,
    logger,
    now: Date.now,
    sessions: createSqliteSessionStore(sqlite),
    callbackSecret: env.CALLBACK_SECRET,
    adminApiKey: env.ADMIN_API_KEY,
    resumeWindowMs: settings.resumeWindowMs,
    serviceCode: env.USSD_SERVICE_CODE,
    screenLimits: env.USSD_SCREEN_LIMITS,
    drainSoon: drainAll,
    webhookNetwork,
    localGateway,
    mpesa: payments ? { callbackSecret: payments.callbackSecret } : undefined,
    localDaraja,
    simulator: env.SIMULATOR === 'on',
    storageProblem: fileWatch?.problem,
    clientAddress: (c) => getConnInfo(c).remote.address ?? null,
  });
  // A body trickled in a byte at a time holds a connection and its buffers: every request here
  // is small (16 KB, or 512 KB for the API) and Africa's Talking gives up on a hop after 10 s, so
  // a request gets 30 s in all (Node's default is 300 s), its headers 10 s, checked every 5 s.
  const serverOptions = { requestTimeout: REQUEST_TIMEOUT_MS, headersTimeout: HEADERS_TIMEOUT_MS, connectionsCheckingInterval: 5_000 };
  const fetch = answerAfterCommit(app.fetch, commits, (error) => logger.error('a group commit failed; its requests were answered as failed', { error: errorText(error) }));
  const server = serve({ fetch, hostname: env.HOST, port: env.PORT, serverOptions }, (info) => {
    const url = `http://${info.address === '0.0.0.0' ? 'localhost' : info.address}:${info.port}`;
    const banner = startupBanner({ url, databasePath: env.DATABASE_PATH, sms: smsRoute(url), simulator: env.SIMULATOR === 'on', callbackSecret: Boolean(env.CALLBACK_SECRET) });
    for (const line of banner) console.log(line);
  });

  function smsRoute(url: string) {
    if (localGateway) return `the built-in gateway at ${url}${LOCAL_GATEWAY_PATH} (SIMULATOR=on, no AT_API_KEY)`;
    if (!gateway) return 'none: SMS wait in the outbox until AT_API_KEY (or AT_SMS_URL) is set, or SIMULATOR=on';
    return env.AT_SMS_URL ? `the gateway at AT_SMS_URL as ${env.AT_USERNAME}` : `Africa's Talking as ${env.AT_USERNAME}`;
  }

  const timers = [setInterval(drainAll, DRAIN_INTERVAL_MS), setInterval(() => {
    void sweepSoon();
    void reconcileSoon();
  }, SWEEP_INTERVAL_MS)];
  for (const timer of timers) timer.unref();
  drainAll();

  const stop = () => {
    for (const timer of timers) clearInterval(timer);
    fileWatch?.stop();
    server.close(() => {
      void (checkpointer?.stop() ?? Promise.resolve()).finally(() => {
        commits.flush();
        close();
        process.exit(0);
      });
    });
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  });
}
