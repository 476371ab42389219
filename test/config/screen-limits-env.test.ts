import { describe, expect, it } from 'vitest';
import { ConfigError, parseEnv } from '../../src/config/parse-env.js';
import { screenLimitFor, smallestScreenBudget } from '../../src/domain/screen-limits.js';

const limits = (value?: string) => parseEnv(value === undefined ? {} : { USSD_SCREEN_LIMITS: value }).USSD_SCREEN_LIMITS;

describe('USSD_SCREEN_LIMITS', () => {
  it('defaults to Safaricom 160, Airtel 182, Telkom 160, and 160 for any other network or none', () => {
    const defaults = limits();
    expect([['63902'], ['63903'], ['63907'], ['64110'], [null]].map(([code]) => screenLimitFor(defaults, code ?? null))).toEqual([160, 182, 160, 160, 160]);
  });

  it('replaces the default of each network it names, spaces allowed, and leaves the others', () => {
    expect(limits('63907:182, 63902:150')).toEqual({ '63902': 150, '63903': 182, '63907': 182 });
    expect(screenLimitFor(limits('64110:182'), '64110')).toBe(182);
  });

  it.each([
    ['a pair without a colon', '63902=160', '"63902=160" is not a code:limit pair (e.g. 63902:160,63903:182)'],
    ['an empty pair', '63902:160,', '"" is not a code:limit pair (e.g. 63902:160,63903:182)'],
    ['JSON', '{"63902":160}', 'is not a code:limit pair'],
    ['a code that is not a network code', '639:160', '"639" is not a network code (5 or 6 digits, e.g. 63902)'],
    ['a limit below 120', '63902:100', '63902:100: a screen limit is from 120 to 182 GSM-7 characters'],
    ['a limit over the USSD maximum', '63903:200', '63903:200: a screen limit is from 120 to 182 GSM-7 characters'],
    ['a limit that is not a whole number', '63903:160.5', 'is not a code:limit pair'],
    ['a network given twice', '63902:160,63902:182', '63902 is given twice'],
  ])('stops start-up on %s, with a line naming the setting', (_, value, message) => {
    expect(() => limits(value)).toThrow(ConfigError);
    expect(() => limits(value)).toThrow(/^invalid configuration:\nUSSD_SCREEN_LIMITS: /);
    expect(() => limits(value)).toThrow(message);
  });
});

describe('the smallest budget in force', () => {
  it.each([
    [undefined, 160, 'Safaricom (63902), Telkom (63907) and other networks'],
    ['63902:150', 150, 'Safaricom (63902)'],
    ['63902:182,63907:182', 160, 'other networks'],
    ['64110:130,63907:130', 130, 'Telkom (63907) and network 64110'],
  ])('with USSD_SCREEN_LIMITS=%s is %i characters, on %s', (value, limit, networks) => {
    expect(smallestScreenBudget(limits(value))).toEqual({ limit, networks });
  });
});
