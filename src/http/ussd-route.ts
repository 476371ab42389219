import { Hono } from 'hono';
import { z } from 'zod';
import { normalizePhone } from '../phone/phone-number.js';
import { HopConflictError, handleHop, type HopDeps } from '../ussd/handle-hop.js';
import { readForm } from './read-form.js';
import { RequestError } from './request-error.js';

/** A telco cannot send more than this in a session's `text`; longer is not a real hop. */
export const MAX_TEXT_LENGTH = 500;

const required = (name: string, max: number) =>
  z
    .string({ error: `${name} is required` })
    .trim()
    .min(1, `${name} is required`)
    .max(max, `${name} is longer than ${max} characters`);

/** Africa's Talking's USSD callback form (AT-API.md). */
export const UssdHopForm = z.object({
  sessionId: required('sessionId', 128),
  serviceCode: z.string().max(64, 'serviceCode is longer than 64 characters').default(''),
  phoneNumber: required('phoneNumber', 32).transform((value, ctx) => {
    const phone = normalizePhone(value);
    if (phone === null) {
      ctx.addIssue({ code: 'custom', message: 'phoneNumber is not a Kenyan mobile number (+2547XXXXXXXX or +2541XXXXXXXX)' });
      return z.NEVER;
    }
    return phone;
  }),
  networkCode: z.string().max(16, 'networkCode is longer than 16 characters').optional(),
  text: z.string().max(MAX_TEXT_LENGTH, `text is longer than ${MAX_TEXT_LENGTH} characters`).default(''),
});

/** `POST /ussd`: one hop of a USSD session, answered `CON ...` or `END ...` as text/plain. */
export function ussdRoute(deps: HopDeps) {
  return new Hono().post('/', async (c) => {
    const form = await readForm(c, UssdHopForm);
    try {
      const reply = await handleHop(deps, {
        sessionId: form.sessionId,
        serviceCode: form.serviceCode,
        phone: form.phoneNumber,
        networkCode: form.networkCode ?? null,
        text: form.text,
      });
      return c.text(reply);
    } catch (error) {
      if (error instanceof HopConflictError) throw new RequestError('conflict', error.message);
      throw error;
    }
  });
}
