import { and, eq } from 'drizzle-orm';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { services } from '../../src/db/schema.js';
import { MAX_TEXT_LENGTH } from '../../src/http/ussd-route.js';
import { createApiApp } from '../support/api-app.js';
import { api, serviceBody } from '../support/api-client.js';
import { findOption, phone } from '../support/ussd-client.js';

let harness: Awaited<ReturnType<typeof createApiApp>>;
let key: string;
beforeEach(async () => {
  harness = await createApiApp();
  key = await harness.agencyKey('KSA');
});
afterEach(() => harness.close());

const t = (en: string, sw: string) => ({ en, sw });
const ERROR = t('Type the code as on your form.', 'Andika nambari kama kwenye fomu.');

/** A one-question form whose answer must fit `validate`. */
const patternForm = (validate: Record<string, unknown>) => [{ name: 'code', label: t('Code', 'Nambari'), prompt: t('Your code:', 'Nambari yako:'), error: ERROR, validate }];

/** Puts a USSD-applicable service with a one-question form on the channel. */
const putService = (code: string, name: string, validate: Record<string, unknown>) =>
  api(harness.app, 'PUT', `/services/${code}`, { key, body: serviceBody({ name: t(name, name), ussdApply: true, applyFields: patternForm(validate) }) });

let phones = 0;
/** A citizen (a new phone each time, so no dial is offered to continue another) at the service's first question. */
async function atFirstQuestion(serviceName: string) {
  const citizen = phone(harness.app, `+2547330${String((phones += 1)).padStart(5, '0')}`);
  const inputs: string[] = [];
  const press = (input: string) => {
    inputs.push(input);
    return citizen.press(input);
  };
  await citizen.dial();
  const list = await press('4');
  const choice = await findOption(press, list, `${serviceName} (KSA)`);
  const prompt = await press(choice.option);
  return { prompt, press, textSoFar: () => inputs.join('*') };
}

/**
 * The classic patterns that make a backtracking matcher take exponential time, each with an
 * answer it accepts: RE2 cannot backtrack, so agencies may store them.
 */
const EVIL_PATTERNS: [string, string][] = [
  ['([A-Za-z0-9]+\\s?)+', 'KDA 123B'],
  ['(a+)+', 'aaaa'],
  ['(\\w+\\s?)*', 'two words'],
  ['(a|aa)+', 'aaaaa'],
  ['(a|a?)+', 'aa'],
  ['(.*a){20}', 'ba'.repeat(20)],
  ['^(([a-z])+.)+[A-Z]([a-z])+$', 'abc-Xyz'],
];

describe('an agency pattern cannot freeze the service', () => {
  it('answers every hop in well under a second when citizens answer evil patterns with the inputs that make them backtrack', async () => {
    // Not a speed test (speed is measured by the bench): a bound that only catastrophic
    // backtracking can cross. A hop here takes a few ms (over 100 ms on a loaded 2-core machine,
    // so 50 ms flaked); the old RegExp took 1.6 s on 28 letters and doubled with each letter more.
    const hopMs = async (press: (input: string) => Promise<string>, answer: string) => {
      const started = performance.now();
      const reply = await press(answer);
      return { reply, ms: performance.now() - started };
    };
    for (const [index, [pattern, accepted]] of EVIL_PATTERNS.entries()) {
      const name = `Pattern Check ${index + 1}`;
      expect((await putService(`EVIL-${index + 1}`, name, { kind: 'pattern', pattern })).status).toBe(201);
      const answers = [
        (_: string) => `${'a'.repeat(28)}!`,
        (_: string) => `${'a'.repeat(79)}!`,
        // As long as the whole hop's text may be: refused for its length before any matching.
        (textSoFar: string) => `${'a'.repeat(MAX_TEXT_LENGTH - textSoFar.length - 2)}!`,
      ];
      for (const answer of answers) {
        const citizen = await atFirstQuestion(name);
        const typed = answer(citizen.textSoFar());
        const { reply, ms } = await hopMs(citizen.press, typed);
        expect(ms, `${pattern} with ${typed.length} characters`).toBeLessThan(1000);
        expect(reply).toBe(`CON ${ERROR.en}\n${citizen.prompt.slice('CON '.length)}`);
        expect(citizen.textSoFar().length).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
      }
      const citizen = await atFirstQuestion(name);
      const { reply, ms } = await hopMs(citizen.press, accepted);
      expect(ms, `${pattern} with ${accepted}`).toBeLessThan(1000);
      expect(reply).toContain(`Code: ${accepted}`);
    }
  });
});

