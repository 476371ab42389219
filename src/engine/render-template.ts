import { toGsm7 } from '../text/gsm7.js';

const PLACEHOLDER = /\{([a-z][a-z0-9_]*)\}/g;

/**
 * Fills `{name}` placeholders from the session variables. Values come from agencies' data
 * and citizens' typing, so they are made GSM-7 safe; a missing variable renders as nothing.
 */
export function renderTemplate(template: string, vars: Readonly<Record<string, string>>): string {
  return template.replace(PLACEHOLDER, (_, name: string) => toGsm7(vars[name] ?? ''));
}

/** The variable names a template uses, for the menu check. */
export function templateVariables(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((match) => match[1]!);
}
