import { describe, expect, it } from 'vitest';
import type { Capabilities } from '../../src/engine/capabilities.js';
import type { FormField } from '../../src/engine/form-field.js';
import type { StepResult } from '../../src/engine/session-state.js';
import { startSession, step } from '../../src/engine/step.js';
import { loadMenus } from '../../src/menu/load-menus.js';
import type { Language } from '../../src/menu/menu-schema.js';

const t = (en: string, sw: string) => ({ en, sw });

const menu = loadMenus({
  'form.json': {
    nodes: {
      main: {
        type: 'menu',
        text: t('Main', 'Kuu'),
        options: [
          { label: t('Apply', 'Omba'), next: 'form' },
          { label: t('Members only', 'Wanachama tu'), next: 'done', when: 'member' },
          { label: t('Join', 'Jiunge'), next: 'done', when: '!member' },
        ],
      },
      form: { type: 'form', source: 'questions', maxAttempts: 2, onMaxAttempts: 'give_up', next: 'done' },
      done: { type: 'end', text: t('ID {f_id}, county {f_county}.', 'Kitambulisho {f_id}, kaunti {f_county}.') },
      give_up: { type: 'end', text: t('Too many tries.', 'Majaribio mengi.') },
    },
  },
});

const counties = ['Kakamega', 'Kakuma', 'Kiambu', 'Kilifi', 'Nairobi', 'Nakuru', 'Nyeri', 'Wajir'].map((name) => t(name, name));
const questions: FormField[] = [
  { name: 'id', label: t('ID', 'Kitambulisho'), prompt: t('Your ID:', 'Kitambulisho chako:'), validate: { kind: 'national_id' } },
  { name: 'county', label: t('County', 'Kaunti'), prompt: t('Your county:', 'Kaunti yako:'), validate: { kind: 'choice', choices: counties } },
];
const capabilities: Capabilities = { sources: {}, actions: {}, forms: { questions: async () => questions } };
const hop = { sessionId: 's', phone: '+254711000111', hop: 1 };

async function walk(inputs: string[], lang: Language = 'en', vars: Record<string, string> = {}): Promise<StepResult[]> {
  const first = await startSession(menu, { lang, screenLimit: 160 }, capabilities, hop);
  Object.assign(first.state.vars, vars);
  const results = [first];
  for (const input of inputs) results.push(await step(menu, results.at(-1)!.state, input, capabilities, hop));
  return results;
}
const screens = async (inputs: string[], lang: Language = 'en') => (await walk(inputs, lang)).map((result) => result.reply.screen);

/** The same questions with a summary to confirm, and a second chance after too many tries. */
const reviewed = loadMenus({
  'review.json': {
    nodes: {
      main: { type: 'menu', text: t('Main', 'Kuu'), options: [{ label: t('Apply', 'Omba'), next: 'form' }] },
      form: { type: 'form', source: 'questions', maxAttempts: 2, onMaxAttempts: 'retry', next: 'summary' },
      summary: { type: 'text', text: t('ID {f_id}, county {f_county}.', 'Kitambulisho {f_id}, kaunti {f_county}.'), options: [{ label: t('Confirm', 'Thibitisha'), next: 'done' }] },
      retry: { type: 'text', text: t('Not accepted twice. Your answers are kept.', 'Halikukubaliwa mara 2.'), options: [{ label: t('Try again', 'Jaribu tena'), next: 'form' }] },
      done: { type: 'end', text: t('Done.', 'Imekamilika.') },
    },
  },
});

async function walkReviewed(inputs: string[]): Promise<StepResult[]> {
  const results = [await startSession(reviewed, { lang: 'en', screenLimit: 160 }, capabilities, hop)];
  for (const input of inputs) results.push(await step(reviewed, results.at(-1)!.state, input, capabilities, hop));
  return results;
}

describe('a form left for another screen and returned to', () => {
  it('goes back from its summary with 0 to the last question, every answer kept', async () => {
    const results = await walkReviewed(['1', '12345678', 'nyeri', '0', 'wajir']);
    expect(results[3]!.reply.screen).toMatch(/^ID 12345678, county Nyeri\.\n1\. Confirm\n0 Back/);
    expect(results[4]!.reply.screen).toMatch(/^Your county:\n1\. Kakamega\n/);
    expect(results[4]!.state.vars).toMatchObject({ f_id: '12345678', f_county: 'Nyeri' });
    expect(results[5]!.reply.screen).toMatch(/^ID 12345678, county Wajir\.\n1\. Confirm/);
  });

  it('keeps the answers after too many tries, and asks the question that failed again', async () => {
    const results = await walkReviewed(['1', '12345678', 'xyz', 'xyz', '1', 'nakuru']);
    expect(results[4]!.reply.screen).toMatch(/^Not accepted twice\. Your answers are kept\.\n1\. Try again\n/);
    expect(results[5]!.reply.screen).toMatch(/^Your county:\n1\. Kakamega\n/);
    expect(results[5]!.state.attempts).toBe(0);
    expect(results[6]!.reply.screen).toMatch(/^ID 12345678, county Nakuru\.\n1\. Confirm/);
    expect(results[6]!.state.history.map((frame) => frame.node)).toEqual(['main', 'form']);
  });
});

