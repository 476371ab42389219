import { EAT_OFFSET_MS } from './kenyan-formats.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** `1795154400000` -> `2026-11-20`: the calendar day in Nairobi, written as the funnel files its counts. */
export function nairobiDay(epochMs: number): string {
  return new Date(epochMs + EAT_OFFSET_MS).toISOString().slice(0, 10);
}

/** The moment the calendar day in Nairobi that holds `epochMs` began (midnight EAT). */
export function nairobiDayStart(epochMs: number): number {
  return Date.parse(`${nairobiDay(epochMs)}T00:00:00Z`) - EAT_OFFSET_MS;
}

/** `addDays('2026-11-20', -29)` -> `2026-10-22`. */
export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** True for a real calendar day written `YYYY-MM-DD`; `2026-02-30` is not one (Date would roll it over). */
export function isCalendarDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const time = Date.parse(`${day}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(day);
}
