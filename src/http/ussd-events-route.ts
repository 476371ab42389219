import { Hono } from 'hono';
import { z } from 'zod';
import type { Database } from '../db/database.js';
import type { Logger } from '../logging/logger.js';
import { maskPhone } from '../phone/phone-number.js';
import { recordSessionEnd, SessionEndStatus } from '../ussd/record-session-end.js';
import { readForm } from './read-form.js';
import { MAX_TEXT_LENGTH, UssdHopForm } from './ussd-route.js';

/** An optional field Africa's Talking may also send empty: both mean "not given". */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' ? undefined : value), schema.optional()).transform((value) => value ?? null);

const count = (name: string) =>
  optional(z.string().regex(/^\d{1,12}$/, `${name} must be a non-negative integer`).transform(Number));

/** Kept, but never worth refusing a notification over: cut to length. */
const note = (max: number) => optional(z.string().transform((value) => value.slice(0, max)));

/**
 * Africa's Talking's end-of-session notification (AT-API.md), the fields we keep. `lastAppResponse`
 * is left out: it repeats what we sent, personal data included.
 */
export const UssdEventForm = UssdHopForm.pick({ sessionId: true, phoneNumber: true }).extend({
  status: z.enum(SessionEndStatus.options, {
    error: (issue) => (issue.input === undefined ? 'status is required' : `status must be one of ${SessionEndStatus.options.join(', ')}`),
  }),
  cost: note(32),
  durationInMillis: count('durationInMillis'),
  hopsCount: count('hopsCount'),
  input: note(MAX_TEXT_LENGTH),
  errorMessage: note(500),
});

export interface UssdEventsDeps {
  db: Database;
  logger: Logger;
  now: () => number;
}

/** `POST /ussd/events`: the end of a session, stored on it and counted into the funnel; answered `OK`. */
export function ussdEventsRoute(deps: UssdEventsDeps) {
  return new Hono().post('/', async (c) => {
    const form = await readForm(c, UssdEventForm);
    const outcome = await recordSessionEnd(
      deps.db,
      {
        sessionId: form.sessionId,
        phone: form.phoneNumber,
        endStatus: form.status,
        durationMs: form.durationInMillis,
        cost: form.cost,
        hopsCount: form.hopsCount,
        lastInput: form.input,
        errorMessage: form.errorMessage,
      },
      deps.now(),
    );
    if (outcome === 'unknown') {
      // Acknowledged all the same: there is nothing Africa's Talking could send better.
      deps.logger.warn('ussd end notice for an unknown session', {
        sessionId: form.sessionId,
        phone: maskPhone(form.phoneNumber),
        status: form.status,
      });
    }
    return c.text('OK');
  });
}
