import { describe, expect, it } from 'vitest';
import { normalizeReference } from '../../src/domain/application-reference.js';
import { validateInput } from '../../src/engine/validate-input.js';
import { maskPhone, normalizePhone } from '../../src/phone/phone-number.js';

describe('normalizePhone', () => {
  it.each([
    ['+254711000111', '+254711000111'],
    ['254711000111', '+254711000111'],
    ['0711000111', '+254711000111'],
    ['0111 000 111', '+254111000111'],
    ['+254-711-000-111', '+254711000111'],
    ['711000111', '+254711000111'],
  ])('normalizes %j to %j', (input, output) => {
    expect(normalizePhone(input)).toBe(output);
  });

  it.each(['', '0711', '+255711000111', '0211000111', '07110001112', 'phone', '+2547110001x1'])('refuses %j', (input) => {
    expect(normalizePhone(input)).toBeNull();
  });

  it.each([
    ['+254711000111', '***111'],
    ['0711000111', '***111'],
    ['254 711 000 111', '***111'],
    ['+25471', '***'],
    ['not a number', '***'],
  ])('keeps at most the last 3 digits of %j for logs', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });
});

describe('normalizeReference', () => {
  it.each([
    ['EC20418375', 'EC20418375'],
    ['ec-2041 8375', 'EC20418375'],
    ['20418375', 'EC20418375'],
    ['bn-2026-x77', 'BN2026X77'],
  ])('reads %j as %j', (input, output) => {
    expect(normalizeReference(input)).toBe(output);
  });

  it.each(['', 'EC1', 'EC2041#375', 'x'.repeat(21)])('refuses %j', (input) => {
    expect(normalizeReference(input)).toBeNull();
  });
});

describe('validateInput', () => {
  it.each([
    [{ kind: 'national_id' }, '12345678', '12345678'],
    [{ kind: 'national_id' }, '123456789', null],
    [{ kind: 'phone' }, '0722000222', '+254722000222'],
    [{ kind: 'number', min: 1, max: 47 }, '47', '47'],
    [{ kind: 'number', min: 1, max: 47 }, '48', null],
    [{ kind: 'number', min: 1, max: 47 }, '-1', null],
    [{ kind: 'pattern', pattern: '[A-Z]{3}\\d{3}[A-Z]', maxLength: 80 }, 'KDA123B', 'KDA123B'],
    [{ kind: 'pattern', pattern: '[A-Z]{3}\\d{3}[A-Z]', maxLength: 80 }, 'xKDA123B', null],
    [{ kind: 'text', maxLength: 10 }, '  Amina  ', 'Amina'],
    [{ kind: 'text', maxLength: 10 }, '   ', null],
    [{ kind: 'text', maxLength: 3 }, 'Amina', null],
  ] as const)('%j with %j gives %j', (validator, input, output) => {
    expect(validateInput(validator, input)).toBe(output);
  });
});
