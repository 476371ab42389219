import { describe, expect, it } from 'vitest';
import type { Capabilities, ListItem } from '../../src/engine/capabilities.js';
import { screenLength } from '../../src/engine/layout-page.js';
import type { SessionState, StepResult } from '../../src/engine/session-state.js';
import { MenuError, startSession, step } from '../../src/engine/step.js';
import { loadMenus } from '../../src/menu/load-menus.js';
import type { Language } from '../../src/menu/menu-schema.js';

const t = (en: string, sw: string) => ({ en, sw });

const menu = loadMenus({
  'test.json': {
    nodes: {
      main: {
        type: 'menu',
        text: t('Main', 'Kuu'),
        options: [
          { label: t('Numbers', 'Nambari'), next: 'numbers' },
          { label: t('Your ID', 'Kitambulisho'), next: 'id.enter' },
          { label: t('Long text', 'Maandishi marefu'), next: 'long' },
          { label: t('Greeting', 'Salamu'), next: 'greet' },
        ],
      },
      numbers: { type: 'list', text: t('Pick one:', 'Chagua:'), source: 'numbers', var: 'number', next: 'picked', empty: 'none' },
      picked: { type: 'text', text: t('You picked {number_label} ({number}).', 'Umechagua {number_label} ({number}).'), options: [{ label: t('Pick again', 'Chagua tena'), next: 'numbers' }] },
      none: { type: 'end', text: t('Nothing here.', 'Hakuna kitu.') },
      'id.enter': {
        type: 'input',
        text: t('Enter your ID number:', 'Weka nambari ya kitambulisho:'),
        var: 'id',
        validate: { kind: 'national_id' },
        error: t('Invalid ID number.', 'Nambari si sahihi.'),
        maxAttempts: 3,
        onMaxAttempts: 'id.give_up',
        next: 'id.done',
      },
      'id.done': { type: 'end', text: t('Thank you, ID {id}.', 'Asante, kitambulisho {id}.') },
      'id.give_up': { type: 'end', text: t('Too many tries.', 'Majaribio mengi mno.') },
      long: { type: 'text', text: t(Array.from({ length: 60 }, (_, i) => `word${i}`).join(' '), Array.from({ length: 60 }, (_, i) => `neno${i}`).join(' ')) },
      greet: { type: 'action', action: 'greet', outcomes: { done: 'greeting' } },
      greeting: { type: 'text', text: t('Hello {name}, fee KES {fee}.', 'Habari {name}, ada KES {fee}.'), options: [{ label: t('Again', 'Tena'), next: 'greet' }] },
    },
  },
});

const items: ListItem[] = Array.from({ length: 40 }, (_, i) => ({ id: `n${i + 1}`, label: `Item number ${i + 1}` }));
const capabilities: Capabilities = {
  sources: { numbers: async (_ctx, { offset, limit }) => items.slice(offset, offset + limit) },
  actions: { greet: async (ctx) => ({ outcome: 'done', vars: { name: ctx.lang === 'sw' ? 'Wanjirũ' : 'Wanjiru', fee: '1,050' } }) },
  forms: {},
};
const hopInfo = { sessionId: 's1', phone: '+254711000111', hop: 1 };

/** Safaricom's screen budget, the one most sessions get. */
const SCREEN_LIMIT = 160;

/** Runs inputs from the first screen and returns every result. */
async function walk(inputs: string[], lang: Language = 'en', screenLimit = SCREEN_LIMIT): Promise<StepResult[]> {
  const results = [await startSession(menu, { lang, screenLimit }, capabilities, { ...hopInfo, hop: 0 })];
  for (const [index, input] of inputs.entries()) {
    results.push(await step(menu, results[results.length - 1]!.state, input, capabilities, { ...hopInfo, hop: index + 1 }));
  }
  return results;
}
const last = async (inputs: string[], lang: Language = 'en') => (await walk(inputs, lang)).at(-1)!;

