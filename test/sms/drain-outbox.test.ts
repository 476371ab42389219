import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { citizens, smsOutbox } from '../../src/db/schema.js';
import { installGroupCommit } from '../../src/runtime/group-commit.js';
import { drainOutbox } from '../../src/sms/drain-outbox.js';
import type { SmsGateway } from '../../src/sms/sms-gateway.js';
import { queueSms } from '../../src/sms/queue-sms.js';
import { serveWithLocalGateway, testClock } from '../support/test-app.js';

const PHONE = '+254733000333';
const MINUTE = 60_000;

let clock: ReturnType<typeof testClock>;
let served: Awaited<ReturnType<typeof serveWithLocalGateway>>;
let local: typeof served.local;
let harness: typeof served.harness;

beforeEach(async () => {
  clock = testClock();
  served = await serveWithLocalGateway({ now: clock.now, seed: false });
  ({ local, harness } = served);
});
afterEach(() => served.close());

/** The real dispatcher with the real SDK, sending to the local gateway over HTTP. */
const drain = () =>
  drainOutbox({
    db: harness.db,
    gateway: served.sdkGateway(500),
    now: clock.now,
    logger: harness.logger,
    sendTimeoutMs: 500,
    random: () => 1,
  });

async function queue(count = 1, phone = PHONE) {
  for (let i = 0; i < count; i += 1) {
    await queueSms(harness.db, { kind: 'command_help', phone, language: 'en', values: { service_code: `*2222*${i}#` }, dedupeKey: `test:${phone}:${i}`, now: clock.now() });
  }
}
const rows = () => harness.db.select().from(smsOutbox).all();

