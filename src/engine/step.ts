import { MAX_ANSWER_LENGTH, type Language, type LocalizedText, type Menu, type MenuNode, type MenuNodeOf } from '../menu/menu-schema.js';
import { gsm7Length, toGsm7 } from '../text/gsm7.js';
import type { Capabilities, ListItem, StepContext } from './capabilities.js';
import { ENGINE_MESSAGES } from './engine-messages.js';
import { answerVar, type FormField } from './form-field.js';
import { layoutPage, screenLength, truncateLine, unitLimit } from './layout-page.js';
import { renderTemplate } from './render-template.js';
import type { Frame, SessionStart, SessionState, StepResult } from './session-state.js';
import { validateInput } from './validate-input.js';

/** Global keys (Kenyan convention), checked before a screen's own handling. */
export const KEYS = { back: '0', home: '00', more: '98' } as const;

/** A menu that names something missing: a fault of the menu, caught by the menu check. */
export class MenuError extends Error {
  override name = 'MenuError';
}

/** Who is dialling and how far in: the same for every call within one hop. */
export interface HopInfo {
  sessionId: string;
  phone: string;
  /** The number of inputs so far, this hop's included. */
  hop: number;
  /** The hop's `networkCode` (63902 Safaricom, ...), when Africa's Talking sent one. */
  network?: string | null | undefined;
}

const MAX_HISTORY = 20;
const MAX_AUTOMATIC_STEPS = 10;
/**
 * A list is read a window at a time: first as many items as a page usually shows, then, only if
 * every one of them fit and more follow, as many as any page can show. Each item read costs
 * its query (the agency list probes each agency's live services).
 */
const FIRST_WINDOW = 12;
const LIST_WINDOW = 40;
/** What an agency's form question always leaves below its prompt: a choice of this length ("1. Kakamega"). */
const FORM_CHOICE_ROOM = 20;

/**
 * A copy of a session's state to change, leaving the caller's as it was. The state is JSON (it
 * is stored as such), so a plain walk of its arrays and objects copies it: a sixth of what
 * `structuredClone` costs, on every hop.
 */
function copyState<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyState) as T;
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = copyState((value as Record<string, unknown>)[key]);
  return copy as T;
}

/** The first screen of a session. */
export async function startSession(menu: Menu, start: SessionStart, capabilities: Capabilities, hop: HopInfo): Promise<StepResult> {
  return new Stepper(menu, capabilities, hop).enter(newSessionState(menu, start), menu.start);
}

/** A session on the first screen with nothing done yet, before that screen is shown. */
export function newSessionState(menu: Menu, { lang, screenLimit }: SessionStart): SessionState {
  return { node: menu.start, pageStarts: [0], shown: 0, more: false, history: [], vars: {}, attempts: 0, lang, screenLimit, field: 0, ended: false };
}

/** The current screen of a session again, as it stands (to continue a dropped session). */
export async function showScreen(menu: Menu, state: SessionState, capabilities: Capabilities, hop: HopInfo): Promise<StepResult> {
  return new Stepper(menu, capabilities, hop).show(copyState(state));
}

/**
 * Applies one input to a session: global keys first, then the screen's own handling. Returns
 * the next state and the reply; the caller stores both. The given state is not changed.
 */
export async function step(
  menu: Menu,
  state: SessionState,
  input: string,
  capabilities: Capabilities,
  hop: HopInfo,
): Promise<StepResult> {
  return new Stepper(menu, capabilities, hop).step(copyState(state), input.trim());
}

/**
 * What a screen places below its prompt, from its showing page on. A unit is never split;
 * `glue` joins it to the unit before it on the same page: a newline between options and lines,
 * a space between the words of a text, so a long text fills each page.
 */
type Screen = Exclude<MenuNode, { type: 'end' | 'action' }>;

interface Window {
  units: { text: string; glue: ' ' | '\n' }[];
  moreBeyond: boolean;
  /** A list's items, one per unit. */
  items?: ListItem[];
}

class Stepper {
  /**
   * A form's questions, read once per hop and source: a hop asks for them to check the answer
   * and again to show the next question. Forgotten when a list choice, an input or an action
   * changes what they may depend on; answering one of the questions does not change the form.
   */
  private readonly formFields = new Map<string, Promise<FormField[]>>();