describe('navigation keys', () => {
  it('shows the main menu first, numbered, with no Back on the first screen', async () => {
    const { reply } = await last([]);
    expect(reply).toEqual({ end: false, screen: 'Main\n1. Numbers\n2. Your ID\n3. Long text\n4. Greeting' });
  });

  it('re-shows the menu when 0 is pressed on the first screen', async () => {
    const first = await last([]);
    const back = await last(['0']);
    expect(back.reply).toEqual(first.reply);
    expect(back.state.history).toEqual([]);
  });

  it('goes back one screen with 0 and home with 00 from deep in a journey', async () => {
    const deep = await walk(['2', '0', '1', '98', '00']);
    expect(deep[2]!.reply.screen.startsWith('Main')).toBe(true);
    expect(deep[4]!.reply.screen).toContain('98 More');
    const home = deep[5]!;
    expect(home.reply.screen.startsWith('Main\n1. Numbers')).toBe(true);
    expect(home.state.history).toEqual([]);
    expect(home.state.node).toBe('main');
  });

  it.each([
    ['en', '00 Main menu'],
    ['sw', '00 Menyu kuu'],
  ] as const)('names 00 (%s) two screens or more from the main menu, where the screen has room for it', async (lang, home) => {
    const [main, oneDeep, twoDeep] = await walk(['1', '3'], lang);
    expect(main!.reply.screen).not.toContain('00');
    expect(oneDeep!.reply.screen, 'one screen from the main menu, 0 already goes there').not.toContain(`\n${home}`);
    expect(oneDeep!.reply.screen).toContain('98 ');
    expect(twoDeep!.reply.screen.endsWith(`\n${home}`)).toBe(true);
    const full = (await walk(['4', '1'], lang)).at(-1)!;
    expect(full.reply.screen.endsWith(`\n${home}`)).toBe(true);
  });

  it("leaves 00 out of a screen it would take past the session's budget", async () => {
    const again = (await walk(['1', '1', '1', '98'])).at(-1)!;
    expect(again.state.history.map((frame) => frame.node)).toEqual(['main', 'numbers', 'picked']);
    expect(again.reply.screen).toMatch(/^Pick one:\n1\. Item number 8\n[^]*\n98 More\n0 Back$/);
    expect(screenLength([again.reply.screen, '00 Main menu'])).toBeGreaterThan(SCREEN_LIMIT);
  });

  it("names 00 on a screen that fits the session's budget with it, past Safaricom's 160 on Airtel's 182", async () => {
    const again = (await walk(['1', '1', '1', '98'], 'en', 182)).at(-1)!;
    expect(again.reply.screen).toMatch(/^Pick one:\n1\. Item number 9\n[^]*\n98 More\n0 Back\n00 Main menu$/);
    expect(screenLength([again.reply.screen])).toBeGreaterThan(160);
    expect(screenLength([again.reply.screen])).toBeLessThanOrEqual(182);
  });

  it('answers 98 past the last page with a notice and the same page', async () => {
    const results = await walk(['1', '98', '98', '98', '98', '98', '98', '98', '98']);
    const lastPage = results.findIndex((result) => !result.state.more && result.state.node === 'numbers');
    const after = results[lastPage + 1]!;
    expect(after.reply.screen.startsWith('No more.')).toBe(true);
    expect(after.state.pageStarts).toEqual(results[lastPage]!.state.pageStarts);
  });

  it('re-shows the screen with a short notice in the citizen language after an invalid choice', async () => {
    expect((await last(['7'])).reply.screen).toBe('Invalid choice.\nMain\n1. Numbers\n2. Your ID\n3. Long text\n4. Greeting');
    expect((await last(['abc'], 'sw')).reply.screen.startsWith('Chaguo si sahihi.\nKuu')).toBe(true);
  });
});

