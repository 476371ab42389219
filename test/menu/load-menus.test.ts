import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.js';
import { bundledMenuFiles } from '../../src/menu/bundled-menus.js';
import { menuJsonSchema } from '../../src/menu/menu-json-schema.js';
import { loadMenus, menuLoadProblems } from '../../src/menu/load-menus.js';
import { createUssdCapabilities } from '../../src/ussd/capabilities/create-ussd-capabilities.js';

const menusDir = new URL('../../menus/', import.meta.url);
const t = (en: string, sw: string) => ({ en, sw });

const problemsOf = menuLoadProblems;

describe('the menus in menus/', () => {
  it('are all bundled, so the Worker runs the same files as Node', () => {
    const files = readdirSync(menusDir).filter((name) => name.endsWith('.json') && name !== 'menu.schema.json');
    expect(Object.keys(bundledMenuFiles).sort()).toEqual(files.sort());
    for (const name of files) expect(bundledMenuFiles[name]).toEqual(JSON.parse(readFileSync(new URL(name, menusDir), 'utf8')));
  });

  it('load without problems', () => {
    expect(problemsOf(bundledMenuFiles)).toEqual([]);
  });

  it('name only data sources and actions that the code provides', () => {
    const menu = loadMenus(bundledMenuFiles);
    const capabilities = createUssdCapabilities({ db: {} as Database, now: () => 0 });
    for (const [id, node] of Object.entries(menu.nodes)) {
      if (node.type === 'list') expect(capabilities.sources, id).toHaveProperty(node.source);
      if (node.type === 'action') expect(capabilities.actions, id).toHaveProperty(node.action);
    }
  });

  it('come with an up-to-date JSON Schema for editors (npm run menus:schema)', () => {
    expect(readFileSync(new URL('menu.schema.json', menusDir), 'utf8')).toBe(menuJsonSchema());
  });
});

describe('loadMenus refuses menus that cannot run, naming the file and the node', () => {
  const main = { type: 'menu', text: t('Main', 'Kuu'), options: [{ label: t('Go', 'Nenda'), next: 'done' }] };
  const done = { type: 'end', text: t('Bye', 'Kwaheri') };

  it.each([
    ['a dangling reference', { 'a.json': { nodes: { main, done: undefined } } }, 'a.json: main: leads to "done", which no menu file defines'],
    ['a missing Kiswahili text', { 'a.json': { nodes: { main, done: { type: 'end', text: { en: 'Bye' } } } } }, 'a.json: nodes.done.text.sw'],
    ['a character outside GSM-7', { 'a.json': { nodes: { main, done: { type: 'end', text: t('Bye “friend”', 'Kwaheri') } } } }, 'a.json: done: the en text has characters outside GSM-7: "“" "”"'],
    ['a node defined twice', { 'a.json': { nodes: { main, done } }, 'b.json': { nodes: { done } } }, 'b.json: done: already defined in a.json'],
    ['no main node', { 'a.json': { nodes: { done } } }, '(menus): no "main" node to start from'],
    ['an unknown node type', { 'a.json': { nodes: { main, done: { type: 'carousel', text: t('x', 'y') } } } }, 'a.json: nodes.done.type'],
    ['a node id that is not readable', { 'a.json': { nodes: { main, done, Node17: done } } }, 'a.json: nodes.Node17'],
  ])('%s', (_, files, problem) => {
    const cleaned = JSON.parse(JSON.stringify(files));
    expect(problemsOf(cleaned).join('\n')).toContain(problem);
  });
});
