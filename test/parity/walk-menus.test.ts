import { describe, expect, it } from 'vitest';
import { inputsOn, maskScreen, walkMenus, type WalkRoot } from '../support/walk-menus.js';

const bounds = { maxDepth: 4, maxHops: 100, firstItems: 2 };

describe('inputsOn', () => {
  it.each([
    { name: 'every option of a menu that fits, back, and main menu below the root', reply: 'CON Find:\n1. Agency\n2. Category\n3. Word\n0 Back', inputs: ['1'], expected: ['1', '2', '3', '0', '00'] },
    { name: 'the first items of a list that pages, then more and back', reply: 'CON Agencies:\n1. A\n2. B\n3. C\n98 More\n0 Back', inputs: ['1', '1'], expected: ['1', '2', '98', '0'] },
    { name: 'no items on a later page of a list', reply: 'CON Agencies:\n4. D\n5. E\n0 Back', inputs: ['1', '1', '98'], expected: ['0'] },
    { name: 'options written with a parenthesis', reply: 'CON Pick:\n1) Yes\n2) No', inputs: ['1', '1', '1'], expected: ['1', '2'] },
    { name: 'the sample answer at a prompt', reply: 'CON Enter your national ID number:\n0 Back', inputs: ['4', '1'], answer: '12345678', expected: ['12345678', '0'] },
    { name: 'only the navigation on a text screen with no answer', reply: 'CON We will SMS you.\n0 Back', inputs: ['1', '1', '1'], expected: ['0'] },
    { name: 'nothing on an END screen', reply: 'END Application cancelled.', inputs: ['4'], expected: [] },
    { name: 'the options of the root, without 00', reply: 'CON Welcome\n1. Find\n2. Status', inputs: [], expected: ['1', '2'] },
  ])('tries $name', ({ reply, inputs, answer, expected }) => {
    expect(inputsOn(reply, inputs, bounds, answer)).toEqual(expected);
  });
});

describe('maskScreen', () => {
  it('masks references, dates and times, and nothing else', () => {
    expect(maskScreen('CON EC20418375: Passport\nUpdated: 19/11/2026\nHistoria: 20/11 at 14:05\nFee: KES 4,550')).toBe(
      'CON EC########: Passport\nUpdated: DD/MM/YYYY\nHistoria: DD/MM at HH:MM\nFee: KES 4,550',
    );
  });
});

/** A phone whose replies come from a table of paths; any other path is an invalid choice. */
function tablePhone(name: string, screens: Record<string, string>, answer?: string): WalkRoot & { sent: string[] } {
  const sent: string[] = [];
  return {
    name,
    sent,
    hop: async (text) => {
      sent.push(text);
      return screens[text] ?? 'CON Invalid choice.';
    },
    answer: (screen) => (screen.includes('Enter') ? answer : undefined),
  };
}

describe('walkMenus', () => {
  const screens = {
    '': 'CON Welcome\n1. Find\n2. Status',
    '1': 'CON Find:\n1. Agency\n0 Back',
    '2': 'CON Enter a reference:\n0 Back',
    '1*1': 'END Agency list',
    '1*0': 'CON Welcome\n1. Find\n2. Status',
    '1*00': 'CON Welcome\n1. Find\n2. Status',
    '2*EC20418375': 'END EC20418375 is under review since 19/11/2026',
    '2*0': 'CON Welcome\n1. Find\n2. Status',
    '2*00': 'CON Welcome\n1. Find\n2. Status',
  };

  it('walks breadth first, answers prompts, and does not walk on from a screen it has met', async () => {
    const phone = tablePhone('en', screens, 'EC20418375');
    const steps = await walkMenus([phone], bounds);
    expect(steps.map((step) => step.path)).toEqual(['en:', 'en:1', 'en:2', 'en:1*1', 'en:1*0', 'en:1*00', 'en:2*EC20418375', 'en:2*0', 'en:2*00']);
    expect(steps.at(6)).toEqual({ path: 'en:2*EC20418375', screen: 'END EC######## is under review since DD/MM/YYYY' });
    expect(phone.sent).toHaveLength(steps.length);
  });

  it('shares what it has seen between roots: a screen one phone met is not walked again from the other', async () => {
    const other = tablePhone('sw', { '': 'CON Karibu\n1. Lugha', '1': screens[''] });
    const steps = await walkMenus([tablePhone('en', screens, 'EC20418375'), other], bounds);
    expect(steps.filter((step) => step.path.startsWith('sw:')).map((step) => step.path)).toEqual(['sw:', 'sw:1']);
  });

  it('stops at the depth bound, and fails rather than run past the hop bound', async () => {
    const endless = tablePhone('en', {});
    endless.hop = async (text) => `CON At "${text}"\n1. Deeper`;
    expect((await walkMenus([endless], { ...bounds, maxDepth: 3 })).map((step) => step.path)).toEqual(['en:', 'en:1', 'en:1*1', 'en:1*00', 'en:1*1*1', 'en:1*00*1']);
    await expect(walkMenus([endless], { ...bounds, maxDepth: 50, maxHops: 5 })).rejects.toThrow(/passed 5 hops at en:1\*00\*1:/);
  });
});
