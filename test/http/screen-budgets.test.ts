import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseEnv } from '../../src/config/parse-env.js';
import { DEMO_PHONES } from '../../src/db/demo-applications.js';
import { gsm7Length } from '../../src/text/gsm7.js';
import { parityWalk } from '../support/parity-walk.js';
import { createTestApp, type TestAppOptions } from '../support/test-app.js';
import { postHop } from '../support/ussd-client.js';

let harness: Awaited<ReturnType<typeof createTestApp>>;
const start = async (options: TestAppOptions = {}) => {
  harness = await createTestApp(options);
};
afterEach(() => harness.close());

/**
 * Every screen a phone on `networkCode` reaches on the parity walk: every option of every
 * menu, the first items of every list (and 98 and 0 on each), a sample answer at every
 * prompt, in English and in Kiswahili, each as its own session.
 */
async function walkOn(networkCode: string) {
  const replies: { path: string; reply: string }[] = [];
  await parityWalk({
    post: async (fields) => {
      const { body } = await postHop(harness.app, { ...fields, networkCode });
      replies.push({ path: `${fields.phoneNumber}:${fields.text}`, reply: body });
      return body;
    },
    run: async (statement, params) => harness.sqlite.prepare(statement).run(...params),
  });
  return replies;
}

const screenLength = (reply: string) => gsm7Length(reply.slice(4));

let phones = 0;
/** A phone of its own for each session, so no dial is offered to continue another session. */
const newPhone = () => `+2547330${String((phones += 1)).padStart(5, '0')}`;

/** One session's screens: each hop sends the whole `text` so far, each from its own network. */
async function session(sessionId: string, hops: [networkCode: string | undefined, text: string][], phoneNumber = newPhone()) {
  const screens: string[] = [];
  for (const [networkCode, text] of hops) {
    const fields = new URLSearchParams({ sessionId, serviceCode: '*2222#', phoneNumber, text, ...(networkCode === undefined ? {} : { networkCode }) });
    const response = await harness.app.request('/ussd', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: fields });
    expect(response.status).toBe(200);
    screens.push(await response.text());
  }
  return screens;
}

/** The first page of the agencies A-Z list (137 agencies: it always pages), reached in one session. */
const agencyList = (sessionId: string, networkCode: string | undefined) => session(sessionId, [[networkCode, ''], [networkCode, '1'], [networkCode, '1*1']]).then((screens) => screens.at(-1)!);

describe('every screen fits the network the citizen is on', () => {
  beforeEach(() => start());

  it.each([
    ['63902', 'Safaricom', 160],
    ['63903', 'Airtel', 182],
  ])('on %s (%s): every reachable screen, in both languages, is at most %i GSM-7 characters, and pages fill it', { timeout: 60_000 }, async (networkCode, _, limit) => {
    const replies = await walkOn(networkCode);
    expect(replies.length).toBeGreaterThan(250);
    const over = replies.filter(({ reply }) => screenLength(reply) > limit).map(({ path, reply }) => `${path} (${screenLength(reply)}):\n${reply}`);
    expect(over).toEqual([]);
    // The budget is the network's, not one for all: long lists are paged close to it.
    expect(Math.max(...replies.map(({ reply }) => screenLength(reply)))).toBeGreaterThan(limit - 12);
  });
});

describe('the main menu', () => {
  beforeEach(() => start());

  it.each([
    ['English', DEMO_PHONES.english, '6. Lugha/Language, SMS\n7. Help'],
    ['Kiswahili', DEMO_PHONES.kiswahili, '6. Lugha/Language, SMS\n7. Msaada'],
  ])("is one screen within Safaricom's 160 characters in %s, the language switch on it", async (_, phoneNumber, last) => {
    const [menu] = await session(`main-menu-${phoneNumber}`, [['63902', '']], phoneNumber);
    expect(menu!.endsWith(`\n${last}`), menu).toBe(true);
    expect(menu).not.toMatch(/\n98 /);
    expect(screenLength(menu!)).toBeLessThanOrEqual(160);
  });
});

describe('the screen budget of a session', () => {
  beforeEach(() => start());

  it('is that of the network of its first hop, whatever network a later hop names', async () => {
    const airtel = await agencyList('airtel', '63903');
    const safaricom = await agencyList('safaricom', '63902');
    expect(screenLength(airtel)).toBeGreaterThan(160);
    expect(safaricom).not.toBe(airtel);

    const [, , startedOnAirtel] = await session('airtel-then-safaricom', [['63903', ''], ['63902', '1'], ['63902', '1*1']]);
    expect(startedOnAirtel).toBe(airtel);
    const [, , startedOnSafaricom] = await session('safaricom-then-airtel', [['63902', ''], ['63903', '1'], ['63903', '1*1']]);
    expect(startedOnSafaricom).toBe(safaricom);
  });

  it('is kept when a hop replays the whole session (the instance lost it), as when it began', async () => {
    const safaricom = await agencyList('safaricom', '63902');
    // `1*1*98*0` does not extend `2`: the hop replays every input from the main menu.
    const [, replayed] = await session('lost-then-replayed', [['63902', '2'], ['63903', '1*1*98*0']]);
    expect(replayed).toBe(safaricom);
  });

  it.each([
    ['a network not listed', '64110'],
    ['an empty networkCode', ''],
    ['no networkCode at all', undefined],
  ])('is the safe 160 characters for %s', async (_, networkCode) => {
    const list = await agencyList(`unknown-${networkCode ?? 'none'}`, networkCode);
    expect(list).toBe(await agencyList('safaricom', '63902'));
    expect(screenLength(list)).toBeLessThanOrEqual(160);
  });

  it('follows USSD_SCREEN_LIMITS: Safaricom given 182 and Airtel 130', async () => {
    harness.close();
    await start({ screenLimits: parseEnv({ USSD_SCREEN_LIMITS: '63902:182, 63903:130' }).USSD_SCREEN_LIMITS });
    expect(screenLength(await agencyList('safaricom', '63902'))).toBeGreaterThan(160);
    expect(screenLength(await agencyList('airtel', '63903'))).toBeLessThanOrEqual(130);
  });

  it('is that of the new session when a dropped one is continued on another network', async () => {
    const safaricom = await agencyList('safaricom', '63902');
    await session('dropped-on-airtel', [['63903', ''], ['63903', '1'], ['63903', '1*1']], DEMO_PHONES.english);
    const [offer, continued] = await session('continued-on-safaricom', [['63902', ''], ['63902', '1']], DEMO_PHONES.english);
    expect(offer).toMatch(/^CON You did not finish/);
    expect(continued).toBe(safaricom);
  });
});

describe('a session stored before screen budgets were kept', () => {
  beforeEach(() => start());

  it('goes on at the safe 160 characters, whatever network its next hop names', async () => {
    const safaricom = await agencyList('safaricom', '63902');
    const phoneNumber = newPhone();
    await session('older', [['63903', ''], ['63903', '1']], phoneNumber);
    const row = harness.sqlite.prepare('select state from ussd_sessions where session_id = ?').get('older') as { state: string };
    // A row of then: no budget, and no version mark (STATE_VERSION), which rows of then lack too.
    const { screenLimit, v: _version, ...older } = JSON.parse(row.state) as Record<string, unknown>;
    expect(screenLimit).toBe(182);
    harness.sqlite.prepare('update ussd_sessions set state = ? where session_id = ?').run(JSON.stringify(older), 'older');
    const [list] = await session('older', [['63903', '1*1']], phoneNumber);
    expect(list).toBe(safaricom);
  });
});
