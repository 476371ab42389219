import type { Capabilities } from '../engine/capabilities.js';
import { ENGINE_MESSAGES } from '../engine/engine-messages.js';
import { DEFAULT_SCREEN_LIMITS, smallestScreenBudget, type ScreenBudget } from '../domain/screen-limits.js';
import { screenLength } from '../engine/layout-page.js';
import { renderTemplate, templateVariables } from '../engine/render-template.js';
import { START_NODE, menuLoadProblems, nodeTargets, nodeTexts } from './load-menus.js';
import { LANGUAGES, MenuFile, MenuNode, NodeId, type Language, type LocalizedText } from './menu-schema.js';
import type { TemplateVariable } from './template-variables.js';

/** What the code gives the menus: the names they may use, and the variables they may show. */
export interface CodeProvides {
  sources: ReadonlySet<string>;
  actions: ReadonlySet<string>;
  forms: ReadonlySet<string>;
  variables: Readonly<Record<string, TemplateVariable>>;
}

export interface MenuCheck {
  files: number;
  nodes: number;
  /** One line per problem: `file: node: problem`, in words an agency's content author reads. */
  problems: string[];
}

/** The names of the data sources, actions and forms a set of capabilities provides. */
export function capabilityNames(capabilities: Capabilities): Omit<CodeProvides, 'variables'> {
  return {
    sources: new Set(Object.keys(capabilities.sources)),
    actions: new Set(Object.keys(capabilities.actions)),
    forms: new Set(Object.keys(capabilities.forms)),
  };
}

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', sw: 'Kiswahili' };

/**
 * Checks menu files (name -> parsed JSON) beyond what it takes to load them: besides the
 * loader's problems (format, duplicate ids, dangling references, characters outside GSM-7),
 * nodes nothing leads to, names the code does not provide, variables nothing sets, and
 * screens that can outgrow the smallest screen budget in force (`budget`, by default that of
 * the default limits: 160, Safaricom's) when every variable is at its longest.
 */
export function checkMenus(files: Readonly<Record<string, unknown>>, code: CodeProvides, budget: ScreenBudget = smallestScreenBudget(DEFAULT_SCREEN_LIMITS)): MenuCheck {
  const problems: string[] = [];
  const nodes = new Map<string, { file: string; node: MenuNode }>();
  const loadable: Record<string, unknown> = {};
  let complete = true;
  for (const [file, content] of Object.entries(files)) {
    const parsed = MenuFile.safeParse(content);
    if (parsed.success) {
      loadable[file] = content;
      for (const [id, node] of Object.entries(parsed.data.nodes)) if (!nodes.has(id)) nodes.set(id, { file, node });
      continue;
    }
    for (const issue of parsed.error.issues) problems.push(`${file}: ${describeIssue(issue, content)}`);
    const read = readNodesOneByOne(content);
    complete &&= read !== null && read.broken.length === 0;
    if (!read) continue;
    for (const [id, node] of Object.entries(read.readable)) if (!nodes.has(id)) nodes.set(id, { file, node });
    // A broken node still exists for the loader, so what leads to it is not reported as dangling.
    const standIns = read.broken.filter((id) => NodeId.safeParse(id).success).map((id) => [id, STAND_IN]);
    loadable[file] = { nodes: { ...read.readable, ...Object.fromEntries(standIns) } };
  }
  problems.push(...loaderProblems(loadable));

  // Where a broken node leads is unknown, so what is unreachable is known only once all are read.
  if (complete) for (const id of unreachable(nodes)) problems.push(`${nodes.get(id)!.file}: ${id}: no path from the main menu leads here (is an option or an outcome missing?)`);
  for (const [id, { file, node }] of nodes) {
    const where = `${file}: ${id}`;
    const missing = missingCapability(node, code);
    if (missing) problems.push(`${where}: ${missing}`);
    for (const problem of unknownVariables(node, code.variables)) problems.push(`${where}: ${problem}`);
    for (const lang of LANGUAGES) {
      const tooLong = screenProblem(node, lang, code.variables, budget);
      if (tooLong) problems.push(`${where} (${lang}): ${tooLong}`);
    }
  }
  // Grouped by file, in the order found within each, so an author works through one file at a time.
  return { files: Object.keys(files).length, nodes: nodes.size, problems: problems.sort((a, b) => fileOf(a).localeCompare(fileOf(b))) };
}

/** Stands in for a node that does not fit the format, while the rest of its file is checked. */
const STAND_IN: MenuNode = { type: 'end', text: { en: '-', sw: '-' } };

