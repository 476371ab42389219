import { gsm7Length } from '../text/gsm7.js';

/** Length of lines joined with newlines, as the telco counts it. */
export function screenLength(lines: readonly string[]): number {
  let length = Math.max(lines.length - 1, 0);
  for (const line of lines) length += gsm7Length(line);
  return length;
}

export interface PageRequest {
  /** Space kept above the units: the prompt, or a notice in its place. */
  headerLength: number;
  /** The lines to place, from the first one this page can show. */
  units: readonly string[];
  /** True when more units exist beyond `units` (a list fetched by windows). */
  moreBeyond: boolean;
  moreLabel: string;
  backLabel: string | null;
  /** The session's screen budget in GSM-7 characters (the `CON `/`END ` prefix is not shown). */
  limit: number;
}

export interface PageLayout {
  count: number;
  hasMore: boolean;
}

/**
 * How many units fit on one screen. A unit is never split: the caller makes every unit short
 * enough to fit alone (see `unitLimit`). "98 More" is shown only when something follows.
 */
export function layoutPage(request: PageRequest): PageLayout {
  const { limit } = request;
  const back = request.backLabel === null ? [] : [request.backLabel];
  const fits = (count: number, withMore: boolean): boolean => {
    const lines = [...request.units.slice(0, count), ...(withMore ? [request.moreLabel] : []), ...back];
    const headerCost = request.headerLength > 0 ? request.headerLength + 1 : 0;
    return headerCost + screenLength(lines) <= limit;
  };
  if (!request.moreBeyond && fits(request.units.length, false)) {
    return { count: request.units.length, hasMore: false };
  }
  let count = 0;
  while (count < request.units.length && fits(count + 1, true)) count += 1;
  count = Math.max(count, Math.min(1, request.units.length));
  return { count, hasMore: request.moreBeyond || count < request.units.length };
}

/** The longest a single unit may be so that it always fits with the header and both nav lines. */
export function unitLimit(headerLength: number, moreLabel: string, backLabel: string, limit: number): number {
  const headerCost = headerLength > 0 ? headerLength + 1 : 0;
  return limit - headerCost - gsm7Length(moreLabel) - gsm7Length(backLabel) - 2;
}

/** Cuts a line to `max` characters, marking the cut with "..". */
export function truncateLine(line: string, max: number): string {
  if (gsm7Length(line) <= max) return line;
  let out = '';
  for (const ch of line) {
    if (gsm7Length(out + ch) > max - 2) break;
    out += ch;
  }
  return `${out.trimEnd()}..`;
}