  constructor(
    private readonly menu: Menu,
    private readonly capabilities: Capabilities,
    private readonly hop: HopInfo,
  ) {}

  async step(state: SessionState, input: string): Promise<StepResult> {
    if (state.ended) return this.render(state);
    if (input === KEYS.home) return this.enter(state, this.menu.start);
    if (input === KEYS.back) return this.back(state);
    if (input === KEYS.more) return this.nextPage(state);
    const node = this.node(state.node);
    switch (node.type) {
      case 'menu':
      case 'text':
        return this.choose(state, node.options, input);
      case 'list':
        return this.chooseItem(state, node, input);
      case 'input':
        return this.submit(state, node, input);
      case 'form':
        return this.answer(state, node, input);
      default:
        throw new MenuError(`${state.node} is a ${node.type} step, not a screen`);
    }
  }

  show(state: SessionState): Promise<StepResult> {
    return this.render(state);
  }

  /** Goes to a node, running actions and skipping empty lists until a screen is reached. */
  async enter(state: SessionState, id: string): Promise<StepResult> {
    let next = id;
    for (let steps = 0; steps < MAX_AUTOMATIC_STEPS; steps += 1) {
      if (next === this.menu.start) state.history = [];
      const node = this.node(next);
      if (node.type === 'action') {
        next = await this.runAction(state, next, node);
        continue;
      }
      let window: Window | undefined;
      if (node.type === 'list') {
        window = await this.fetchWindow(state, node, 0, (await this.frame(state, node)).maxUnit);
        if (window.units.length === 0) {
          next = node.empty;
          continue;
        }
      }
      if (node.type === 'form' && (await this.fields(state, node)).length === 0) {
        next = node.next;
        continue;
      }
      state.node = next;
      state.pageStarts = [0];
      state.attempts = 0;
      state.field = 0;
      delete state.matching;
      state.ended = node.type === 'end';
      return this.render(state, undefined, window);
    }
    throw new MenuError(`more than ${MAX_AUTOMATIC_STEPS} steps without a screen after ${id}`);
  }

  private async forward(state: SessionState, next: string): Promise<StepResult> {
    // A form left behind (for its summary, or after too many tries) is returned to where it was
    // left, with every answer kept, rather than started again from its first question.
    const formFrame = this.node(next).type === 'form' ? state.history.findLastIndex((frame) => frame.node === next) : -1;
    if (formFrame >= 0) {
      const frame = state.history[formFrame]!;
      state.history.length = formFrame;
      return this.returnTo(state, frame);
    }
    const onForm = this.node(state.node).type === 'form';
    state.history.push({ node: state.node, pageStarts: state.pageStarts, ...(onForm ? { field: state.field } : {}) });
    if (state.history.length > MAX_HISTORY) state.history.shift();
    return this.enter(state, next);
  }

  private async back(state: SessionState): Promise<StepResult> {
    if (state.pageStarts.length > 1) {
      state.pageStarts.pop();
    } else if (state.matching !== undefined) {
      delete state.matching;
    } else if (this.node(state.node).type === 'form' && state.field > 0) {
      state.field -= 1;
    } else {
      const frame = state.history.pop();
      if (frame) return this.returnTo(state, frame);
    }
    state.attempts = 0;
    return this.render(state);
  }

  /** Shows a screen from the history again as it was left (its page, and a form's question). */
  private async returnTo(state: SessionState, frame: Frame): Promise<StepResult> {
    state.node = frame.node;
    state.pageStarts = frame.pageStarts;
    state.field = frame.field ?? 0;
    state.attempts = 0;
    delete state.matching;
    return this.render(state);
  }

  private async nextPage(state: SessionState): Promise<StepResult> {
    if (!state.more) return this.render(state, this.messages(state).noMorePages);
    state.pageStarts.push(this.pageStart(state) + state.shown);
    return this.render(state);
  }

  private async choose(state: SessionState, options: MenuNodeOf<'menu'>['options'], input: string): Promise<StepResult> {
    const option = visibleOptions(options, state.vars)[parseChoice(input) - 1];
    if (!option) return this.render(state, this.messages(state).invalidChoice);
    return this.forward(state, option.next);
  }

