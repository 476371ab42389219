import { createConsoleLogger } from '../../src/logging/logger.js';
import { createSdkSmsGateway } from '../../src/runtime/africastalking-sms-gateway.js';
import { openDatabase } from '../../src/runtime/node.js';
import { drainOutbox } from '../../src/sms/drain-outbox.js';
import { createFetchSmsGateway } from '../../src/sms/fetch-sms-gateway.js';
import type { DrainJob, DrainResult } from './load-jobs.js';

/**
 * Sends an outbox the harness filled, as `npm start` does: `drainOutbox` in full batches with
 * the official SDK (or, to compare, the fetch gateway Workers use), here to the local Africa's
 * Talking gateway in its own process. The CPU per SMS is this process's own.
 */
export async function measureDrain(job: DrainJob): Promise<DrainResult> {
  const { db, close } = openDatabase(job.databasePath);
  const credentials = { username: 'sandbox', apiKey: 'bench', timeoutMs: 10_000 };
  const gateway = job.gateway === 'sdk' ? createSdkSmsGateway({ ...credentials, smsUrl: job.gatewayUrl }) : createFetchSmsGateway({ ...credentials, baseUrl: job.gatewayUrl });
  const logger = createConsoleLogger('error');
  let sent = 0;
  let notSent = 0;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  try {
    for (;;) {
      const drained = await drainOutbox({ db, gateway, now: Date.now, logger });
      sent += drained.sent;
      notSent += drained.retrying + drained.failed;
      if (!drained.more) break;
    }
  } finally {
    close();
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  return { sent, notSent, seconds: Math.round(seconds * 100) / 100, smsPerSecond: Math.round(sent / seconds), cpuMicrosPerSms: Math.round((cpu.user + cpu.system) / Math.max(1, sent)) };
}
