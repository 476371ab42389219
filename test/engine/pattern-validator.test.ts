import { describe, expect, it } from 'vitest';
import type { Capabilities } from '../../src/engine/capabilities.js';
import type { FormField } from '../../src/engine/form-field.js';
import { startSession, step } from '../../src/engine/step.js';
import { validateInput } from '../../src/engine/validate-input.js';
import { loadMenus } from '../../src/menu/load-menus.js';
import type { Validator } from '../../src/menu/menu-schema.js';

const spaced = (text: string, gap: string) => text.split('').join(gap);

describe('an answer longer than its field allows is refused before anything reads it', () => {
  it.each<[string, Validator, string]>([
    ['a pattern answer one over its maxLength, though the pattern fits it', { kind: 'pattern', pattern: '[A-Z]+', maxLength: 10 }, 'ABCDEFGHIJK'],
    ['an ID number padded past 16 characters', { kind: 'national_id' }, spaced('12345678', '  ')],
    ['a phone number padded past 20 characters', { kind: 'phone' }, spaced('+254711000111', ' ')],
    ['a reference padded past 40 characters', { kind: 'reference' }, spaced('EC20418375', '  -  ')],
  ])('%s', (_, validator, answer) => {
    expect(validateInput(validator, answer)).toBeNull();
  });

  it.each<[Validator, string, string]>([
    [{ kind: 'pattern', pattern: '[A-Z]+', maxLength: 10 }, 'ABCDEFGHIJ', 'ABCDEFGHIJ'],
    [{ kind: 'national_id' }, '1234   5678', '12345678'],
    [{ kind: 'phone' }, '+254 (711) 000-111', '+254711000111'],
    [{ kind: 'reference' }, ' ec - 2041 - 8375 ', 'EC20418375'],
  ])('still takes %j up to its limit: %j', (validator, answer, stored) => {
    expect(validateInput(validator, answer)).toBe(stored);
  });

  it('refuses a typed choice longer than a reply can be, though it starts the name of only one', async () => {
    const label = { en: `Kakamega ${'x'.repeat(100)}`, sw: `Kakamega ${'x'.repeat(100)}` };
    const fields: FormField[] = [{ name: 'place', label: { en: 'Place', sw: 'Mahali' }, prompt: { en: 'Where?', sw: 'Wapi?' }, validate: { kind: 'choice', choices: [label, { en: 'Nairobi', sw: 'Nairobi' }] } }];
    const menu = loadMenus({
      'form.json': {
        nodes: {
          main: { type: 'form', source: 'questions', onMaxAttempts: 'done', next: 'done' },
          done: { type: 'end', text: { en: 'Place: {f_place}', sw: 'Mahali: {f_place}' } },
        },
      },
    });
    const capabilities: Capabilities = { sources: {}, actions: {}, forms: { questions: async () => fields } };
    const hop = { sessionId: 's', phone: '+254711000111', hop: 1 };
    const first = await startSession(menu, { lang: 'en', screenLimit: 160 }, capabilities, hop);
    const typed = label.en.slice(0, 81).toLowerCase();
    expect((await step(menu, first.state, typed, capabilities, hop)).reply.screen).toMatch(/^Not valid\. Try again\.\nWhere\?/);
    expect((await step(menu, first.state, typed.slice(0, 80), capabilities, hop)).reply.screen).toMatch(/^Place: Kakamega x+$/);
  });
});

describe('a pattern answer', () => {
  it.each<[string, string, string | null]>([
    ['[A-Z]{2}\\d{6}', 'KA123456', 'KA123456'],
    ['[A-Z]{2}\\d{6}', 'KA1234567', null],
    ['[A-Z]{2}\\d{6}', 'xKA123456', null],
    ['a|b', 'ab', null],
    ['[^*#]{2,30}', 'passport', 'passport'],
  ])('must fit %j whole: %j gives %j', (pattern, answer, stored) => {
    expect(validateInput({ kind: 'pattern', pattern, maxLength: 80 }, answer)).toBe(stored);
  });

  it.each([
    ['((', '(('],
    ['(?=a)a', 'a'],
    ['(a)\\1', 'aa'],
  ])('fits nothing when its pattern %j was stored unchecked, rather than failing the hop', (pattern, answer) => {
    expect(validateInput({ kind: 'pattern', pattern, maxLength: 80 }, answer)).toBeNull();
  });
});
