import type { Language } from '../menu/menu-schema.js';

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

/**
 * The time of day in Nairobi as a citizen reads it. English: `14:05`. Kiswahili: Swahili time,
 * counted from 6 in the morning and 6 in the evening, with the part of the day, since "saa 11:40"
 * alone means 5:40 to a Kiswahili reader: 11:40 is `saa 5:40 asubuhi`, 14:05 `saa 8:05 mchana`.
 */
export function formatTime(epochMs: number, lang: Language): string {
  const moment = new Date(epochMs + EAT_OFFSET_MS);
  const hour = moment.getUTCHours();
  const minutes = String(moment.getUTCMinutes()).padStart(2, '0');
  if (lang === 'en') return `${String(hour).padStart(2, '0')}:${minutes}`;
  const swahiliHour = (hour + 6) % 12 || 12;
  return `saa ${swahiliHour}:${minutes} ${partOfDay(hour)}`;
}

/** The words Kenyans put after a Swahili time, by the hour on the clock (0-23). */
function partOfDay(hour: number): string {
  if (hour < 4) return 'usiku';
  if (hour < 6) return 'alfajiri';
  if (hour < 12) return 'asubuhi';
  if (hour < 16) return 'mchana';
  if (hour < 19) return 'jioni';
  return 'usiku';
}