describe('options shown on a condition', () => {
  it.each([
    [{ member: 'yes' }, 'Main\n1. Apply\n2. Members only'],
    [{}, 'Main\n1. Apply\n2. Join'],
  ])('shows only the options whose condition holds, numbered in order (%j)', async (vars, screen) => {
    const [first] = await walk([], 'en', vars);
    const again = await step(menu, first!.state, '5', capabilities, hop);
    expect(again.reply.screen).toBe(`Invalid choice.\n${screen}`);
  });
});

describe('a form', () => {
  it('asks each question in turn and stores the answers', async () => {
    const all = await screens(['1', '12345678', '5']);
    expect(all.slice(1)).toEqual(['Your ID:\n0 Back', expect.stringMatching(/^Your county:\n1\. Kakamega\n2\. Kakuma\n/), 'ID 12345678, county Nairobi.']);
  });

  it('takes a choice by the first letters of its name when they fit only one', async () => {
    expect((await screens(['1', '12345678', 'kaka'])).at(-1)).toBe('ID 12345678, county Kakamega.');
    expect((await screens(['1', '12345678', 'k'])).at(-1)).toMatch(/^Not valid\. Try again\.\nYour county:/);
  });

  it.each([
    ['en', 'ka', 'Choose one of these:\nYour county:\n1. Kakamega\n2. Kakuma\n0 Back'],
    ['sw', 'NA', 'Chagua mojawapo ya hizi:\nKaunti yako:\n1. Nairobi\n2. Nakuru\n0 Rudi'],
  ] as const)('lists the choices that begin with letters several begin with (%s), numbered to choose from', async (lang, typed, listed) => {
    const results = await walk(['1', '12345678', typed, '2'], lang);
    expect(results[3]!.reply.screen).toBe(listed);
    expect(results[3]!.state.attempts).toBe(0);
    expect(results[4]!.reply.screen).toMatch(lang === 'en' ? /county Kakuma\.$/ : /kaunti Nakuru\.$/);
  });

  it('goes back from the matches to every choice with 0, and takes new letters from every choice', async () => {
    const results = await walk(['1', '12345678', 'ki', '0', 'nyeri']);
    expect(results[3]!.reply.screen).toBe('Choose one of these:\nYour county:\n1. Kiambu\n2. Kilifi\n0 Back');
    expect(results[4]!.reply.screen).toMatch(/^Your county:\n1\. Kakamega\n2\. Kakuma\n/);
    expect(results[5]!.reply.screen).toBe('ID 12345678, county Nyeri.');
  });

  it('asks again with a notice in the citizen language, then gives up after the cap', async () => {
    const all = await screens(['1', '12', '12'], 'sw');
    expect(all[2]).toBe('Si sahihi. Jaribu tena.\nKitambulisho chako:\n0 Rudi');
    expect(all[3]).toBe('Majaribio mengi.');
  });

  it('goes back one question with 0, then out of the form', async () => {
    const results = await walk(['1', '12345678', '0', '0']);
    expect(results[3]!.reply.screen).toBe('Your ID:\n0 Back');
    expect(results[4]!.reply.screen.startsWith('Main')).toBe(true);
  });

  it('skips straight to next when the form has no questions', async () => {
    const none: Capabilities = { ...capabilities, forms: { questions: async () => [] } };
    const first = await startSession(menu, { lang: 'en', screenLimit: 160 }, none, hop);
    expect((await step(menu, first.state, '1', none, hop)).reply).toEqual({ end: true, screen: 'ID , county .' });
  });
});

describe('an agency\'s form texts longer than a screen', () => {
  const long = (word: string) => Array.from({ length: 40 }, () => word).join(' ');
  const wordy: FormField[] = [
    { name: 'id', label: t('ID', 'Kitambulisho'), prompt: t(long('Enter'), long('Weka')), error: t(long('Wrong'), long('Kosa')), validate: { kind: 'national_id' } },
    { name: 'county', label: t('County', 'Kaunti'), prompt: t(`Choose:\n${long('county')}`, long('kaunti')), error: t(long('Wrong'), long('Kosa')), validate: { kind: 'choice', choices: counties } },
  ];
  const agency: Capabilities = { ...capabilities, forms: { questions: async () => wordy } };

  it.each([160, 120])('are cut to fit a %i-character screen, keeping the navigation and a choice in view', async (screenLimit) => {
    const first = await startSession(menu, { lang: 'en', screenLimit }, agency, hop);
    const results = [first];
    for (const input of ['1', 'x', '12345678', 'x', '98']) results.push(await step(menu, results.at(-1)!.state, input, agency, hop));
    for (const { reply } of results) expect(reply.screen.length, reply.screen).toBeLessThanOrEqual(screenLimit);
    const [, id, idAgain, county, countyAgain] = results.map((result) => result.reply.screen);
    expect(id).toMatch(/^Enter Enter .+\.\.\n0 Back$/);
    expect(idAgain).toMatch(/^Wrong Wrong .+\.\.\n0 Back$/);
    expect(county).toMatch(/^Choose: county .+\.\.\n1\. Kakamega\n(.+\n)*98 More\n0 Back$/);
    expect(countyAgain).toMatch(/\n1\. Kakamega\n(.+\n)*98 More\n0 Back$/);
  });
});
