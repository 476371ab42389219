import { normalizeReference } from '../domain/application-reference.js';
import type { Validator } from '../menu/menu-schema.js';
import { normalizePhone } from '../phone/phone-number.js';

/** Checks one typed input; returns the value to store (normalized) or null when it is not valid. */
export function validateInput(validator: Validator, raw: string): string | null {
  const input = raw.trim();
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
      return new RegExp(`^(?:${validator.pattern})$`).test(input) ? input : null;
    case 'text':
      return input.length > 0 && input.length <= validator.maxLength ? input : null;
  }
}
