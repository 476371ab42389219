import { eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { languageLookup } from '../../src/citizens/citizen-language.js';
import { DEMO_PHONES } from '../../src/db/demo-applications.js';
import { ussdSessions } from '../../src/db/schema.js';
import { DEFAULT_SCREEN_LIMITS } from '../../src/domain/screen-limits.js';
import type { Capabilities } from '../../src/engine/capabilities.js';
import { ENGINE_MESSAGES } from '../../src/engine/engine-messages.js';
import { bundledMenuFiles } from '../../src/menu/bundled-menus.js';
import { loadMenus } from '../../src/menu/load-menus.js';
import { nonGsm7Chars } from '../../src/text/gsm7.js';
import { createUssdCapabilities } from '../../src/ussd/capabilities/create-ussd-capabilities.js';
import { handleHop, MAX_REPLAY_INPUTS, type HopDeps } from '../../src/ussd/handle-hop.js';
import { createSessionStore } from '../../src/ussd/session-store.js';
import { createTestApp, TEST_NOW } from '../support/test-app.js';

const menu = loadMenus(bundledMenuFiles);

/** The real capabilities, each call into them counted: the work a hop makes the engine do. */
function counted(capabilities: Capabilities) {
  let calls = 0;
  const wrap = <T extends Record<string, (...args: never[]) => unknown>>(table: T): T =>
    Object.fromEntries(Object.entries(table).map(([name, run]) => [name, (...args: never[]) => ((calls += 1), run(...args))])) as T;
  return {
    capabilities: { sources: wrap(capabilities.sources), actions: wrap(capabilities.actions), forms: wrap(capabilities.forms) },
    calls: () => calls,
  };
}

let harness: Awaited<ReturnType<typeof createTestApp>>;
let work: ReturnType<typeof counted>;
let deps: HopDeps;
const failures: unknown[] = [];
beforeEach(async () => {
  harness = await createTestApp();
  work = counted(createUssdCapabilities({ db: harness.db, now: () => TEST_NOW }));
  failures.length = 0;
  deps = {
    menu,
    capabilities: work.capabilities,
    sessions: createSessionStore(harness.db),
    languageOf: languageLookup(harness.db),
    now: () => TEST_NOW,
    resumeWindowMs: 10 * 60 * 1000,
    screenLimits: DEFAULT_SCREEN_LIMITS,
    serviceCode: '*2222#',
    reportFailure: (error) => failures.push(error),
  };
});
afterEach(() => harness.close());

const hop = (sessionId: string, text: string, phone: string = DEMO_PHONES.english) =>
  handleHop(deps, { sessionId, serviceCode: '*2222#', phone, networkCode: '63902', text });

/** Into the agencies list, then `98` (the next page) until there are `count` inputs: every one asks the list for a page. */
const paging = (count: number) => ['1', '1', ...Array<string>(count - 2).fill('98')].join('*');

describe(`a hop that would replay more than ${MAX_REPLAY_INPUTS} inputs`, () => {
  it.each([
    [`${MAX_REPLAY_INPUTS + 1} inputs`, paging(MAX_REPLAY_INPUTS + 1), DEMO_PHONES.english, 'en'],
    ['a 494-character text of 248 inputs', `${'1*'.repeat(247)}1`, DEMO_PHONES.english, 'en'],
    ['248 inputs of 0 from a Kiswahili phone', `${'0*'.repeat(247)}0`, DEMO_PHONES.kiswahili, 'sw'],
  ] as const)('%s: ends at once, in the citizen\'s language, having run nothing', async (_, text, phone, lang) => {
    const reply = await hop('long', text, phone);
    expect(reply).toBe(`END ${ENGINE_MESSAGES[lang].tooManyInputs}`);
    expect(work.calls()).toBe(0);
    expect(failures).toEqual([]);
  });

  it('is stored like any hop, so a retransmission gets the same END and still runs nothing', async () => {
    const text = paging(MAX_REPLAY_INPUTS + 1);
    const first = await hop('again', text);
    expect(await hop('again', text)).toBe(first);
    expect(work.calls()).toBe(0);
    const row = await harness.db.select().from(ussdSessions).where(eq(ussdSessions.sessionId, 'again')).get();
    expect(row).toMatchObject({ lastText: text, lastReply: first, status: 'ended', hops: MAX_REPLAY_INPUTS + 1 });
  });

  it.each(Object.entries(ENGINE_MESSAGES))('says so in GSM-7 (%s), short enough for any network', (_, messages) => {
    expect(nonGsm7Chars(messages.tooManyInputs)).toEqual([]);
    expect(`END ${messages.tooManyInputs}`.length).toBeLessThanOrEqual(160);
  });
});

describe('a long replay a real session can have', () => {
  it.each([15, MAX_REPLAY_INPUTS])('%i inputs land where pressing them one by one lands', async (count) => {
    const text = paging(count);
    const replayed = await hop(`replayed-${count}`, text, '+254733000601');
    expect(work.calls()).toBeGreaterThanOrEqual(count - 1);
    // Another phone, so its first dial is not offered to continue the replayed session.
    const inputs = text.split('*');
    let walked = await hop(`walked-${count}`, '', '+254733000602');
    for (let index = 1; index <= inputs.length; index += 1) walked = await hop(`walked-${count}`, inputs.slice(0, index).join('*'), '+254733000602');
    expect(replayed).toMatch(/^CON /);
    expect(replayed).toBe(walked);
    expect(failures).toEqual([]);
  });
});
