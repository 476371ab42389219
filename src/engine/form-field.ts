import { z } from 'zod';
import { LocalizedText, Validator, VarName } from '../menu/menu-schema.js';

/** A choice among fixed answers, shown as numbered options (paged when long). */
export const ChoiceValidator = z.strictObject({
  kind: z.literal('choice'),
  choices: z.array(LocalizedText).min(1).max(100),
});

/**
 * One question of a form, as the engine asks it. Agencies define these per service; the code
 * that supplies a form resolves named lists (counties, ...) into `choices` first.
 */
export const FormField = z.strictObject({
  name: VarName,
  /** A few words for the summary screen, e.g. "ID". */
  label: LocalizedText,
  prompt: LocalizedText,
  error: LocalizedText.optional(),
  validate: z.union([Validator, ChoiceValidator]),
});
export type FormField = z.infer<typeof FormField>;

/** Where a form's answers are kept in the session: `f_<name>` (a choice keeps its English label). */
export function answerVar(field: Pick<FormField, 'name'>): string {
  return `f_${field.name}`;
}
