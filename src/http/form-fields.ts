import { z } from 'zod';
import { normalizePhone } from '../phone/phone-number.js';
import { withoutControlCharacters } from '../text/without-control-characters.js';

/** A callback field that must be there: its absence or excess is named in the 400. */
export function requiredText(name: string, max: number) {
  return z
    .string({ error: `${name} is required` })
    .trim()
    .min(1, `${name} is required`)
    .max(max, `${name} is longer than ${max} characters`);
}

/** A Kenyan mobile number in any usual spelling, read as E.164. */
export function kenyanPhone(name: string) {
  return requiredText(name, 32).transform((value, ctx) => {
    const phone = normalizePhone(value);
    if (phone === null) {
      ctx.addIssue({ code: 'custom', message: `${name} is not a Kenyan mobile number (+2547XXXXXXXX or +2541XXXXXXXX)` });
      return z.NEVER;
    }
    return phone;
  });
}

/** What a citizen typed (a USSD `text`, an SMS): bounded, then cleaned of control characters before anything reads it. */
export function citizenText(name: string, max: number) {
  return z.string().max(max, `${name} is longer than ${max} characters`).default('').transform(withoutControlCharacters);
}