describe('the outbox dispatcher', () => {
  it('only reads when nothing is due: a drain after every hop must not open a write transaction of its own', async () => {
    const commits = installGroupCommit(harness.sqlite);
    expect(await drain()).toEqual({ claimed: 0, more: false, sent: 0, retrying: 0, failed: 0 });
    expect(harness.sqlite.inTransaction).toBe(false);
    await queue();
    expect(await drain()).toMatchObject({ claimed: 1, sent: 1 });
    await commits.durable();
    expect((await rows()).map((row) => row.state)).toEqual(['sent']);
  });

  it('sends each queued SMS once, and the delivery report marks it delivered', async () => {
    await queue(3);
    expect(await drain()).toEqual({ claimed: 3, more: false, sent: 3, retrying: 0, failed: 0 });
    expect(await drain()).toEqual({ claimed: 0, more: false, sent: 0, retrying: 0, failed: 0 });
    await local.flushDeliveryReports();
    expect(local.inbox(PHONE)).toHaveLength(3);
    expect((await rows()).map((row) => [row.state, row.attempts, row.cost])).toEqual(Array.from({ length: 3 }, () => ['delivered', 1, 'KES 0.8000']));
  });

  it('sends once after the gateway fails 5 times and recovers', async () => {
    local.setFaults({ http500: 5 });
    await queue();
    const results = [];
    for (let attempt = 0; attempt < 6; attempt += 1) {
      results.push(await drain());
      clock.advance(31 * MINUTE);
    }
    expect(results.map((result) => (result.sent ? 'sent' : result.retrying ? 'retry' : '-'))).toEqual(['retry', 'retry', 'retry', 'retry', 'retry', 'sent']);
    expect(local.inbox(PHONE)).toHaveLength(1);
    expect((await rows())[0]).toMatchObject({ state: 'sent', attempts: 6, failureReason: null });
  });

  it('waits longer after each failure, with jitter within bounds', async () => {
    local.setFaults({ down: true });
    await queue();
    const waits: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1) {
      await drain();
      const [row] = await rows();
      waits.push(row!.nextAttemptAt - clock.now());
      clock.advance(row!.nextAttemptAt - clock.now());
    }
    expect(waits).toEqual([15_000, 30_000, 60_000, 120_000]);
  });

  it('sends again, once, what a dispatcher killed mid-send had claimed, after its lease runs out', async () => {
    await queue();
    await harness.db.update(smsOutbox).set({ state: 'sending', leaseUntil: clock.now() + MINUTE, attempts: 1 });
    expect((await drain()).claimed).toBe(0);
    clock.advance(MINUTE + 1);
    expect(await drain()).toMatchObject({ claimed: 1, sent: 1 });
    expect(local.inbox(PHONE)).toHaveLength(1);
    expect((await rows())[0]).toMatchObject({ state: 'sent', attempts: 2 });
  });

  it('sends each SMS once when two dispatchers drain at the same time', async () => {
    await queue(40);
    const [first, second] = await Promise.all([drain(), drain()]);
    expect(first!.sent + second!.sent).toBe(40);
    const bodies = local.inbox(PHONE).map((message) => message.message);
    expect(bodies).toHaveLength(40);
    expect(new Set(bodies).size).toBe(40);
  });

  it('sizes a claim to its lease: a second dispatcher draining while the first sends at its timeout never sends an SMS twice', async () => {
    await queue(50);
    const sends: string[] = [];
    /** Every send takes the whole timeout; four run at once, so the clock moves a quarter of it per send. */
    const slowGateway = (onSent: () => Promise<unknown>): SmsGateway => ({
      send: async (sms) => {
        sends.push(sms.message);
        clock.advance(10_000 / 4);
        await onSent();
        return { kind: 'accepted', messageId: `ATXid_${sends.length}`, statusCode: 101, cost: null };
      },
    });
    const settings = { now: clock.now, logger: harness.logger, leaseMs: 60_000, sendTimeoutMs: 10_000, concurrency: 4 };
    // The second dispatcher drains after every fourth send of the first, claiming whatever it may.
    const second = () => drainOutbox({ ...settings, db: harness.db, gateway: slowGateway(async () => undefined) });
    const first = slowGateway(() => (sends.length % 4 === 0 ? second() : Promise.resolve()));
    for (let round = 0; round < 20; round += 1) {
      if (!(await drainOutbox({ ...settings, db: harness.db, gateway: first })).more) break;
    }
    expect(sends).toHaveLength(50);
    expect(new Set(sends).size).toBe(50);
  });

  it.each([
    [403, '403 InvalidPhoneNumber'],
    [404, '404 UnsupportedNumberType'],
    [406, '406 UserInBlacklist'],
  ] as const)('never retries status %i, and records why', async (statusCode, reason) => {
    local.setFaults({ statusFor: { [PHONE]: statusCode } });
    await queue();
    expect(await drain()).toMatchObject({ failed: 1 });
    clock.advance(60 * MINUTE);
    expect((await drain()).claimed).toBe(0);
    expect((await rows())[0]).toMatchObject({ state: 'failed', attempts: 1, failureReason: reason, gatewayStatusCode: statusCode });
  });

  it('gives up, with the reason, on an SMS still failing a day after it was queued', async () => {
    local.setFaults({ down: true });
    await queue();
    for (let attempt = 0; attempt < 60; attempt += 1) {
      await drain();
      clock.advance(31 * MINUTE);
    }
    const [row] = await rows();
    expect(row).toMatchObject({ state: 'failed' });
    expect(row!.failureReason).toMatch(/^gave up after \d+ attempts: HTTP 503/);
    expect(local.inbox(PHONE)).toEqual([]);
  });

  it('keeps an SMS to a citizen who opted out as suppressed, and never sends it', async () => {
    await harness.db.insert(citizens).values({ phone: PHONE, language: 'en', smsOptOut: true, createdAt: clock.now(), updatedAt: clock.now() });
    await queue();
    await drain();
    expect((await rows())[0]?.state).toBe('suppressed');
    expect(local.inbox(PHONE)).toEqual([]);
  });

  it('records a delivery failure that the report gives', async () => {
    local.setFaults({ deliveryFor: { [PHONE]: { status: 'Failed', failureReason: 'UserInBlackList' } } });
    await queue();
    await drain();
    await local.flushDeliveryReports();
    expect((await harness.db.select().from(smsOutbox).where(eq(smsOutbox.phone, PHONE)).get())).toMatchObject({ state: 'failed', failureReason: 'delivery Failed: UserInBlackList' });
  });
});
