import type { Language } from '../menu/menu-schema.js';
import type { FormField } from './form-field.js';

/** What the engine tells a data source or an action about the hop it runs in. */
export interface StepContext {
  sessionId: string;
  phone: string;
  /** The number of inputs so far in the session: 0 on the first screen. */
  hop: number;
  /** The hop's network code (63902 Safaricom, 63903 Airtel, 63907 Telkom), or null when none was sent. */
  network?: string | null | undefined;
  lang: Language;
  vars: Readonly<Record<string, string>>;
}

export interface ListItem {
  id: string;
  label: string;
}

/** A window of a named list (agencies, services of an agency, ...), in a stable order. */
export type ListSource = (ctx: StepContext, window: { offset: number; limit: number }) => Promise<ListItem[]>;

export interface ActionContext extends StepContext {
  params: Readonly<Record<string, string>>;
  /**
   * The same on every run of this action at this point of this session: a retransmitted or
   * replayed hop runs the action again, so an action that writes must key its write on it.
   */
  idempotencyKey: string;
}

export interface ActionResult {
  outcome: string;
  vars?: Record<string, string>;
  lang?: Language;
}

export type Action = (ctx: ActionContext) => Promise<ActionResult>;

/** The questions of a form for this session (for example, the chosen service's application form). */
export type FormSource = (ctx: StepContext) => Promise<FormField[]>;

/**
 * What menus may name. The engine decides which to call; the code behind them (SQL, SMS)
 * is supplied by whoever runs the engine.
 */
export interface Capabilities {
  sources: Readonly<Record<string, ListSource>>;
  actions: Readonly<Record<string, Action>>;
  forms: Readonly<Record<string, FormSource>>;
}