  private async chooseItem(state: SessionState, node: MenuNodeOf<'list'>, input: string): Promise<StepResult> {
    const choice = parseChoice(input);
    const invalid = () => this.render(state, this.messages(state).invalidChoice);
    if (choice < 1 || choice > state.shown) return invalid();
    // The item the citizen saw on this page; a state stored before items were kept asks the source.
    const [item] = state.items
      ? state.items.slice(choice - 1, choice)
      : await this.source(node.source)(this.context(state), { offset: this.pageStart(state) + choice - 1, limit: 1 });
    if (!item) return invalid();
    state.vars[node.var] = item.id;
    state.vars[`${node.var}_label`] = item.label;
    this.formFields.clear();
    return this.forward(state, node.next);
  }

  private async submit(state: SessionState, node: MenuNodeOf<'input'>, input: string): Promise<StepResult> {
    const value = validateInput(node.validate, input);
    if (value !== null) {
      state.vars[node.var] = value;
      this.formFields.clear();
      return this.forward(state, node.next);
    }
    state.attempts += 1;
    if (state.attempts >= node.maxAttempts) return this.forward(state, node.onMaxAttempts);
    return this.render(state, node.error[state.lang]);
  }

  /** One answer of a form: stored, then the next question, or the form's `next` after the last. */
  private async answer(state: SessionState, node: MenuNodeOf<'form'>, input: string): Promise<StepResult> {
    const fields = await this.fields(state, node);
    const field = fields[state.field];
    if (!field) return this.forward(state, node.next);
    let value: string | null;
    if (field.validate.kind === 'choice') {
      const picked = pickChoice(field.validate.choices, state.matching, input);
      if (picked.matching !== undefined) {
        // Several choices begin with what was typed: list those to choose from (not a failed try).
        state.matching = picked.matching;
        state.pageStarts = [0];
        return this.render(state, this.messages(state).severalMatch);
      }
      value = picked.value;
    } else {
      value = validateInput(field.validate, input);
    }
    if (value === null) {
      state.attempts += 1;
      if (state.attempts >= node.maxAttempts) return this.forward(state, node.onMaxAttempts);
      return this.render(state, this.formText(state, field.error?.[state.lang] ?? this.messages(state).invalidInput));
    }
    state.vars[answerVar(field)] = value;
    state.attempts = 0;
    delete state.matching;
    if (state.field + 1 >= fields.length) return this.forward(state, node.next);
    state.field += 1;
    state.pageStarts = [0];
    return this.render(state);
  }

  private async runAction(state: SessionState, id: string, node: MenuNodeOf<'action'>): Promise<string> {
    const action = this.capabilities.actions[node.action];
    if (!action) throw new MenuError(`${id} names the action ${node.action}, which the code does not provide`);
    const params: Record<string, string> = {};
    for (const [name, template] of Object.entries(node.params)) params[name] = renderTemplate(template, state.vars);
    let outcome: string;
    try {
      const result = await action({
        ...this.context(state),
        params,
        idempotencyKey: `${this.hop.sessionId}:${this.hop.hop}:${id}`,
      });
      Object.assign(state.vars, result.vars);
      if (result.lang) state.lang = result.lang;
      this.formFields.clear();
      outcome = result.outcome;
    } catch (error) {
      if (!node.outcomes.error) throw error;
      outcome = 'error';
    }
    const next = node.outcomes[outcome];
    if (!next) throw new MenuError(`${id}: the action ${node.action} answered "${outcome}", which the node does not lead anywhere`);
    return next;
  }

