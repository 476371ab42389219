/**
 * Application references are kept as upper-case letters and digits (`EC20418375`). Citizens
 * type them on keypads: case, spaces and dashes do not matter, and since letters are slow to
 * type on a feature phone, the eight digits of one of our `EC` references are enough.
 */
export function normalizeReference(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s._/-]/g, '');
  if (/^\d{8}$/.test(compact)) return `EC${compact}`;
  return /^[A-Z0-9]{6,20}$/.test(compact) ? compact : null;
}
