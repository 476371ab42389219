import type { Hono } from 'hono';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDemoData } from '../../src/db/seed-demo-data.js';
import type { ScreenLimits } from '../../src/domain/screen-limits.js';
import { createApp } from '../../src/http/create-app.js';
import { createSqliteSessionStore } from '../../src/runtime/sqlite-session-store.js';
import { createLocalAtGateway } from '../../src/local-gateway/local-at-gateway.js';
import { createSdkSmsGateway } from '../../src/runtime/africastalking-sms-gateway.js';
import { listen } from './http-server.js';
import type { Logger, LogFields } from '../../src/logging/logger.js';
import { bundledMenuFiles } from '../../src/menu/bundled-menus.js';
import { loadMenus } from '../../src/menu/load-menus.js';
import type { Menu } from '../../src/menu/menu-schema.js';
import { openDatabase } from '../../src/runtime/node.js';
import { createNodeWebhookNetwork } from '../../src/runtime/node-webhook-network.js';
import type { WebhookNetwork } from '../../src/webhooks/webhook-network.js';

/** 2026-11-20 09:00 in Nairobi: a fixed clock, so dates on screens are known. */
export const TEST_NOW = Date.UTC(2026, 10, 20, 6, 0, 0);

export interface LogEntry {
  level: 'info' | 'warn' | 'error';
  message: string;
  fields: LogFields;
}

/** A logger that keeps its entries for a test to read. */
export function recordingLogger(): Logger & { entries: LogEntry[] } {
  const entries: LogEntry[] = [];
  const record = (level: LogEntry['level']) => (message: string, fields: LogFields = {}) => {
    entries.push({ level, message, fields });
  };
  return { entries, info: record('info'), warn: record('warn'), error: record('error') };
}

/**
 * The real app on a real SQLite file, migrated and loaded with the demo data, as `npm start`
 * runs it. Call `close()` when done.
 */
/** A clock a test moves by hand, starting at TEST_NOW. */
export function testClock() {
  let time = TEST_NOW;
  return {
    now: () => time,
    advance: (ms: number) => {
      time += ms;
    },
  };
}

export interface TestAppOptions {
  menu?: Menu;
  callbackSecret?: string;
  adminApiKey?: string;
  seed?: boolean;
  /** The app's clock; fixed at TEST_NOW unless a test moves it. */
  now?: () => number;
  rateLimitPerMinute?: number;
  /** Mounts the built-in Africa's Talking gateway at /__at, as `npm start` does without an account. */
  localGateway?: ReturnType<typeof createLocalAtGateway>;
  /** Serves the phone simulator at /simulator, as outside production. */
  simulator?: boolean;
  /** GSM-7 characters per screen by network code (USSD_SCREEN_LIMITS); the defaults otherwise. */
  screenLimits?: ScreenLimits;
  /** The way out to webhook endpoints: Node's, as outside production (a local receiver allowed), unless a test gives another. */
  webhookNetwork?: WebhookNetwork;
  /** M-Pesa payments on, with Daraja's callbacks read at this secret path segment. */
  mpesa?: { callbackSecret: Promise<string> };
  /** Mounts the local Daraja stand-in at /__daraja. */
  localDaraja?: { app: Hono };
  /** The code citizens dial (USSD_SERVICE_CODE); `*2222#` unless a test sets another. */
  serviceCode?: string;
}

export async function createTestApp(options: TestAppOptions = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'ecitizen-test-'));
  const { db, sqlite, close } = openDatabase(join(dir, 'test.sqlite'));
  if (options.seed !== false) await seedDemoData(db, TEST_NOW);
  const logger = recordingLogger();
  const app = createApp({
    db,
    menu: options.menu ?? loadMenus(bundledMenuFiles),
    logger,
    now: options.now ?? (() => TEST_NOW),
    // The store `npm start` uses; the drizzle one (Workers) is run by the workers project and test/ussd/session-stores.test.ts.
    sessions: createSqliteSessionStore(sqlite),
    callbackSecret: options.callbackSecret,
    adminApiKey: options.adminApiKey,
    localGateway: options.localGateway,
    rateLimitPerMinute: options.rateLimitPerMinute,
    // Tests make many failed authentications: each request is its own client unless it names one.
    clientAddress: (c) => c.req.header('x-test-client') ?? `test-client-${Math.random()}`,
    simulator: options.simulator,
    screenLimits: options.screenLimits,
    webhookNetwork: options.webhookNetwork ?? createNodeWebhookNetwork({ allowLoopback: true }),
    mpesa: options.mpesa,
    localDaraja: options.localDaraja,
    serviceCode: options.serviceCode,
  });
  return {
    app,
    db,
    sqlite,
    logger,
    close: () => {
      close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The app over real HTTP with the built-in Africa's Talking gateway mounted, delivery reports
 * posted back to it, as `npm start` runs without an account.
 */
export async function serveWithLocalGateway(options: TestAppOptions & { keepMessages?: number } = {}) {
  const { keepMessages, ...appOptions } = options;
  const local = createLocalAtGateway({ logger: recordingLogger(), deliveryDelayMs: 0, keepMessages });
  const harness = await createTestApp({ ...appOptions, localGateway: local });
  const server = await listen(harness.app.fetch);
  local.setDeliveryReportUrl(`${server.url}/sms/delivery`);
  return {
    local,
    harness,
    server,
    /** The real SDK gateway, pointed at the local gateway. */
    sdkGateway: (timeoutMs = 1000) => createSdkSmsGateway({ username: 'sandbox', apiKey: 'test', smsUrl: `${server.url}/__at`, timeoutMs }),
    close: async () => {
      await local.flushDeliveryReports();
      await server.close();
      harness.close();
    },
  };
}
