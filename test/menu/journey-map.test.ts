import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledMenuFiles } from '../../src/menu/bundled-menus.js';
import { loadMenus } from '../../src/menu/load-menus.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const map = readme.slice(readme.indexOf('The journey map'), readme.indexOf('## Layout'));
const menu = loadMenus(bundledMenuFiles);

describe("the README's journey map", () => {
  it('names only nodes that exist', () => {
    const named = [...map.matchAll(/\[([a-z_.]+)\]/g)].map((match) => match[1]!);
    expect(named.length).toBeGreaterThan(20);
    for (const id of named) expect(menu.nodes, id).toHaveProperty([id]);
  });

  it('shows every main menu option with its number, as the menu does', () => {
    const main = menu.nodes.main;
    if (main?.type !== 'menu') throw new Error('main is not a menu');
    main.options.forEach((option, index) => expect(map).toContain(`${index + 1} ${option.label.en} [${option.next}]`));
  });
});
