import { z } from 'zod';
import { ChoiceValidator, type FormField } from '../engine/form-field.js';
import { LocalizedText, MAX_ANSWER_LENGTH, Validator, VarName } from '../menu/menu-schema.js';
import { COUNTIES, HUDUMA_CENTRES } from './kenya-places.js';

const NAMED_LISTS = { counties: COUNTIES, huduma_centres: HUDUMA_CENTRES } as const;

/**
 * A question of a service's USSD application form, as an agency defines it (stored in
 * `services.apply_fields`). Choices may name a list the code keeps (`counties`, `huduma_centres`).
 */
export const ApplyFieldSpec = z.strictObject({
  name: VarName,
  label: LocalizedText,
  prompt: LocalizedText,
  error: LocalizedText.optional(),
  validate: z.union([
    Validator,
    ChoiceValidator,
    z.strictObject({ kind: z.literal('choice'), list: z.enum(['counties', 'huduma_centres']) }),
  ]),
});
export type ApplyFieldSpec = z.infer<typeof ApplyFieldSpec>;
export const ApplyForm = z.array(ApplyFieldSpec).min(1).max(8);

/** The named lists as choices, alphabetical: sorted once. */
const NAMED_CHOICES = Object.fromEntries(
  Object.entries(NAMED_LISTS).map(([list, names]) => [list, [...names].sort((a, b) => a.localeCompare(b)).map((name) => ({ en: name, sw: name }))]),
) as Record<keyof typeof NAMED_LISTS, LocalizedText[]>;

/** The form the engine asks: named lists resolved into choices, alphabetical. */
export function resolveApplyForm(specs: readonly ApplyFieldSpec[]): FormField[] {
  return specs.map((spec) => {
    if (spec.validate.kind !== 'choice' || !('list' in spec.validate)) return spec as FormField;
    return { ...spec, validate: { kind: 'choice', choices: NAMED_CHOICES[spec.validate.list] } };
  });
}

/** Forms already read, by their stored text: every hop of an application asks for the same few. */
const resolvedForms = new Map<string, FormField[] | null>();
const RESOLVED_FORMS_KEPT = 500;

/**
 * The form the engine asks for a stored form (`services.apply_fields`), or null when there is
 * none or it does not parse. Kept by its text, so a changed form is read afresh.
 */
export function applyForm(json: string | null): FormField[] | null {
  if (!json) return null;
  let form = resolvedForms.get(json);
  if (form === undefined) {
    const specs = parseApplyForm(json);
    form = specs ? resolveApplyForm(specs) : null;
    if (resolvedForms.size >= RESOLVED_FORMS_KEPT) resolvedForms.clear();
    resolvedForms.set(json, form);
  }
  return form;
}

/** Reads a stored form; null when there is none or it no longer parses. */
export function parseApplyForm(json: string | null): ApplyFieldSpec[] | null {
  if (!json) return null;
  try {
    const parsed = ApplyForm.safeParse(withAnswersAtMost80(JSON.parse(json)));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/**
 * A text answer could be up to 160 characters long when a form stored before now was written;
 * Safaricom never delivered more than 80 in one reply, so such a form reads as 80 rather than
 * closing the service to phone applications.
 */
function withAnswersAtMost80(form: unknown): unknown {
  if (!Array.isArray(form)) return form;
  return form.map((field: unknown) => {
    if (typeof field !== 'object' || field === null) return field;
    const { validate } = field as { validate?: unknown };
    if (typeof validate !== 'object' || validate === null) return field;
    const { kind, maxLength } = validate as { kind?: unknown; maxLength?: unknown };
    if (kind !== 'text' || typeof maxLength !== 'number' || maxLength <= MAX_ANSWER_LENGTH) return field;
    return { ...field, validate: { ...validate, maxLength: MAX_ANSWER_LENGTH } };
  });
}

/** Questions most USSD applications ask; agencies combine them or write their own. */
export const COMMON_FIELDS = {
  nationalId: {
    name: 'national_id',
    label: { en: 'ID', sw: 'Kitambulisho' },
    prompt: { en: 'Enter your national ID number:', sw: 'Weka nambari ya kitambulisho chako:' },
    error: { en: 'An ID number has 6 to 8 digits.', sw: 'Nambari ya kitambulisho ina tarakimu 6 hadi 8.' },
    validate: { kind: 'national_id' },
  },
  fullName: {
    name: 'full_name',
    label: { en: 'Name', sw: 'Jina' },
    prompt: { en: 'Enter your full name as on your ID:', sw: 'Weka jina lako kamili kama lilivyo kwenye kitambulisho:' },
    error: { en: 'Enter your name (up to 60 letters).', sw: 'Weka jina lako (hadi herufi 60).' },
    validate: { kind: 'text', maxLength: 60 },
  },
  county: {
    name: 'county',
    label: { en: 'County', sw: 'Kaunti' },
    prompt: { en: 'Choose your county, or type its name:', sw: 'Chagua kaunti yako, au andika jina lake:' },
    validate: { kind: 'choice', list: 'counties' },
  },
  collectionCentre: {
    name: 'collection_centre',
    label: { en: 'Collect at', sw: 'Mahali pa kuchukua' },
    prompt: { en: 'Where will you collect it?', sw: 'Utalichukua wapi?' },
    validate: { kind: 'choice', list: 'huduma_centres' },
  },
} as const satisfies Record<string, ApplyFieldSpec>;