describe('a list of 40 items', () => {
  /** The pages a session walks through the list with 98, each once. */
  async function pagesOfList(screenLimit: number) {
    const results = await walk(['1', ...Array.from({ length: 12 }, () => '98')], 'en', screenLimit);
    const pages = results.slice(1).filter((result, index, all) => index === 0 || result.state.pageStarts.length !== all[index - 1]!.state.pageStarts.length);
    return { results, pages };
  }

  it.each([160, 182])('pages every item exactly once within a budget of %i characters, "98 More" and "0 Back" on every page but the last', async (screenLimit) => {
    const { results, pages } = await pagesOfList(screenLimit);
    const seen = pages.flatMap((page) => [...page.reply.screen.matchAll(/Item number (\d+)/g)].map((match) => Number(match[1])));
    expect(seen).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    for (const result of results) expect(screenLength([result.reply.screen])).toBeLessThanOrEqual(screenLimit);
    for (const page of pages.slice(0, -1)) expect(page.reply.screen.endsWith('\n98 More\n0 Back')).toBe(true);
    expect(pages.at(-1)!.reply.screen.endsWith('\n0 Back')).toBe(true);
  });

  it('shows more items on a page of a 182-character session than of a 160-character one', async () => {
    const [narrow, wide] = [await pagesOfList(160), await pagesOfList(182)];
    expect(wide.pages[0]!.state.shown).toBeGreaterThan(narrow.pages[0]!.state.shown);
    expect(wide.pages.length).toBeLessThan(narrow.pages.length);
  });

  it('walks back to the first page with 0', async () => {
    const { results, pages } = await pagesOfList(SCREEN_LIMIT);
    expect(pages.length).toBeGreaterThan(3);

    let state: SessionState = results.at(-1)!.state;
    for (let i = 0; i < pages.length - 1; i += 1) state = (await step(menu, state, '0', capabilities, hopInfo)).state;
    const first = await step(menu, state, '98', capabilities, hopInfo);
    expect(first.state.pageStarts.length).toBe(2);
    expect(state.pageStarts).toEqual([0]);
  });

  it('numbers each page from 1 and stores the chosen item and its label', async () => {
    const secondPage = await last(['1', '98']);
    expect(secondPage.reply.screen).toMatch(/^Pick one:\n1\. Item number \d+/);
    const start = secondPage.state.pageStarts[1]!;
    const picked = await step(menu, secondPage.state, '2', capabilities, hopInfo);
    expect(picked.state.vars).toMatchObject({ number: `n${start + 2}`, number_label: `Item number ${start + 2}` });
    expect(picked.reply.screen).toBe(`You picked Item number ${start + 2} (n${start + 2}).\n1. Pick again\n0 Back\n00 Main menu`);
  });

  it('refuses a number beyond the page', async () => {
    const firstPage = await last(['1']);
    const result = await step(menu, firstPage.state, String(firstPage.state.shown + 1), capabilities, hopInfo);
    expect(result.reply.screen.startsWith('Invalid choice.')).toBe(true);
    expect(result.state.node).toBe('numbers');
  });

  it('goes to the empty node when the list has no items', async () => {
    const empty: Capabilities = { ...capabilities, sources: { numbers: async () => [] } };
    const start = await startSession(menu, { lang: 'sw', screenLimit: SCREEN_LIMIT }, empty, hopInfo);
    const result = await step(menu, start.state, '1', empty, hopInfo);
    expect(result.reply).toEqual({ end: true, screen: 'Hakuna kitu.' });
  });
});