/**
 * The nodes of a file that does not fit the format, each read on its own, and the ids of those
 * that do not fit; null when the file has no `nodes` to read.
 */
function readNodesOneByOne(content: unknown): { readable: Record<string, MenuNode>; broken: string[] } | null {
  const raw = valueAt(content, ['nodes']);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const readable: Record<string, MenuNode> = {};
  const broken: string[] = [];
  for (const [id, value] of Object.entries(raw)) {
    const node = MenuNode.safeParse(value);
    if (node.success && NodeId.safeParse(id).success) readable[id] = node.data;
    else broken.push(id);
  }
  return { readable, broken };
}

/** The file a problem line names. */
function fileOf(line: string): string {
  return line.slice(0, line.indexOf(': '));
}

const loaderProblems = menuLoadProblems;

/** Nodes no option, list, input, form or outcome leads to from the main menu. */
function unreachable(nodes: ReadonlyMap<string, { node: MenuNode }>): string[] {
  if (!nodes.has(START_NODE)) return [];
  const reached = new Set([START_NODE]);
  const queue = [START_NODE];
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    for (const target of nodeTargets(nodes.get(id)!.node)) {
      if (reached.has(target) || !nodes.has(target)) continue;
      reached.add(target);
      queue.push(target);
    }
  }
  return [...nodes.keys()].filter((id) => !reached.has(id));
}

function missingCapability(node: MenuNode, code: CodeProvides): string | null {
  const [kind, name, provided] =
    node.type === 'list' ? ['data source', node.source, code.sources]
    : node.type === 'action' ? ['action', node.action, code.actions]
    : node.type === 'form' ? ['form source', node.source, code.forms]
    : [null, '', new Set<string>()];
  if (kind === null || provided.has(name)) return null;
  return `the ${kind} "${name}" is not one the code provides (it provides: ${[...provided].sort().join(', ')})`;
}

/** Variables the node's texts, its options' `when` and its action's params use that nothing sets. */
function unknownVariables(node: MenuNode, variables: CodeProvides['variables']): string[] {
  const unknown = (names: readonly string[]) => [...new Set(names)].filter((name) => !Object.hasOwn(variables, name));
  const inTexts = nodeTexts(node).flatMap((text) => LANGUAGES.flatMap((lang) => templateVariables(text[lang])));
  if (node.type === 'action') inTexts.push(...Object.values(node.params).flatMap(templateVariables));
  const inWhen = node.type === 'menu' || node.type === 'text' ? node.options.flatMap((option) => (option.when ? [option.when.replace(/^!/, '')] : [])) : [];
  return [
    ...unknown(inTexts).map((name) => `uses {${name}}, which no action or list sets`),
    ...unknown(inWhen).map((name) => `shows an option depending on "${name}", which no action or list sets`),
  ];
}

/**
 * The longest a node's screen can be in one language, with every variable at its longest.
 * An END shows its whole text (it cannot be paged). A prompted screen keeps its prompt with the
 * longest notice above it, one option or list item, and "98 More" / "0 Back"; the engine pages
 * the rest. A text screen pages its body, so only its options count.
 */
function screenProblem(node: MenuNode, lang: Language, variables: CodeProvides['variables'], budget: ScreenBudget): string | null {
  const screen = worstScreen(node, lang, variables);
  if (!screen) return null;
  const allowed = `the ${budget.limit} characters a screen has on ${budget.networks}`;
  const unbounded = [...new Set(screen.parts.flatMap((part) => part.unbounded))];
  if (unbounded.length > 0) {
    return `the screen can run over ${allowed}: ${unbounded.map((name) => `{${name}}`).join(', ')} ${unbounded.length > 1 ? 'have' : 'has'} no length limit`;
  }
  const length = screenLength(screen.parts.flatMap((part) => part.lines));
  return length > budget.limit ? `the screen can reach ${length} of ${allowed} (${screen.counting})` : null;
}

type Rendered = ReturnType<typeof worstCase>;