  /** Builds the showing page of the current screen, and records what it shows. */
  private async render(state: SessionState, notice?: string, fetched?: Window): Promise<StepResult> {
    const node = this.node(state.node);
    const messages = this.messages(state);
    if (node.type === 'end') {
      const screen = truncateLine(renderTemplate(node.text[state.lang], state.vars), state.screenLimit);
      return { state, reply: { end: true, screen } };
    }
    if (node.type === 'action') throw new MenuError(`${state.node} is an action step, not a screen`);

    const { header, headerLength, maxUnit, field } = await this.frame(state, node);
    const backLabel = state.history.length > 0 || state.pageStarts.length > 1 ? messages.back : null;
    let window = fetched ?? (await this.units(state, node, maxUnit, field));
    const lay = () => layoutPage({ headerLength, units: window.units.map((unit) => unit.text), moreBeyond: window.moreBeyond, moreLabel: messages.more, backLabel, limit: state.screenLimit });
    let layout = lay();
    if (node.type === 'list' && window.moreBeyond && layout.count === window.units.length && window.units.length < LIST_WINDOW) {
      window = await this.fetchWindow(state, node, this.pageStart(state), maxUnit, LIST_WINDOW);
      layout = lay();
    }
    state.shown = layout.count;
    state.more = layout.hasMore;
    if (window.items) state.items = window.items.slice(0, layout.count);
    else delete state.items;

    const shown = window.units.slice(0, layout.count).map((unit, index) => (index === 0 ? unit.text : unit.glue + unit.text));
    const body = [...(shown.length > 0 ? [shown.join('')] : []), ...(layout.hasMore ? [messages.more] : []), ...(backLabel ? [backLabel] : [])];
    let top = header.filter((line) => line !== '');
    if (notice !== undefined) {
      const both = [notice, ...top];
      top = screenLength([...both, ...body]) <= state.screenLimit ? both : [notice];
    }
    // Two screens or more from the main menu, 00 is named where the whole screen still fits the session's budget.
    if (state.history.length > 1 && screenLength([...top, ...body, messages.home]) <= state.screenLimit) body.push(messages.home);
    return { state, reply: { end: false, screen: [...top, ...body].join('\n') } };
  }

  /** The lines a screen places from its showing page on: options, list items or text. */
  private async units(state: SessionState, node: Screen, maxUnit: number, field: FormField | undefined): Promise<Window> {
    const start = this.pageStart(state);
    switch (node.type) {
      case 'list':
        return this.fetchWindow(state, node, start, maxUnit);
      case 'input':
        return { units: [], moreBeyond: false };
      case 'form': {
        const choices = field?.validate.kind === 'choice' ? shownChoices(field.validate.choices, state.matching).map((label) => ({ label, next: '' })) : [];
        return { units: optionLines(choices, state, maxUnit).slice(start), moreBeyond: false };
      }
      case 'menu':
        return { units: optionLines(node.options, state, maxUnit).slice(start), moreBeyond: false };
      case 'text': {
        const words = renderTemplate(node.text[state.lang], state.vars)
          .split('\n')
          .flatMap((line) => line.split(' ').filter((word) => word !== '').map((word, index) => ({ text: truncateLine(word, maxUnit), glue: index === 0 ? ('\n' as const) : (' ' as const) })));
        return { units: [...words, ...optionLines(node.options, state, maxUnit)].slice(start), moreBeyond: false };
      }
    }
  }

  private async fetchWindow(state: SessionState, node: MenuNodeOf<'list'>, offset: number, maxUnit: number, size = FIRST_WINDOW): Promise<Window> {
    const items = await this.source(node.source)(this.context(state), { offset, limit: size + 1 });
    const listed = items.slice(0, size);
    return {
      units: listed.map((item, index) => ({ text: itemLine(item, index, maxUnit), glue: '\n' })),
      moreBeyond: items.length > size,
      items: listed.map(({ id, label }) => ({ id, label })),
    };
  }

  /**
   * The prompt, and the room kept for it: as much as the longest notice that can take its
   * place, so that a page shows the same options with or without a notice.
   */
  private async frame(state: SessionState, node: Screen) {
    const messages = this.messages(state);
    const notices = [messages.invalidChoice, messages.noMorePages];
    let prompt = '';
    let field: FormField | undefined;
    if (node.type === 'form') {
      field = (await this.fields(state, node))[state.field];
      prompt = field ? this.formText(state, renderTemplate(field.prompt[state.lang], state.vars)) : '';
      notices.push(this.formText(state, field?.error?.[state.lang] ?? messages.invalidInput), messages.severalMatch);
    } else if (node.type !== 'text') {
      prompt = renderTemplate(node.text[state.lang], state.vars);
      if (node.type === 'input') notices.push(node.error[state.lang]);
    }
    const header = prompt === '' ? [] : prompt.split('\n');
    const headerLength = Math.max(screenLength(header), ...notices.map((text) => screenLength([text])));
    return { header, headerLength, maxUnit: unitLimit(headerLength, messages.more, messages.back, state.screenLimit), field };
  }

