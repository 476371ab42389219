import { eq } from 'drizzle-orm';
import { webhookDeliveries } from '../../src/db/schema.js';
import { createNodeWebhookNetwork, type ResolveHost } from '../../src/runtime/node-webhook-network.js';
import { drainWebhooks, type WebhookDrainDeps } from '../../src/webhooks/drain-webhooks.js';
import type { WebhookNetwork } from '../../src/webhooks/webhook-network.js';
import { createApiApp } from './api-app.js';
import { api } from './api-client.js';
import { testClock } from './test-app.js';
import { postHop } from './ussd-client.js';

/** CRS's birth certificate, applied for over USSD in one dial string (the demo form: ID, name, county, collection centre). */
export const APPLY_BIRTH_CERTIFICATE = '4*1*12345678*Amina Wanjiru*kaka*1*1';

/**
 * The API app on a moving test clock, a key for CRS (whose birth certificate citizens apply for
 * by phone), and the real webhook dispatcher with Node's network: outside production (a local
 * receiver allowed) unless `production` is set, with `resolve` standing in for DNS if given.
 */
export async function webhookHarness(options: { production?: boolean; resolve?: ResolveHost; resolveTimeoutMs?: number } = {}) {
  const clock = testClock();
  const network: WebhookNetwork = createNodeWebhookNetwork({ allowLoopback: !options.production, ...(options.resolve ? { resolve: options.resolve } : {}), ...(options.resolveTimeoutMs ? { resolveTimeoutMs: options.resolveTimeoutMs } : {}) });
  const harness = await createApiApp({ now: clock.now, webhookNetwork: network });
  const key = await harness.agencyKey('CRS');
  let sessions = 0;
  return {
    ...harness,
    clock,
    key,
    network,
    register: (url: string, as = key) => api(harness.app, 'POST', '/webhooks', { key: as, body: { url } }),
    /** A citizen applies for a birth certificate by phone; returns the reference. */
    applyByPhone: async (phoneNumber = '+254711000111', sessionId = `apply-${(sessions += 1)}`) => {
      const reply = await postHop(harness.app, { sessionId, phoneNumber, text: APPLY_BIRTH_CERTIFICATE });
      const reference = /reference is (EC\d{8})/.exec(reply.body)?.[1];
      if (!reference) throw new Error(`the application was not made: ${reply.body}`);
      return reference;
    },
    /** The session is lost (a restart, another instance): the next hop replays its dial string from the root. */
    forgetSession: (sessionId: string) => harness.sqlite.prepare('delete from ussd_sessions where session_id = ?').run(sessionId),
    drain: (overrides: Partial<WebhookDrainDeps> = {}) => drainWebhooks({ db: harness.db, network, now: clock.now, logger: harness.logger, random: () => 1, ...overrides }),
    deliveries: (endpointId: string) => harness.db.select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, endpointId)).all(),
  };
}
