import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { smsOutbox } from '../../src/db/schema.js';
import { drainOutbox } from '../../src/sms/drain-outbox.js';
import { queueSms } from '../../src/sms/queue-sms.js';
import type { SendOutcome, SmsGateway } from '../../src/sms/sms-gateway.js';
import { serveWithLocalGateway, testClock } from '../support/test-app.js';

/**
 * The short version of `npm run robustness:gateway` (scripts/robustness/gateway-faults.ts): SMS
 * queued while the gateway is down, then slow past the timeout, then answering 500s and odd
 * status codes. At the end every SMS is accepted by the gateway, or recorded as failed with its
 * reason; none is lost or left stuck. Only a send that timed out may reach the gateway twice:
 * Africa's Talking has no idempotency key, and a timed-out send may have been accepted.
 */
const COUNT = Number(process.env.FAULT_SMS ?? 200);
const MINUTE = 60_000;

let clock: ReturnType<typeof testClock>;
let served: Awaited<ReturnType<typeof serveWithLocalGateway>>;
beforeEach(async () => {
  clock = testClock();
  // The gateway remembers every attempt, so each sent row can be matched to what it accepted.
  served = await serveWithLocalGateway({ now: clock.now, seed: false, keepMessages: COUNT * 3 });
});
afterEach(() => served.close());

describe('SMS through gateway faults', () => {
  it(`sends ${COUNT} SMS once each, or records why not, through an outage, timeouts, 500s and refusals`, async () => {
    const { local, harness } = served;
    const timedOut = new Set<string>();
    const sdk = served.sdkGateway(150);
    const gateway: SmsGateway = {
      async send(sms) {
        const outcome: SendOutcome = await sdk.send(sms);
        if (outcome.kind === 'retry' && outcome.reason.startsWith('no answer')) timedOut.add(sms.message);
        return outcome;
      },
    };
    const phones = Array.from({ length: 20 }, (_, i) => `+2547330${String(i).padStart(5, '0')}`);
    for (let i = 0; i < COUNT; i += 1) {
      await queueSms(harness.db, { kind: 'command_help', phone: phones[i % phones.length]!, language: 'en', values: { service_code: `#${i}` }, dedupeKey: `fault:${i}`, now: clock.now() });
    }
    const BATCH = 25;
    /** As the server drains: batch after batch while full ones come back, here at most `batches`. */
    const drain = async (batches = Number.POSITIVE_INFINITY) => {
      let claimed = 0;
      for (let batch = 0; batch < batches; batch += 1) {
        const drained = await drainOutbox({ db: harness.db, gateway, now: clock.now, logger: harness.logger, batchSize: BATCH, concurrency: 8 });
        claimed += drained.claimed;
        if (!drained.more) break;
      }
      return claimed;
    };

    // One batch a round meets each fault; the rest wait in the outbox through all of them.
    const phases: [string, Parameters<typeof local.setFaults>[0], number][] = [
      ['down', { down: true }, 3],
      ['slow past the timeout', { down: false, slowMs: 400 }, 2],
      ['500s', { slowMs: 0, http500: 40 }, 3],
      ['refusals', { statusFor: { [phones[0]!]: 403, [phones[1]!]: 406, [phones[2]!]: 405 } }, 3],
    ];
    for (const [, faults, rounds] of phases) {
      local.setFaults(faults);
      for (let round = 0; round < rounds; round += 1) {
        await drain(1);
        clock.advance(31 * MINUTE);
      }
    }
    // The gateway recovers; two numbers stay refused for good (invalid, blacklisted).
    local.setFaults({ down: false, slowMs: 0, http500: 0, statusFor: { [phones[0]!]: 403, [phones[1]!]: 406 } });
    for (let round = 0; round < 200; round += 1) {
      const claimed = await drain();
      clock.advance(31 * MINUTE);
      if (claimed === 0 && (await harness.db.select().from(smsOutbox).all()).every((row) => row.state !== 'queued' && row.state !== 'sending')) break;
    }

    expect(timedOut.size, 'the slow phase timed some sends out').toBeGreaterThan(0);
    const rows = await harness.db.select().from(smsOutbox).all();
    expect(rows.filter((row) => row.state === 'queued' || row.state === 'sending')).toEqual([]);
    const accepted = local.messages().filter((message) => message.status === 'accepted');
    const acceptedBodies = new Map<string, number>();
    for (const message of accepted) acceptedBodies.set(message.message, (acceptedBodies.get(message.message) ?? 0) + 1);
    for (const row of rows) {
      if (row.state === 'sent' || row.state === 'delivered') {
        expect(accepted.some((message) => message.messageId === row.gatewayMessageId), `row ${row.id}`).toBe(true);
      } else {
        expect(row.state).toBe('failed');
        expect(row.failureReason, `row ${row.id}`).toMatch(/\S/);
      }
    }
    for (const [body, times] of acceptedBodies) if (times > 1) expect(timedOut.has(body), body).toBe(true);
    const failedFor = new Set(rows.filter((row) => row.state === 'failed').map((row) => row.phone));
    expect([...failedFor].sort()).toEqual([phones[0], phones[1]].sort());
  }, 60_000 + COUNT * 20);
});
