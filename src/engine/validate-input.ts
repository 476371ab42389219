import { normalizeReference } from '../domain/application-reference.js';
import type { Validator } from '../menu/menu-schema.js';
import { normalizePhone } from '../phone/phone-number.js';
import { matchesPattern } from '../text/input-pattern.js';

/** Checks one typed input; returns the value to store (normalized) or null when it is not valid. */
export function validateInput(validator: Validator, raw: string): string | null {
  const input = raw.trim();
  // Bounded before anything reads it: a longer answer is not one, and no pattern sees it.
  if (input.length > longestAnswer(validator)) return null;
  switch (validator.kind) {
    case 'national_id': {
      const digits = input.replace(/\s/g, '');
      return /^\d{6,8}$/.test(digits) ? digits : null;
    }
    case 'phone':
      return normalizePhone(input);
    case 'reference':
      return normalizeReference(input);
    case 'number': {
      if (!/^\d{1,9}$/.test(input)) return null;
      const value = Number(input);
      return value >= validator.min && value <= validator.max ? String(value) : null;
    }
    case 'pattern':
      return matchesPattern(validator.pattern, input) ? input : null;
    case 'text':
      return input.length > 0 ? input : null;
  }
}

/** The longest answer of each kind, with room for the spaces and dashes citizens type between digits. */
function longestAnswer(validator: Validator): number {
  switch (validator.kind) {
    case 'national_id':
      return 16;
    case 'phone':
      return 20;
    case 'reference':
      return 40;
    case 'number':
      return 9;
    case 'pattern':
    case 'text':
      return validator.maxLength;
  }
}