describe('PUT /services/{code} refuses a pattern it cannot prove, naming the field', () => {
  it.each([
    ['an unclosed group', { kind: 'pattern', pattern: '((' }, 'applyFields.0.validate.pattern', 'not a valid pattern: missing closing ) in `((`'],
    ['a lookahead (not RE2)', { kind: 'pattern', pattern: '(?=a)a' }, 'applyFields.0.validate.pattern', 'not a valid pattern: invalid or unsupported Perl syntax in `(?=`'],
    ['a backreference (not RE2)', { kind: 'pattern', pattern: '(a)\\1' }, 'applyFields.0.validate.pattern', 'not a valid pattern: invalid escape sequence in `\\1`'],
    ['a pattern over 200 characters', { kind: 'pattern', pattern: 'a'.repeat(201) }, 'applyFields.0.validate.pattern', 'Too big: expected string to have <=200 characters'],
    ['a pattern that compiles to thousands of steps', { kind: 'pattern', pattern: '\\pL{999}|\\pL{998}' }, 'applyFields.0.validate.pattern', 'the pattern is too large: it compiles to 2000 steps, at most 1000 (use smaller repeat counts)'],
    ['an answer longer than a reply can be', { kind: 'pattern', pattern: '[A-Z]+', maxLength: 81 }, 'applyFields.0.validate.maxLength', 'Too big: expected number to be <=80'],
    ['a text answer longer than a reply can be', { kind: 'text', maxLength: 81 }, 'applyFields.0.validate.maxLength', 'Too big: expected number to be <=80'],
  ])('%s: 422', async (_, validate, path, message) => {
    const response = await putService('SAT-FORM', 'Ground Station Visit', validate);
    expect(response.status).toBe(422);
    expect(response.json.error.details).toContainEqual({ path, message });
  });

  it('keeps the answer length it was given, and 80 when none was', async () => {
    await putService('SAT-A', 'Ground Station Visit', { kind: 'pattern', pattern: '[A-Z]{2}\\d{6}' });
    await putService('SAT-B', 'Ground Station Tour', { kind: 'pattern', pattern: '[A-Z]{2}\\d{6}', maxLength: 8 });
    const validate = async (code: string) => (await api(harness.app, 'GET', `/services/${code}`, { key })).json.applyFields[0].validate;
    expect(await validate('SAT-A')).toEqual({ kind: 'pattern', pattern: '[A-Z]{2}\\d{6}', maxLength: 80 });
    expect(await validate('SAT-B')).toEqual({ kind: 'pattern', pattern: '[A-Z]{2}\\d{6}', maxLength: 8 });
  });
});

describe('a form stored when a text answer could be 160 characters long', () => {
  it('still asks its question, taking answers of up to 80 characters, the most Safaricom accepts in one reply', async () => {
    await putService('SAT-LONG', 'Ground Station Essay', { kind: 'text', maxLength: 20 });
    const stored = JSON.stringify(patternForm({ kind: 'text', maxLength: 160 }));
    await harness.db.update(services).set({ applyFields: stored }).where(and(eq(services.agencyCode, 'KSA'), eq(services.code, 'SAT-LONG')));
    const { prompt, press } = await atFirstQuestion('Ground Station Essay');
    expect(prompt).toMatch(/^CON Your code:/);
    expect(await press('x'.repeat(81))).toMatch(/^CON Type the code as on your form\./);
    expect(await press('y'.repeat(80))).toContain(`Code: ${'y'.repeat(80)}`);
  });
});

describe('a form stored before patterns were checked', () => {
  it('tells the citizen the service cannot be applied for by phone, instead of failing every hop', async () => {
    await putService('SAT-OLD', 'Ground Station Visit', { kind: 'text', maxLength: 20 });
    const unreadable = JSON.stringify(patternForm({ kind: 'pattern', pattern: '((' }));
    await harness.db.update(services).set({ applyFields: unreadable }).where(and(eq(services.agencyCode, 'KSA'), eq(services.code, 'SAT-OLD')));
    const { prompt } = await atFirstQuestion('Ground Station Visit');
    expect(prompt).toMatch(/^CON This service cannot be applied for by phone\./);
    expect(harness.logger.entries.filter((entry) => entry.level === 'error')).toEqual([]);
  });
});
