/** A new application reference: `EC` and eight random digits (see normalizeReference). */
export function newReference(): string {
  const digits = crypto.getRandomValues(new Uint32Array(2));
  const number = ((digits[0]! % 10_000) * 10_000 + (digits[1]! % 10_000)).toString().padStart(8, '0');
  return `EC${number}`;
}