describe('a list read a window at a time', () => {
  /** 60 items labelled `label(i)`, each read recorded by the number of items it asked for. */
  function reading(label: (index: number) => string) {
    const reads: number[] = [];
    const items: ListItem[] = Array.from({ length: 60 }, (_, i) => ({ id: `s${i + 1}`, label: label(i) }));
    const read: Capabilities = {
      ...capabilities,
      sources: {
        numbers: async (_ctx, { offset, limit }) => {
          reads.push(limit);
          return items.slice(offset, offset + limit);
        },
      },
    };
    return { reads, read };
  }
  const letter = (i: number) => String.fromCharCode(65 + (i % 26));

  async function firstPage(read: Capabilities, reads: number[]) {
    const start = await startSession(menu, { lang: 'en', screenLimit: SCREEN_LIMIT }, read, hopInfo);
    reads.length = 0;
    return step(menu, start.state, '1', read, hopInfo);
  }

  it('reads only the first window when the page is full before its end', async () => {
    const { reads, read } = reading((i) => `${letter(i)} ${'x'.repeat(20)}`);
    const page = await firstPage(read, reads);
    expect(page.state.shown).toBeLessThan(12);
    expect(reads).toEqual([13]);
  });

  it('reads further when every item of the first window fit, and fills the page as one read of 40 would', async () => {
    // "1. A" is 4 characters: a 160-character page holds more of them than the first read brings.
    const { reads, read } = reading(letter);
    const page = await firstPage(read, reads);
    expect(reads).toEqual([13, 41]);
    expect(page.state.shown).toBeGreaterThan(12);
    expect(screenLength([page.reply.screen])).toBeLessThanOrEqual(SCREEN_LIMIT);
    expect(page.reply.screen).toMatch(/\n13\. M\n/);
    expect(page.reply.screen.endsWith('\n98 More\n0 Back')).toBe(true);
    const next = await step(menu, page.state, '98', read, hopInfo);
    expect(next.reply.screen.startsWith(`Pick one:\n1. ${letter(page.state.shown)}\n`)).toBe(true);
  });
});

describe('inputs', () => {
  it.each([
    ['12345678', 'Thank you, ID 12345678.'],
    [' 1234 567 ', 'Thank you, ID 1234567.'],
  ])('accepts the ID %j and stores it normalized', async (input, screen) => {
    expect((await last(['2', input])).reply).toEqual({ end: true, screen });
  });

  it('shows the error above the prompt, then gives up after the retry cap', async () => {
    const results = await walk(['2', '12', 'abc', '123456789'], 'sw');
    expect(results[2]!.reply.screen).toBe('Nambari si sahihi.\nWeka nambari ya kitambulisho:\n0 Rudi');
    expect(results[3]!.state.attempts).toBe(2);
    expect(results[4]!.reply).toEqual({ end: true, screen: 'Majaribio mengi mno.' });
  });

  it('resets the attempts when the citizen goes back and returns', async () => {
    const result = await last(['2', '12', '0', '2', '12']);
    expect(result.state.attempts).toBe(1);
  });
});

describe('texts and templates', () => {
  it('fills variables from an action, made GSM-7 safe, in each language', async () => {
    expect((await last(['4'])).reply.screen).toBe('Hello Wanjiru, fee KES 1,050.\n1. Again\n0 Back');
    expect((await last(['4'], 'sw')).reply.screen).toBe('Habari Wanjiru, ada KES 1,050.\n1. Tena\n0 Rudi');
  });

  it('pages a long text at word boundaries and goes back a page with 0', async () => {
    const results = await walk(['3', '98', '98', '0']);
    const words = results.slice(1, 4).flatMap((result) => result.reply.screen.split(/\s+/).filter((word) => word.startsWith('word')));
    expect(words).toEqual(Array.from({ length: words.length }, (_, i) => `word${i}`));
    expect(results[1]!.reply.screen.endsWith('98 More\n0 Back')).toBe(true);
    expect(results[4]!.reply.screen).toBe(results[2]!.reply.screen);
    for (const result of results) expect(screenLength([result.reply.screen])).toBeLessThanOrEqual(SCREEN_LIMIT);
  });

  it('fails loudly when an action answers an outcome the menu does not map', async () => {
    const odd: Capabilities = { ...capabilities, actions: { greet: async () => ({ outcome: 'surprise' }) } };
    const start = await startSession(menu, { lang: 'en', screenLimit: SCREEN_LIMIT }, odd, hopInfo);
    await expect(step(menu, start.state, '4', odd, hopInfo)).rejects.toThrow(MenuError);
  });

  it('does not change the state it was given', async () => {
    const start = await startSession(menu, { lang: 'en', screenLimit: SCREEN_LIMIT }, capabilities, hopInfo);
    const before = structuredClone(start.state);
    await step(menu, start.state, '1', capabilities, hopInfo);
    expect(start.state).toEqual(before);
  });
});
