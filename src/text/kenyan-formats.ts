/** Kenya keeps East Africa Time all year (UTC+3, no daylight saving). */
export const EAT_OFFSET_MS = 3 * 60 * 60 * 1000;

/** `1750000000000` -> `15/06/2025`, the day in Nairobi: how Kenyans write dates. */
export function formatDate(epochMs: number): string {
  const day = new Date(epochMs + EAT_OFFSET_MS);
  const dd = String(day.getUTCDate()).padStart(2, '0');
  const mm = String(day.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${day.getUTCFullYear()}`;
}

/** `10650` -> `10,650`. */
export function formatKes(amount: number): string {
  return Math.round(amount).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `... 14:05` in Nairobi. */
export function formatTime(epochMs: number): string {
  const moment = new Date(epochMs + EAT_OFFSET_MS);
  return `${String(moment.getUTCHours()).padStart(2, '0')}:${String(moment.getUTCMinutes()).padStart(2, '0')}`;
}