  /**
   * An agency's question or error, cut to leave room for a choice and both navigation lines.
   * The menus' own texts are measured by the menu check; an agency's reach the engine unmeasured,
   * and a screen longer than the network allows is cut by the network, "0 Back" with it.
   */
  private formText(state: SessionState, text: string): string {
    const messages = this.messages(state);
    const room = state.screenLimit - gsm7Length(messages.more) - gsm7Length(messages.back) - FORM_CHOICE_ROOM - 3;
    return screenLength(text.split('\n')) <= room ? text : truncateLine(text.replace(/\n/g, ' '), room);
  }

  private async fields(state: SessionState, node: MenuNodeOf<'form'>): Promise<FormField[]> {
    const source = this.capabilities.forms[node.source];
    if (!source) throw new MenuError(`the form source ${node.source} is not provided by the code`);
    let fields = this.formFields.get(node.source);
    if (!fields) {
      fields = source(this.context(state));
      this.formFields.set(node.source, fields);
    }
    return fields;
  }

  private source(name: string) {
    const source = this.capabilities.sources[name];
    if (!source) throw new MenuError(`the data source ${name} is not provided by the code`);
    return source;
  }

  private node(id: string): MenuNode {
    const node = this.menu.nodes[id];
    if (!node) throw new MenuError(`no node ${id}`);
    return node;
  }

  private pageStart(state: SessionState): number {
    return state.pageStarts[state.pageStarts.length - 1] ?? 0;
  }

  private messages(state: SessionState) {
    return ENGINE_MESSAGES[state.lang];
  }

  private context(state: SessionState): StepContext {
    return { sessionId: this.hop.sessionId, phone: this.hop.phone, hop: this.hop.hop, network: this.hop.network ?? null, lang: state.lang, vars: state.vars };
  }
}

/** "3" -> 3; anything that is not a plain number of one or two digits -> 0 (no option). */
function parseChoice(input: string): number {
  return /^\d{1,2}$/.test(input) ? Number(input) : 0;
}

/** The least a citizen types to pick a choice by its first letters. */
const MIN_TYPED_LETTERS = 2;

/** The choices a page lists: all of them, or those that begin with the letters typed (either language, any case). */
function shownChoices(choices: readonly LocalizedText[], typed: string | undefined): readonly LocalizedText[] {
  if (typed === undefined) return choices;
  const letters = typed.toLowerCase();
  return choices.filter((choice) => choice.en.toLowerCase().startsWith(letters) || choice.sw.toLowerCase().startsWith(letters));
}

/**
 * A choice by its number on the page shown, or by the first letters of its name (typing "kaka"
 * is quicker than paging to Kakamega). Letters that begin several choices give `matching`: the
 * page then lists those. Keeps the English label; null when nothing fits.
 */
function pickChoice(choices: readonly LocalizedText[], matching: string | undefined, input: string): { value: string | null; matching?: string } {
  if (input.length > MAX_ANSWER_LENGTH) return { value: null };
  const byNumber = shownChoices(choices, matching)[parseChoice(input) - 1];
  if (byNumber) return { value: byNumber.en };
  if (input.length < MIN_TYPED_LETTERS || /^\d+$/.test(input)) return { value: null };
  const matches = shownChoices(choices, input);
  if (matches.length > 1) return { value: null, matching: input };
  return { value: matches[0]?.en ?? null };
}

/** The options a session sees: those whose `when` holds. */
function visibleOptions<T extends { when?: string | undefined }>(options: readonly T[], vars: Readonly<Record<string, string>>): T[] {
  return options.filter(({ when }) => {
    if (when === undefined) return true;
    const negated = when.startsWith('!');
    return (vars[negated ? when.slice(1) : when] === 'yes') !== negated;
  });
}

function optionLines(options: readonly { label: LocalizedText; when?: string | undefined }[], state: SessionState, maxUnit: number): Window['units'] {
  return visibleOptions(options, state.vars).map((option, index) => ({
    text: truncateLine(`${index + 1}. ${toGsm7(renderTemplate(option.label[state.lang], state.vars))}`, maxUnit),
    glue: '\n',
  }));
}

function itemLine(item: ListItem, index: number, maxUnit: number): string {
  return truncateLine(`${index + 1}. ${toGsm7(item.label)}`, maxUnit);
}
