import { z } from 'zod';
import { MAX_SCREEN_LIMIT, MIN_SCREEN_LIMIT, SAFE_SCREEN_LIMIT } from '../domain/screen-limits.js';
import { Language, MAX_ANSWER_LENGTH } from '../menu/menu-schema.js';

const PageStarts = z.array(z.number().int().min(0)).min(1);

/** A screen to go back to: the node and the pages walked on it, and on a form the question it was on. */
export const Frame = z.object({ node: z.string(), pageStarts: PageStarts, field: z.number().int().min(0).optional() });
export type Frame = z.infer<typeof Frame>;

/** Everything the engine needs to carry a session from one hop to the next; stored as JSON. */
export const SessionState = z.object({
  node: z.string(),
  /** Where each page walked on the current screen starts; the last one is showing. */
  pageStarts: PageStarts,
  /** How many options the showing page lists, and whether a next page follows. */
  shown: z.number().int().min(0),
  more: z.boolean(),
  history: z.array(Frame),
  vars: z.record(z.string(), z.string()),
  attempts: z.number().int().min(0),
  /** On a list: the items the showing page lists, so a choice takes what the citizen saw. */
  items: z.array(z.object({ id: z.string(), label: z.string() })).optional(),
  /** On a form: the question showing. */
  field: z.number().int().min(0).default(0),
  /** On a form's choice: the letters typed that begin several choices; the page lists only those. */
  matching: z.string().max(MAX_ANSWER_LENGTH).optional(),
  lang: Language,
  /**
   * GSM-7 characters a screen of this session may carry: the budget of its first hop's network,
   * kept for the whole session so its pages do not shift under the citizen. A state stored
   * before budgets were kept gets the safe one.
   */
  screenLimit: z.number().int().min(MIN_SCREEN_LIMIT).max(MAX_SCREEN_LIMIT).default(SAFE_SCREEN_LIMIT),
  ended: z.boolean(),
});
export type SessionState = z.infer<typeof SessionState>;

/** What a new session starts with: the language and the screen budget of its first hop. */
export type SessionStart = Pick<SessionState, 'lang' | 'screenLimit'>;

export interface Reply {
  /** True for `END` (the session closes), false for `CON` (the phone waits for input). */
  end: boolean;
  screen: string;
}

export interface StepResult {
  state: SessionState;
  reply: Reply;
}
