import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_PHONES } from '../../src/db/demo-applications.js';
import { createTestApp, testClock } from '../support/test-app.js';
import { phone, postHop } from '../support/ussd-client.js';

let clock: ReturnType<typeof testClock>;
let harness: Awaited<ReturnType<typeof createTestApp>>;
beforeEach(async () => {
  clock = testClock();
  harness = await createTestApp({ now: clock.now });
});
afterEach(() => harness.close());

const MINUTE = 60_000;
const OFFER = 'CON You did not finish your last session.\n1. Continue where you left off\n2. Start over';

/** A citizen who got as far as the name of an application form, then lost the network. */
async function dropMidApplication() {
  const first = phone(harness.app, DEMO_PHONES.english, 'dropped');
  await first.dial();
  await first.press('4');
  await first.press('1');
  await first.press('12345678');
  return first;
}

async function notify(status: string) {
  const response = await harness.app.request('/ussd/events', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ sessionId: 'dropped', serviceCode: '*2222#', networkCode: '63902', phoneNumber: DEMO_PHONES.english, status, cost: 'KES 0.10', durationInMillis: '41000', hopsCount: '4', input: '12345678' }),
  });
  expect(response.status).toBe(200);
}

describe('continuing a dropped session', () => {
  it('offers to continue after an Incomplete notification, and lands on the same screen with everything typed kept', async () => {
    await dropMidApplication();
    await notify('Incomplete');
    clock.advance(3 * MINUTE);
    const next = phone(harness.app, DEMO_PHONES.english, 'next');
    expect(await next.dial()).toBe(OFFER);
    expect(await next.press('1')).toBe('CON Enter your full name as on your ID:\n0 Back\n00 Main menu');
    await next.press('Amina Wanjiru');
    await next.press('kaka');
    expect(await next.press('1')).toMatch(/^CON Birth Certificate\nID: 12345678\nName: Amina Wanjiru\nCounty: Kakamega\n/);
  });

  it('offers it also when the session went silent on a CON screen', async () => {
    await dropMidApplication();
    clock.advance(9 * MINUTE);
    expect(await phone(harness.app, DEMO_PHONES.english).dial()).toBe(OFFER);
  });

  it('starts over when the citizen declines, and does not offer the same session again', async () => {
    await dropMidApplication();
    const next = phone(harness.app, DEMO_PHONES.english);
    await next.dial();
    expect(await next.press('2')).toMatch(/^CON Welcome to e-Citizen\n1\. Find a service/);
    expect(await phone(harness.app, DEMO_PHONES.english).dial()).toMatch(/^CON Welcome to e-Citizen/);
  });

  it('asks again, in the session language, when the answer is neither 1 nor 2', async () => {
    const first = phone(harness.app, DEMO_PHONES.kiswahili);
    await first.dial();
    await first.press('2');
    const next = phone(harness.app, DEMO_PHONES.kiswahili);
    expect(await next.dial()).toBe('CON Hukumaliza ulichokuwa ukifanya mara ya mwisho.\n1. Endelea ulipoishia\n2. Anza upya');
    expect(await next.press('9')).toBe('CON Chaguo si sahihi.\nHukumaliza ulichokuwa ukifanya mara ya mwisho.\n1. Endelea ulipoishia\n2. Anza upya');
    expect(await next.press('1')).toBe('CON Weka nambari ya ombi lako, mfano EC20418375:\n0 Rudi');
  });

  it.each([
    ['after the resume window', 11 * MINUTE],
    ['to another phone', 0],
  ])('does not offer it %s', async (label, later) => {
    await dropMidApplication();
    clock.advance(later);
    const number = label === 'to another phone' ? DEMO_PHONES.kiswahili : DEMO_PHONES.english;
    expect(await phone(harness.app, number).dial()).toMatch(/^CON (Welcome to|Karibu) e-Citizen/);
  });

  it.each([
    ['finished with END', '2*x*y*z'],
    ['left on the main menu', ''],
    ['left on a closing text', '6*2'],
  ])('does not offer a session %s', async (_, text) => {
    await postHop(harness.app, { sessionId: 'earlier', phoneNumber: '+254733000333', text });
    expect(await phone(harness.app, '+254733000333').dial()).toMatch(/^CON Welcome to e-Citizen/);
  });

  it('keeps a dial string (*2222*2#) going straight where it points', async () => {
    await dropMidApplication();
    const reply = await postHop(harness.app, { sessionId: 'direct', phoneNumber: DEMO_PHONES.english, text: '2' });
    expect(reply.body).toBe('CON Enter your application reference, e.g. EC20418375:\n0 Back');
  });
});