function worstScreen(node: MenuNode, lang: Language, variables: CodeProvides['variables']): { parts: Rendered[]; counting: string } | null {
  const messages = ENGINE_MESSAGES[lang];
  const fixed = (...lines: string[]): Rendered => ({ lines, unbounded: [] });
  if (node.type === 'end') return { parts: [worstCase(node.text[lang], variables)], counting: 'an END screen cannot be paged, so all of its text must fit' };
  if (node.type === 'action' || node.type === 'form') return null;

  const notice = [messages.invalidChoice, messages.noMorePages, ...(node.type === 'input' ? [node.error[lang]] : [])].reduce((a, b) =>
    screenLength([b]) > screenLength([a]) ? b : a,
  );
  const nav = `"${messages.more}" and "${messages.back}"`;
  const withNotice = `the notice "${notice}" above it`;
  switch (node.type) {
    case 'input':
      // Nothing is listed below an input's prompt, so it never shows "98 More".
      return { parts: [fixed(notice), worstCase(node.text[lang], variables), fixed(messages.back)], counting: `the prompt with ${withNotice} and "${messages.back}"` };
    case 'list': {
      const item = fixed(`1. ${'x'.repeat(variables[`${node.var}_label`]?.maxLength ?? 0)}`);
      return { parts: [fixed(notice), worstCase(node.text[lang], variables), item, fixed(messages.more, messages.back)], counting: `the prompt with ${withNotice}, an item at its longest, ${nav}` };
    }
    case 'menu':
      return { parts: [fixed(notice), worstCase(node.text[lang], variables), longestOption(node.options, lang, variables), fixed(messages.more, messages.back)], counting: `the prompt with ${withNotice}, its longest option, ${nav}` };
    case 'text':
      if (node.options.length === 0) return null;
      return { parts: [fixed(notice), longestOption(node.options, lang, variables), fixed(messages.more, messages.back)], counting: `its longest option with ${withNotice}, ${nav}` };
  }
}

function longestOption(options: readonly { label: LocalizedText }[], lang: Language, variables: CodeProvides['variables']): Rendered {
  return options
    .map((option, index) => worstCase(`${index + 1}. ${option.label[lang]}`, variables))
    .reduce((a, b) => (screenLength(b.lines) > screenLength(a.lines) ? b : a));
}

/** A template rendered with every variable at its longest allowed value, as screen lines. */
function worstCase(template: string, variables: CodeProvides['variables']) {
  const names = templateVariables(template);
  const values = Object.fromEntries(names.map((name) => [name, 'x'.repeat(variables[name]?.maxLength ?? 0)]));
  return {
    lines: renderTemplate(template, values).split('\n'),
    unbounded: names.filter((name) => variables[name]?.maxLength === null),
  };
}

interface Issue {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  options?: unknown[];
  issues?: { message: string }[];
}

/** A zod issue as `node: problem`, naming the node and the text the way an author sees them. */
function describeIssue(issue: Issue, content: unknown): string {
  const [top, id, ...rest] = issue.path.map(String);
  if (top !== 'nodes' || id === undefined) {
    const field = issue.path.length > 0 ? `the field "${issue.path.join('.')}"` : 'the file';
    return `(file): ${describeProblem(issue, field, valueAt(content, issue.path))}`;
  }
  if (issue.code === 'invalid_key') return `${id}: the node id "${id}" cannot be used: ${issue.issues?.[0]?.message ?? issue.message}`;
  return `${id}: ${describeProblem(issue, describeField(rest), valueAt(content, issue.path))}`;
}

function describeProblem(issue: Issue, field: string, value: unknown): string {
  if (issue.code === 'invalid_type' && value === undefined) return `${field} is missing`;
  if (issue.code === 'too_small' && value === '') return `${field} is empty`;
  if (issue.code === 'unrecognized_keys') return `${field} has ${issue.keys?.map((key) => `"${key}"`).join(', ')}, which the menu format does not know`;
  if (issue.code === 'invalid_union' && issue.options) return `${field} is ${JSON.stringify(value)}; use one of ${issue.options.join(', ')}`;
  return `${field}: ${issue.message}`;
}

const FIELD_WORDS: Record<string, string> = { text: 'text', label: 'label', error: 'error message' };

/** `['options', 1, 'label', 'sw']` -> `option 2: the Kiswahili (sw) label`. */
function describeField(path: readonly string[]): string {
  const [first, index, ...rest] = path;
  if (first === 'options' && index !== undefined && /^\d+$/.test(index)) {
    return `option ${Number(index) + 1}: ${rest.length > 0 ? describeField(rest) : 'the option'}`;
  }
  const lang = path.at(-1);
  if (path.length === 2 && (LANGUAGES as readonly string[]).includes(lang!)) {
    return `the ${LANGUAGE_NAMES[lang as Language]} (${lang}) ${FIELD_WORDS[first!] ?? `"${first}"`}`;
  }
  if (path.length === 1 && FIELD_WORDS[first!]) return `the ${FIELD_WORDS[first!]}`;
  if (path.length === 0) return 'the node';
  if (path[0] === 'type') return 'the node type';
  return `the field "${path.join('.')}"`;
}

function valueAt(content: unknown, path: readonly PropertyKey[]): unknown {
  let value = content;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}
