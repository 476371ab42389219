import { z } from 'zod';
import { MAX_PATTERN_LENGTH, patternProblem } from '../text/input-pattern.js';

/** The languages a citizen can choose. Every citizen-facing text is given in each of them. */
export const LANGUAGES = ['en', 'sw'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

/** A text in every language; a missing language fails the menu check. */
export const LocalizedText = z.strictObject({
  en: z.string().min(1),
  sw: z.string().min(1),
});
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Node ids read like places in the journey: `main`, `status.enter_reference`. */
export const NodeId = z
  .string()
  .regex(/^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$/, 'use lower-case words joined by "_" and "." (e.g. status.enter_reference)');

/** Session variables: what a list choice, an input or an action stores for later screens. */
export const VarName = z.string().regex(/^[a-z][a-z0-9_]*$/, 'use lower-case letters, digits and "_"');

const note = z.string().optional().describe('A comment for menu authors; never shown to citizens.');

export const MenuOption = z.strictObject({
  label: LocalizedText,
  next: NodeId,
  when: z
    .string()
    .regex(/^!?[a-z][a-z0-9_]*$/)
    .optional()
    .describe('Shown only when this session variable is "yes" ("!name": only when it is not)'),
});

/** Safaricom accepts at most 80 characters of input per reply: no answer is longer. */
export const MAX_ANSWER_LENGTH = 80;

/** A pattern an agency or a menu author wrote: bounded, and compiled once when stored to prove it can be used. */
const Pattern = z
  .string()
  .min(1)
  .max(MAX_PATTERN_LENGTH)
  .superRefine((pattern, ctx) => {
    // Too long is already said; compiling it anyway would only say it again.
    const problem = pattern.length <= MAX_PATTERN_LENGTH && patternProblem(pattern);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .describe('RE2 syntax (github.com/google/re2/wiki/Syntax): no backreferences or lookarounds');

/** How an input is checked and normalized before it is stored. */
export const Validator = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('national_id') }).describe('Kenyan national ID number: 6 to 8 digits'),
  z.strictObject({ kind: z.literal('phone') }).describe('Kenyan mobile number, stored in E.164'),
  z.strictObject({ kind: z.literal('reference') }).describe('Application reference: case, spaces and dashes ignored'),
  z.strictObject({ kind: z.literal('number'), min: z.number().int(), max: z.number().int() }),
  z
    .strictObject({
      kind: z.literal('pattern'),
      pattern: Pattern,
      maxLength: z.number().int().min(1).max(MAX_ANSWER_LENGTH).default(MAX_ANSWER_LENGTH).describe('The longest answer, checked before the pattern'),
    })
    .describe('A pattern the whole input must match'),
  z.strictObject({ kind: z.literal('text'), maxLength: z.number().int().min(1).max(MAX_ANSWER_LENGTH) }).describe('Any non-empty text'),
]);
export type Validator = z.infer<typeof Validator>;

export const MenuScreen = z.strictObject({
  type: z.literal('menu'),
  note,
  text: LocalizedText.describe('The prompt, repeated on every page'),
  options: z.array(MenuOption).min(1),
});

export const ListScreen = z.strictObject({
  type: z.literal('list'),
  note,
  text: LocalizedText.describe('The prompt, repeated on every page'),
  source: z.string().min(1).describe('A data source the code provides, e.g. agencies'),
  var: VarName.describe('Stores the chosen item id here, and its label in <var>_label'),
  next: NodeId,
  empty: NodeId.describe('Where to go when the list has no items'),
});

export const InputScreen = z.strictObject({
  type: z.literal('input'),
  note,
  text: LocalizedText,
  var: VarName,
  validate: Validator,
  error: LocalizedText.describe('A short message shown above the prompt when the input is not valid'),
  maxAttempts: z.number().int().min(1).max(5).default(3),
  onMaxAttempts: NodeId,
  next: NodeId,
});

export const TextScreen = z.strictObject({
  type: z.literal('text'),
  note,
  text: LocalizedText.describe('A template: {var} is replaced by a session variable; long texts are paged'),
  options: z.array(MenuOption).default([]),
});

export const ActionStep = z.strictObject({
  type: z.literal('action'),
  note,
  action: z.string().min(1).describe('An action the code provides, e.g. lookup_status'),
  params: z.record(z.string(), z.string()).default({}),
  outcomes: z.record(z.string(), NodeId).describe('Where each outcome of the action leads'),
});

/** Asks, one screen each, for the fields a data source lists (an application form an agency defined). */
export const FormStep = z.strictObject({
  type: z.literal('form'),
  note,
  source: z.string().min(1).describe('A form source the code provides, e.g. apply_fields'),
  maxAttempts: z.number().int().min(1).max(5).default(3),
  onMaxAttempts: NodeId,
  next: NodeId,
});

export const EndScreen = z.strictObject({
  type: z.literal('end'),
  note,
  text: LocalizedText.describe('A template; closes the session'),
});

export const MenuNode = z.discriminatedUnion('type', [
  MenuScreen,
  ListScreen,
  InputScreen,
  TextScreen,
  ActionStep,
  FormStep,
  EndScreen,
]);
export type MenuNode = z.infer<typeof MenuNode>;
export type MenuNodeOf<T extends MenuNode['type']> = Extract<MenuNode, { type: T }>;

/** One file under `menus/`: a group of nodes, usually one journey. */
export const MenuFile = z.strictObject({
  $schema: z.string().optional(),
  note,
  nodes: z.record(NodeId, MenuNode),
});
export type MenuFile = z.infer<typeof MenuFile>;

/** All menu files merged: what the engine runs. */
export interface Menu {
  start: string;
  nodes: Record<string, MenuNode>;
}
