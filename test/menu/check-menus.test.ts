import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEnv } from '../../src/config/parse-env.js';
import type { Database } from '../../src/db/database.js';
import { smallestScreenBudget } from '../../src/domain/screen-limits.js';
import { bundledMenuFiles } from '../../src/menu/bundled-menus.js';
import { capabilityNames, checkMenus, type CodeProvides } from '../../src/menu/check-menus.js';
import { TEMPLATE_VARIABLES } from '../../src/menu/template-variables.js';
import { createUssdCapabilities } from '../../src/ussd/capabilities/create-ussd-capabilities.js';

const t = (en: string, sw: string) => ({ en, sw });

/** What a small test code base provides: its own names and variables, not the real ones. */
const code: CodeProvides = {
  sources: new Set(['agencies']),
  actions: new Set(['lookup_status']),
  forms: new Set(['apply_fields']),
  variables: { reference: { maxLength: 20 }, status: { maxLength: 20 }, total: { maxLength: 10 }, agency_label: { maxLength: 24 }, summary: { maxLength: null } },
};

/** A main menu with a status look-up and a list, every node reachable: no problems. */
function menus(nodes: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    'main.json': {
      nodes: {
        main: { type: 'menu', text: t('Welcome', 'Karibu'), options: [{ label: t('Status', 'Hali'), next: 'status.enter_reference' }, { label: t('Agencies', 'Taasisi'), next: 'agencies' }] },
        agencies: { type: 'list', text: t('Choose:', 'Chagua:'), source: 'agencies', var: 'agency', next: 'main', empty: 'main' },
      },
    },
    'status.json': {
      nodes: {
        'status.enter_reference': { type: 'input', text: t('Reference:', 'Nambari:'), var: 'reference', validate: { kind: 'reference' }, error: t('Not valid.', 'Si sahihi.'), onMaxAttempts: 'main', next: 'status.lookup' },
        'status.lookup': { type: 'action', action: 'lookup_status', outcomes: { found: 'status.result' } },
        'status.result': { type: 'text', text: t('{reference}: {status}', '{reference}: {status}'), options: [{ label: t('Pay KES {total}', 'Lipa KES {total}'), next: 'main' }] },
        ...nodes,
      },
    },
  };
}

const reachable = (id: string, node: unknown) => {
  const files = menus({ [id]: node });
  const main = (files['main.json'] as { nodes: { main: { options: unknown[] } } }).nodes.main;
  main.options.push({ label: t('More', 'Zaidi'), next: id });
  return files;
};

/** An input node checked by `validate`. */
const patternInput = (validate: unknown) => ({ type: 'input', text: t('Code:', 'Nambari:'), var: 'reference', validate, error: t('Not valid.', 'Si sahihi.'), onMaxAttempts: 'main', next: 'main' });

describe('the menus in menus/', () => {
  it('pass every check against what the code provides', () => {
    const capabilities = createUssdCapabilities({ db: {} as Database, now: () => 0 });
    const check = checkMenus(bundledMenuFiles, { ...capabilityNames(capabilities), variables: TEMPLATE_VARIABLES });
    expect(check.problems).toEqual([]);
    expect(check.nodes).toBeGreaterThan(40);
  });
});

