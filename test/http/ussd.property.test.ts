import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SCREEN_LIMITS } from '../../src/domain/screen-limits.js';
import { MAX_TEXT_LENGTH } from '../../src/http/ussd-route.js';
import { gsm7Length, nonGsm7Chars } from '../../src/text/gsm7.js';
import { createTestApp } from '../support/test-app.js';
import { postHop } from '../support/ussd-client.js';

/** Hops here come from Safaricom (postHop's networkCode), whose screens carry at most 160 characters. */
const SCREEN_LIMIT = DEFAULT_SCREEN_LIMITS['63902']!;

let harness: Awaited<ReturnType<typeof createTestApp>>;
beforeAll(async () => {
  harness = await createTestApp();
});
afterAll(() => harness.close());

/** What a keypad, a careless gateway or a hostile client can put in one input. */
const input = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('1', '2', '3', '4', '0', '00', '98', '99', '5', '10') },
  { weight: 2, arbitrary: fc.stringMatching(/^[0-9#*]{0,12}$/) },
  { weight: 1, arbitrary: fc.constantFrom('EC20418375', 'ec-2041 8375', '20418375', '', ' ', '#', "'; DROP TABLE citizens;--") },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ minLength: 100, maxLength: 200 }) },
);

describe('any sequence of inputs', () => {
  it('answers 200 with CON or END and a GSM-7 screen within the 160 characters of Safaricom, never a 5xx', async () => {
    let session = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(input, { maxLength: 12 }), fc.constantFrom('+254711000111', '+254722000222', '0733000333'), async (inputs, phoneNumber) => {
        session += 1;
        const sessionId = `p${session}`;
        const typed: string[] = [];
        for (const next of ['', ...inputs]) {
          if (next !== '' || typed.length > 0) typed.push(next);
          const text = typed.join('*');
          const reply = await postHop(harness.app, { sessionId, phoneNumber, text });
          // zod counts characters (code points), not UTF-16 units: 260 emoji are 520 units but 260 characters.
          if ([...text].length > MAX_TEXT_LENGTH) {
            expect(reply.status).toBe(400);
            return;
          }
          expect(reply.status).toBe(200);
          expect(reply.body).toMatch(/^(CON|END) /);
          const screen = reply.body.slice(4);
          expect(gsm7Length(screen)).toBeLessThanOrEqual(SCREEN_LIMIT);
          expect(nonGsm7Chars(screen)).toEqual([]);
          if (reply.body.startsWith('END')) return;
        }
      }),
      // A failure is reported within a minute: shrinking long random strings hop by hop could take hours.
      { numRuns: 150, interruptAfterTimeLimit: 60_000, markInterruptAsFailure: true },
    );
    expect(harness.logger.entries.filter((entry) => entry.level === 'error')).toEqual([]);
  });
});
