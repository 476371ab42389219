import { count, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PHONES } from '../../src/db/demo-applications.js';
import { statusLookupFailures } from '../../src/db/schema.js';
import { createTestApp, testClock } from '../support/test-app.js';
import { postHop } from '../support/ussd-client.js';

let clock: ReturnType<typeof testClock>;
let harness: Awaited<ReturnType<typeof createTestApp>>;
beforeEach(async () => {
  clock = testClock();
  harness = await createTestApp({ now: clock.now });
});
afterEach(() => harness.close());

const STRANGER = '+254733000333';
const lookUp = (sessionId: string, reference: string, phoneNumber = STRANGER) =>
  postHop(harness.app, { sessionId, phoneNumber, text: `2*${reference}` }).then((reply) => reply.body);

describe('status look-ups by a phone that is not the applicant', () => {
  it('get the same answer as a reference that does not exist, for status and for payment', async () => {
    expect(await lookUp('a', 'EC20418375')).toBe(await lookUp('b', 'EC20418375').then(() => lookUp('c', 'EC99999999')).then((body) => body.replace('EC99999999', 'EC20418375')));
    const pay = await postHop(harness.app, { sessionId: 'd', phoneNumber: STRANGER, text: '5*EC20418375' });
    expect(pay.body).toBe('CON No application EC20418375 was found for this phone number.\n1. Try another reference\n0 Back\n00 Main menu');
  });

  it('are refused for an hour after five misses, with a message saying until when', async () => {
    for (let miss = 1; miss <= 5; miss += 1) {
      expect(await lookUp(`m${miss}`, `EC1000000${miss}`)).toMatch(/^CON No application/);
      clock.advance(60_000);
    }
    expect(await lookUp('m6', 'EC20418375', STRANGER)).toBe(
      'END Too many references were not found. For your safety, try again after 10:00.',
    );
    expect(await lookUp('own', 'EC20418375', DEMO_PHONES.english)).toMatch(/^CON EC20418375: /);
    clock.advance(60 * 60 * 1000 - 5 * 60_000 + 1);
    expect(await lookUp('later', 'EC10000009')).toMatch(/^CON No application/);
  });

  it('locks Kiswahili speakers out with a Kiswahili message', async () => {
    for (let miss = 1; miss <= 5; miss += 1) await lookUp(`k${miss}`, `EC2000000${miss}`, DEMO_PHONES.kiswahili);
    expect(await lookUp('k6', 'EC31500421', DEMO_PHONES.kiswahili)).toMatch(/^END Umeweka nambari nyingi ambazo hazikupatikana\. Kwa usalama wako, jaribu tena baada ya saa 4:00 asubuhi\.$/);
  });

  it('count a retransmitted or replayed miss once', async () => {
    await lookUp('r', 'EC10000001');
    await lookUp('r', 'EC10000001');
    harness.sqlite.prepare("delete from ussd_sessions where session_id = 'r'").run();
    await lookUp('r', 'EC10000001');
    const misses = await harness.db.select({ n: count() }).from(statusLookupFailures).where(eq(statusLookupFailures.phone, STRANGER)).get();
    expect(misses?.n).toBe(1);
  });
});