describe('the menu check tells an author what to fix, naming the file and the node', () => {
  it('finds nothing wrong with the small menus the cases below break', () => {
    expect(checkMenus(menus(), code).problems).toEqual([]);
  });

  it.each([
    ['a dangling reference', reachable('status.gone', { type: 'menu', text: t('Go', 'Nenda'), options: [{ label: t('On', 'Endelea'), next: 'status.nowhere' }] }), 'status.json: status.gone: leads to "status.nowhere", which no menu file defines'],
    ['a missing Kiswahili text', reachable('status.bye', { type: 'end', text: { en: 'Bye' } }), 'status.json: status.bye: the Kiswahili (sw) text is missing'],
    ['a missing English option label', reachable('status.ask', { type: 'menu', text: t('Ask', 'Uliza'), options: [{ label: { sw: 'Ndiyo' }, next: 'main' }] }), 'status.json: status.ask: option 1: the English (en) label is missing'],
    ['an empty error message', reachable('status.again', { type: 'input', text: t('Ref:', 'Nambari:'), var: 'reference', validate: { kind: 'reference' }, error: t('Bad.', ''), onMaxAttempts: 'main', next: 'main' }), 'status.json: status.again: the Kiswahili (sw) error message is empty'],
    ['an unknown node type', reachable('status.spin', { type: 'carousel', text: t('x', 'y') }), 'status.json: status.spin: the node type is "carousel"; use one of menu, list, input, text, action, form, end'],
    ['a field the format does not know', reachable('status.bye', { type: 'end', text: t('Bye', 'Kwaheri'), colour: 'red' }), 'status.json: status.bye: the node has "colour", which the menu format does not know'],
    ['a node id that is not readable', reachable('Node17', { type: 'end', text: t('Bye', 'Kwaheri') }), 'status.json: Node17: the node id "Node17" cannot be used: use lower-case words joined by "_" and "."'],
    ['a node nothing leads to', menus({ 'status.lost': { type: 'end', text: t('Bye', 'Kwaheri') } }), 'status.json: status.lost: no path from the main menu leads here'],
    ['an action the code does not provide', reachable('status.check', { type: 'action', action: 'lookup_statuz', outcomes: { found: 'main' } }), 'status.json: status.check: the action "lookup_statuz" is not one the code provides (it provides: lookup_status)'],
    ['a data source the code does not provide', reachable('status.mine', { type: 'list', text: t('Yours:', 'Yako:'), source: 'my_stuff', var: 'mine', next: 'main', empty: 'main' }), 'status.json: status.mine: the data source "my_stuff" is not one the code provides (it provides: agencies)'],
    ['a form source the code does not provide', reachable('status.form', { type: 'form', source: 'renew_fields', onMaxAttempts: 'main', next: 'main' }), 'status.json: status.form: the form source "renew_fields" is not one the code provides (it provides: apply_fields)'],
    ['a variable nothing sets', reachable('status.bye', { type: 'end', text: t('Bye {foo}', 'Kwaheri {foo}') }), 'status.json: status.bye: uses {foo}, which no action or list sets'],
    ['an option shown on a variable nothing sets', reachable('status.ask', { type: 'menu', text: t('Ask', 'Uliza'), options: [{ label: t('Pay', 'Lipa'), next: 'main', when: 'is_due' }] }), 'status.json: status.ask: shows an option depending on "is_due", which no action or list sets'],
    ['a character outside GSM-7', reachable('status.bye', { type: 'end', text: t('Bye “friend”', 'Kwaheri') }), 'status.json: status.bye: the en text has characters outside GSM-7: "“" "”"'],
    ['a 200-character END screen', reachable('status.bye', { type: 'end', text: t('Bye', 'x'.repeat(200)) }), 'status.json: status.bye (sw): the screen can reach 200 of the 160 characters a screen has on Safaricom (63902), Telkom (63907) and other networks (an END screen cannot be paged, so all of its text must fit)'],
    ['a pattern RE2 cannot read', reachable('status.code', patternInput({ kind: 'pattern', pattern: '((' })), 'status.json: status.code: the field "validate.pattern": not a valid pattern: missing closing ) in `((`'],
    ['a pattern over 200 characters', reachable('status.code', patternInput({ kind: 'pattern', pattern: 'x'.repeat(201) })), 'status.json: status.code: the field "validate.pattern": Too big: expected string to have <=200 characters'],
    ['a pattern answer longer than a reply can be', reachable('status.code', patternInput({ kind: 'pattern', pattern: '[A-Z]+', maxLength: 81 })), 'status.json: status.code: the field "validate.maxLength": Too big: expected number to be <=80'],
    ['a text answer longer than a reply can be', reachable('status.code', patternInput({ kind: 'text', maxLength: 81 })), 'status.json: status.code: the field "validate.maxLength": Too big: expected number to be <=80'],
    ['an END screen with a variable at its longest', reachable('status.bye', { type: 'end', text: t(`${'x'.repeat(170)} {reference}`, 'Kwaheri') }), 'status.json: status.bye (en): the screen can reach 191 of the 160 characters a screen has on Safaricom (63902), Telkom (63907) and other networks'],
  ])('%s', (_, files, problem) => {
    expect(checkMenus(JSON.parse(JSON.stringify(files)), code).problems.join('\n')).toContain(problem);
  });

  it.each([
    // "Invalid choice." (15) + prompt + "1. " and a 24-character agency + "98 More" + "0 Back", newlines between.
    ['a list prompt, counting an item at its longest', { type: 'list', text: t('x'.repeat(102), 'Chagua:'), source: 'agencies', var: 'agency', next: 'main', empty: 'main' }, 'status.json: status.screen (en): the screen can reach 161 of the 160 characters a screen has on Safaricom (63902), Telkom (63907) and other networks (the prompt with the notice "Invalid choice." above it, an item at its longest, "98 More" and "0 Back")'],
    // "Si sahihi sana kabisa." (22, the input's own error, longer than "Chaguo si sahihi.") + prompt + "0 Rudi": no "98" line under an input.
    ['an input prompt, counting its own error', { type: 'input', text: t('Ref:', 'x'.repeat(131)), var: 'reference', validate: { kind: 'reference' }, error: t('Bad.', 'Si sahihi sana kabisa.'), onMaxAttempts: 'main', next: 'main' }, 'status.json: status.screen (sw): the screen can reach 161 of the 160 characters a screen has on Safaricom (63902), Telkom (63907) and other networks (the prompt with the notice "Si sahihi sana kabisa." above it and "0 Rudi")'],
    // "Pay KES {total}" can never be split: "1. " + 160 + " KES " + 10, with "Invalid choice.", "98 More" and "0 Back".
    ['a text screen\'s option with a variable', { type: 'text', text: t('x '.repeat(300), 'y'), options: [{ label: t(`${'x'.repeat(160)} KES {total}`, 'Lipa'), next: 'main' }] }, 'status.json: status.screen (en): the screen can reach 209 of the 160 characters a screen has on Safaricom (63902), Telkom (63907) and other networks (its longest option with the notice "Invalid choice." above it, "98 More" and "0 Back")'],
    ['a variable without a length limit on an END screen', { type: 'end', text: t('Done', 'Tayari:\n{summary}') }, 'status.json: status.screen (sw): the screen can run over the 160 characters a screen has on Safaricom (63902), Telkom (63907) and other networks: {summary} has no length limit'],
  ])('measures the worst case of %s', (_, node, problem) => {
    expect(checkMenus(reachable('status.screen', node), code).problems).toEqual([problem]);
  });

  it('measures against the smallest budget in force, naming the networks it is the budget of', () => {
    const node = { type: 'end', text: t('x'.repeat(140), 'Kwaheri') };
    expect(checkMenus(reachable('status.screen', node), code).problems).toEqual([]);
    const budget = smallestScreenBudget(parseEnv({ USSD_SCREEN_LIMITS: '63902:130' }).USSD_SCREEN_LIMITS);
    expect(checkMenus(reachable('status.screen', node), code, budget).problems).toEqual([
      'status.json: status.screen (en): the screen can reach 140 of the 130 characters a screen has on Safaricom (63902) (an END screen cannot be paged, so all of its text must fit)',
    ]);
  });

  it('lets a text screen\'s body run long: the engine pages it', () => {
    const node = { type: 'text', text: t('{status} '.repeat(50), 'y '.repeat(300)), options: [{ label: t('Back to the start', 'Mwanzo'), next: 'main' }] };
    expect(checkMenus(reachable('status.screen', node), code).problems).toEqual([]);
  });
});

