import { eq } from 'drizzle-orm';
import { applications, payments, smsOutbox } from '../../src/db/schema.js';
import { createLocalDaraja, LOCAL_DARAJA_PATH } from '../../src/local-gateway/local-daraja.js';
import type { DarajaFaults } from '../../src/local-gateway/daraja-faults.js';
import { callbackPathSecret } from '../../src/payments/callback-path-secret.js';
import { localDarajaConfig } from '../../src/payments/daraja-config.js';
import { createPaymentWork } from '../../src/payments/payment-work.js';
import { listen } from './http-server.js';
import { createTestApp, recordingLogger, testClock, type TestAppOptions } from './test-app.js';
import { phone } from './ussd-client.js';

/**
 * The app over real HTTP on 127.0.0.1 with M-Pesa payments on and the local Daraja stand-in
 * mounted, as `npm run dev` runs without a Safaricom account: pushes go to the stand-in over
 * HTTP, and its callbacks come back to the app's secret path. Tests drain and reconcile by hand
 * on a clock they move.
 */
export async function servePayments(options: TestAppOptions & { dbFile?: string } = {}) {
  const clock = testClock();
  const standIn = localDarajaConfig('http://127.0.0.1', LOCAL_DARAJA_PATH);
  const local = createLocalDaraja({ logger: recordingLogger(), shortcode: standIn.shortcode, passkey: standIn.passkey });
  local.setFaults({ callbackDelayMs: 0 });
  const secret = await callbackPathSecret(standIn.consumerSecret, standIn.shortcode);
  const harness = await createTestApp({ now: clock.now, ...options, mpesa: { callbackSecret: Promise.resolve(secret) }, localDaraja: local });
  const server = await listen(harness.app.fetch);
  const work = createPaymentWork({
    db: harness.db,
    config: localDarajaConfig(server.url, LOCAL_DARAJA_PATH),
    logger: harness.logger,
    serviceCode: '*2222#',
    now: clock.now,
  });
  return {
    harness,
    server,
    local,
    clock,
    work,
    callbackUrl: `${server.url}/daraja/callback/${secret}`,
    phone: (number: string) => phone(harness.app, number),
    script: (faults: DarajaFaults) => local.setFaults(faults),
    /** Sends the owed pushes and waits for the stand-in's callbacks to land. */
    async settle() {
      await work.drain();
      await local.flush();
    },
    paymentsOf: async (reference: string) =>
      (
        await harness.db
          .select({ payment: payments })
          .from(payments)
          .innerJoin(applications, eq(applications.id, payments.applicationId))
          .where(eq(applications.reference, reference))
      ).map((row) => row.payment),
    smsTo: async (number: string) => await harness.db.select().from(smsOutbox).where(eq(smsOutbox.phone, number)),
    async close() {
      local.reset();
      await server.close();
      harness.close();
    },
  };
}

/** The number of the option that names `label`, paging with 98 until a screen shows it. */
export async function optionFor(press: (input: string) => Promise<string>, screen: string, label: string): Promise<{ option: string }> {
  let current = screen;
  for (let page = 0; page < 10; page += 1) {
    const line = current.replace(/^(CON|END) /, '').split('\n').find((candidate) => /^\d+\. /.test(candidate) && candidate.includes(label));
    if (line) return { option: line.slice(0, line.indexOf('.')) };
    if (!current.includes('\n98 ')) break;
    current = await press('98');
  }
  throw new Error(`no option "${label}" on:\n${current}`);
}
