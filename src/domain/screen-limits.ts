import { z } from 'zod';

/**
 * How many GSM-7 characters one USSD screen may carry on each network, by the code Africa's
 * Talking sends as `networkCode`. The GSM standard allows 182, and Airtel Kenya delivers that;
 * Safaricom (about two thirds of Kenya's lines) is reported to deliver at most 160, and a
 * screen longer than its network allows is cut, taking "98 More" and "0 Back" with it.
 */
export const KENYAN_NETWORKS: Readonly<Record<string, string>> = { '63902': 'Safaricom', '63903': 'Airtel', '63907': 'Telkom' };

export type ScreenLimits = Readonly<Record<string, number>>;

export const DEFAULT_SCREEN_LIMITS: ScreenLimits = { '63902': 160, '63903': 182, '63907': 160 };

/** A hop from a network not listed, or without `networkCode`: the safe side, not the standard's 182. */
export const SAFE_SCREEN_LIMIT = 160;

/** 182 is the USSD maximum; below 120 a prompt, one option and the navigation lines stop fitting. */
export const MIN_SCREEN_LIMIT = 120;
export const MAX_SCREEN_LIMIT = 182;

/** The budget of a hop's network. */
export function screenLimitFor(limits: ScreenLimits, networkCode: string | null): number {
  return (networkCode !== null && Object.hasOwn(limits, networkCode) ? limits[networkCode] : undefined) ?? SAFE_SCREEN_LIMIT;
}

/** The smallest budget any hop can get, and the networks it is the budget of, in words. */
export interface ScreenBudget {
  limit: number;
  /** e.g. "Safaricom (63902), Telkom (63907) and other networks". */
  networks: string;
}

export function smallestScreenBudget(limits: ScreenLimits): ScreenBudget {
  const limit = Math.min(SAFE_SCREEN_LIMIT, ...Object.values(limits));
  const named = Object.entries(limits)
    .filter(([, value]) => value === limit)
    .map(([code]) => (KENYAN_NETWORKS[code] ? `${KENYAN_NETWORKS[code]} (${code})` : `network ${code}`));
  if (limit === SAFE_SCREEN_LIMIT) named.push('other networks');
  const networks = named.length > 1 ? `${named.slice(0, -1).join(', ')} and ${named.at(-1)}` : named[0]!;
  return { limit, networks };
}

const PAIR = /^(\d+):(\d+)$/;
/** A mobile network code: the country's 3 digits and the network's 2 or 3 (63902). */
const NETWORK_CODE = /^\d{5,6}$/;

/**
 * `USSD_SCREEN_LIMITS`: `code:limit` pairs separated by commas (`63902:160,63903:182`), each
 * replacing the default of that network; the networks it does not name keep theirs.
 */
export const ScreenLimitsSetting = z.string().transform((text, ctx): ScreenLimits => {
  const limits: Record<string, number> = { ...DEFAULT_SCREEN_LIMITS };
  const given = new Set<string>();
  for (const piece of text.split(',').map((pair) => pair.trim())) {
    const [, code = '', limit = ''] = PAIR.exec(piece) ?? [];
    const problem =
      code === '' ? `"${piece}" is not a code:limit pair (e.g. 63902:160,63903:182)`
      : !NETWORK_CODE.test(code) ? `"${code}" is not a network code (5 or 6 digits, e.g. 63902)`
      : given.has(code) ? `${code} is given twice`
      : Number(limit) < MIN_SCREEN_LIMIT || Number(limit) > MAX_SCREEN_LIMIT ? `${code}:${limit}: a screen limit is from ${MIN_SCREEN_LIMIT} to ${MAX_SCREEN_LIMIT} GSM-7 characters`
      : null;
    if (problem) {
      ctx.addIssue({ code: 'custom', message: problem });
      return z.NEVER;
    }
    given.add(code);
    limits[code] = Number(limit);
  }
  return limits;
});

/**
 * `USSD_SCREEN_LIMITS` as a script reads it (the server reads it with the rest, in parseEnv):
 * the defaults when unset, or the line that names what is wrong.
 */
export function readScreenLimits(value: string | undefined): { limits: ScreenLimits } | { problem: string } {
  if (!value) return { limits: DEFAULT_SCREEN_LIMITS };
  const parsed = ScreenLimitsSetting.safeParse(value);
  return parsed.success ? { limits: parsed.data } : { problem: `USSD_SCREEN_LIMITS: ${parsed.error.issues.map((issue) => issue.message).join('; ')}` };
}
