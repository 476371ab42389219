/**
 * Kenyan mobile numbers in E.164 (`+2547XXXXXXXX`, `+2541XXXXXXXX`). Phone numbers are personal
 * data under the Data Protection Act 2019: store them normalized, log them masked.
 */
const KENYAN_MOBILE = /^(?:\+?254|0)?([17]\d{8})$/;

/** `0711 000 111`, `254711000111`, `+254-711-000-111` -> `+254711000111`; null if it is not one. */
export function normalizePhone(input: string): string | null {
  const compact = input.trim().replace(/[\s().-]/g, '');
  const match = KENYAN_MOBILE.exec(compact);
  return match ? `+254${match[1]}` : null;
}

/**
 * `+254711000111` -> `***111`: the last three digits at most, enough to follow one citizen
 * through a log, never enough to narrow the number down (the Data Protection Act 2019).
 */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length < 7 ? '***' : `***${digits.slice(-3)}`;
}