describe('npm run menus:check', () => {
  const run = (dir?: string, screenLimits = '') => {
    try {
      const env = { ...process.env, USSD_SCREEN_LIMITS: screenLimits };
      const stdout = execFileSync('npx', ['tsx', 'scripts/check-menus.ts', ...(dir ? [dir] : [])], { encoding: 'utf8', stdio: 'pipe', env });
      return { status: 0, stdout };
    } catch (error) {
      const failed = error as { status: number; stdout: string; stderr: string };
      return { status: failed.status, stdout: `${failed.stdout}${failed.stderr}` };
    }
  };

  it('prints one line per problem and a summary, and exits 1', () => {
    const dir = mkdtempSync(join(tmpdir(), 'menus-check-'));
    try {
      const files = reachable('status.bye', { type: 'end', text: { en: 'Bye' } });
      for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify(content, null, 2));
      writeFileSync(join(dir, 'broken.json'), '{ "nodes": ');
      const { status, stdout } = run(dir);
      expect(status).toBe(1);
      expect(stdout.trim().split('\n')).toEqual([
        expect.stringMatching(/^broken\.json: \(file\): not valid JSON: /),
        'status.json: status.bye: the Kiswahili (sw) text is missing',
        'menus: 3 files, 5 nodes, 2 problems',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);

  it('checks against USSD_SCREEN_LIMITS, and refuses one it cannot read, naming it', () => {
    const narrow = run('menus', '63902:120');
    expect(narrow.status).toBe(1);
    expect(narrow.stdout).toMatch(/^find-service\.json: find\.search_results \(en\): the screen can reach \d+ of the 120 characters a screen has on Safaricom \(63902\) \(/m);
    expect(run('menus', '63902:90')).toEqual({ status: 1, stdout: 'menus: USSD_SCREEN_LIMITS: 63902:90: a screen limit is from 120 to 182 GSM-7 characters\n' });
  }, 30_000);

  it('passes the menus in menus/ with exit code 0', () => {
    const { status, stdout } = run('menus');
    expect(status).toBe(0);
    expect(stdout).toMatch(/^menus: \d+ files, \d+ nodes, no problems \(every screen within 160 characters, the budget on Safaricom \(63902\), Telkom \(63907\) and other networks\)\n$/);
  }, 30_000);
});
