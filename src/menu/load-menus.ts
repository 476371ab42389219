import { isGsm7Char } from '../text/gsm7.js';
import { LANGUAGES, MenuFile, type Menu, type MenuNode } from './menu-schema.js';

export const START_NODE = 'main';

/** Menu files that cannot run, with one line per problem naming the file and the node. */
export class MenuLoadError extends Error {
  override name = 'MenuLoadError';
  constructor(readonly problems: string[]) {
    super(`the menus have ${problems.length} problem(s):\n${problems.join('\n')}`);
  }
}

/**
 * Validates menu files (name -> parsed JSON) and merges them into one menu starting at `main`.
 * Throws MenuLoadError listing schema errors, duplicate or dangling node ids, and texts
 * outside GSM-7.
 */
export function loadMenus(files: Readonly<Record<string, unknown>>): Menu {
  const problems: string[] = [];
  const nodes: Record<string, MenuNode> = {};
  const origin: Record<string, string> = {};
  for (const [file, content] of Object.entries(files)) {
    const parsed = MenuFile.safeParse(content);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${file}: ${issue.path.join('.') || '(file)'}: ${issue.message}`);
      continue;
    }
    for (const [id, node] of Object.entries(parsed.data.nodes)) {
      if (origin[id]) problems.push(`${file}: ${id}: already defined in ${origin[id]}`);
      nodes[id] = node;
      origin[id] = file;
    }
  }
  if (problems.length === 0 && !nodes[START_NODE]) problems.push(`(menus): no "${START_NODE}" node to start from`);
  for (const [id, node] of Object.entries(nodes)) {
    const where = `${origin[id]}: ${id}`;
    for (const target of nodeTargets(node)) {
      if (!nodes[target]) problems.push(`${where}: leads to "${target}", which no menu file defines`);
    }
    for (const text of nodeTexts(node)) {
      for (const lang of LANGUAGES) {
        const bad = [...new Set([...text[lang]].filter((ch) => !isGsm7Char(ch)))];
        if (bad.length > 0) problems.push(`${where}: the ${lang} text has characters outside GSM-7: ${bad.map((ch) => JSON.stringify(ch)).join(' ')}`);
      }
    }
  }
  if (problems.length > 0) throw new MenuLoadError(problems);
  return { start: START_NODE, nodes };
}

/** The problems `loadMenus` finds in these files, as lines; none when they load. */
export function menuLoadProblems(files: Readonly<Record<string, unknown>>): string[] {
  try {
    loadMenus(files);
    return [];
  } catch (error) {
    if (error instanceof MenuLoadError) return error.problems;
    throw error;
  }
}

/** Every node id a node can lead to. */
export function nodeTargets(node: MenuNode): string[] {
  switch (node.type) {
    case 'menu':
    case 'text':
      return node.options.map((option) => option.next);
    case 'list':
      return [node.next, node.empty];
    case 'input':
    case 'form':
      return [node.next, node.onMaxAttempts];
    case 'action':
      return Object.values(node.outcomes);
    case 'end':
      return [];
  }
}

/** Every citizen-facing text of a node. */
export function nodeTexts(node: MenuNode) {
  switch (node.type) {
    case 'menu':
    case 'text':
      return [node.text, ...node.options.map((option) => option.label)];
    case 'input':
      return [node.text, node.error];
    case 'list':
    case 'end':
      return [node.text];
    case 'action':
    case 'form':
      return [];
  }
}
