import { afterEach, beforeEach, expect, it } from 'vitest';
import { DEMO_PHONES } from '../../src/db/demo-applications.js';
import { createTestApp } from '../support/test-app.js';
import { phone } from '../support/ussd-client.js';

let harness: Awaited<ReturnType<typeof createTestApp>>;
beforeEach(async () => {
  harness = await createTestApp();
});
afterEach(() => harness.close());

/** The commonest journeys, each from a phone of its own (`round` keeps phones apart between walks). */
async function walkJourneys(round: number) {
  const journeys: [string, string[], RegExp][] = [
    [`+2547221000${round}1`, ['1', '1', '1', '1'], /\nTotal: KES /],
    [`+2547221000${round}2`, ['1', '2', '1', '1'], /\nTotal: KES /],
    [`+2547221000${round}3`, ['1', '3', 'passport'], /^CON .*\n1\. .*Passport/i],
    [`+2547221000${round}4`, ['4', '1', '12345678', 'Jane Wanjiku', 'kaka', '1', '1'], /^END Application received/],
    [DEMO_PHONES.english, ['2', 'EC20418375'], /^CON EC20418375: /],
    [DEMO_PHONES.english, ['3', '1'], /\nHistory:/],
  ];
  for (const [number, inputs, last] of journeys) {
    const handset = phone(harness.app, number);
    // A demo phone's earlier journey ended on a screen, not an END: start over.
    if ((await handset.dial()).includes('2. Start over')) await handset.press('2');
    let reply = '';
    for (const input of inputs) reply = await handset.press(input);
    expect(reply).toMatch(last);
  }
}

// drizzle takes longer to build a statement's SQL than SQLite takes to run it: every statement a
// hop runs is built and prepared once, then run with the hop's values.
it('prepares no statement on a second walk of every common journey: each was built once', async () => {
  await walkJourneys(1);
  const prepared: string[] = [];
  const prepare = harness.sqlite.prepare.bind(harness.sqlite);
  harness.sqlite.prepare = ((source: string) => {
    prepared.push(source);
    return prepare(source);
  }) as typeof harness.sqlite.prepare;
  await walkJourneys(2);
  harness.sqlite.prepare = prepare;
  expect(prepared).toEqual([]);
});
