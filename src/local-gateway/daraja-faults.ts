import { z } from 'zod';
import { normalizePhone } from '../phone/phone-number.js';

const count = (field: string) => z.int(`${field} must be a whole number`).min(0, `${field} must not be negative`);

/**
 * What the local Daraja stand-in is told to do, for tests and the simulator. Unknown keys are
 * refused, so a misspelt outcome fails the test that set it instead of doing nothing.
 */
export const DarajaFaults = z.strictObject({
  /** The ResultCode of the next pushes, one each, in order; after them every push is paid (0). */
  results: z.array(count('results').max(1_000_000)).max(100).optional(),
  /** The ResultCode per phone, for every push to it (ahead of `results`). */
  resultFor: z
    .record(z.string(), count('resultFor').max(1_000_000))
    .transform((entries, ctx) => {
      const normalized: Record<string, number> = {};
      for (const [number, code] of Object.entries(entries)) {
        const phone = normalizePhone(number);
        if (phone === null) ctx.addIssue({ code: 'custom', path: [number], message: `resultFor: ${number} is not a Kenyan mobile number` });
        else normalized[phone] = code;
      }
      return normalized;
    })
    .optional(),
  /** `normal`: one callback; `duplicate`: the same callback twice; `none`: never (the query still knows the outcome). */
  callback: z.enum(['normal', 'duplicate', 'none'], 'callback must be normal, duplicate or none').optional(),
  /** How long after a push its callback is posted (default 1000 ms). */
  callbackDelayMs: count('callbackDelayMs').max(600_000).optional(),
  /** `true`: a push waits for the simulator's phone to answer it (`/prompts/answer`). */
  holdPrompts: z.boolean('holdPrompts must be true or false').optional(),
  /** The next N pushes and queries answer HTTP 500. */
  http500: count('http500').optional(),
  /** The token endpoint waits this long before answering. */
  slowTokenMs: count('slowTokenMs').max(600_000).optional(),
});
export type DarajaFaults = z.input<typeof DarajaFaults>;
export type ActiveDarajaFaults = z.output<typeof DarajaFaults>;

/** Daraja's ResultDesc for the ResultCodes the stand-in plays (DARAJA.md). */
export const RESULT_DESCRIPTIONS: Record<number, string> = {
  0: 'The service request is processed successfully.',
  1: 'The balance is insufficient for the transaction.',
  1001: 'Unable to lock subscriber, a transaction is already in process for the current subscriber',
  1019: 'Transaction has expired',
  1032: 'Request cancelled by user',
  1037: 'DS timeout user cannot be reached',
  2001: 'The initiator information is invalid.',
};
