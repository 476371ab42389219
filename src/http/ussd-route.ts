import { Hono } from 'hono';
import { z } from 'zod';
import { HopConflictError, handleHop, type HopDeps } from '../ussd/handle-hop.js';
import { citizenText, kenyanPhone, requiredText } from './form-fields.js';
import { readForm } from './read-form.js';
import { RequestError } from './request-error.js';

/** A telco cannot send more than this in a session's `text`; longer is not a real hop. */
export const MAX_TEXT_LENGTH = 500;

/** Africa's Talking's USSD callback form (AT-API.md). */
export const UssdHopForm = z.object({
  sessionId: requiredText('sessionId', 128),
  serviceCode: z.string().max(64, 'serviceCode is longer than 64 characters').default(''),
  phoneNumber: kenyanPhone('phoneNumber'),
  networkCode: z.string().max(16, 'networkCode is longer than 16 characters').optional(),
  text: citizenText('text', MAX_TEXT_LENGTH),
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
