import { and, eq, inArray } from 'drizzle-orm';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Database } from '../db/database.js';
import { smsOutbox } from '../db/schema.js';
import type { Logger } from '../logging/logger.js';
import { maskPhone } from '../phone/phone-number.js';
import { answerSmsCommand } from '../sms/answer-sms-command.js';
import { citizenText, kenyanPhone, requiredText } from './form-fields.js';
import { readForm } from './read-form.js';

/** Africa's Talking's delivery report (AT-API.md). */
export const DeliveryReportForm = z.object({
  id: requiredText('id', 100),
  status: z.enum(['Sent', 'Submitted', 'Buffered', 'Success', 'Failed', 'Rejected'], { error: 'status must be Sent, Submitted, Buffered, Success, Failed or Rejected' }),
  phoneNumber: z.string().max(32).optional(),
  failureReason: z.string().max(100).optional(),
});

/** An SMS a citizen sent to the short code. */
export const InboundSmsForm = z.object({
  id: requiredText('id', 100),
  from: kenyanPhone('from'),
  text: citizenText('text', 1000),
  to: z.string().max(32).optional(),
});

export interface SmsRouteDeps {
  db: Database;
  logger: Logger;
  now: () => number;
  serviceCode: string;
}

/** `POST /sms/delivery` and `POST /sms/inbound`: Africa's Talking's SMS callbacks. */
export function smsRoutes(deps: SmsRouteDeps) {
  return new Hono()
    .post('/delivery', async (c) => {
      const report = await readForm(c, DeliveryReportForm);
      const final = report.status === 'Success' ? 'delivered' : report.status === 'Failed' || report.status === 'Rejected' ? 'failed' : null;
      if (final === null) return c.text('OK');
      // Only a sent message becomes delivered or failed, so a repeated or late report changes nothing.
      const updated = await deps.db
        .update(smsOutbox)
        .set({
          state: final,
          failureReason: final === 'failed' ? `delivery ${report.status}: ${report.failureReason ?? 'no reason given'}` : null,
          updatedAt: deps.now(),
        })
        .where(and(eq(smsOutbox.gatewayMessageId, report.id), inArray(smsOutbox.state, ['sent'])))
        .returning({ id: smsOutbox.id });
      if (updated.length === 0) {
        const known = await deps.db.select({ id: smsOutbox.id }).from(smsOutbox).where(eq(smsOutbox.gatewayMessageId, report.id)).get();
        if (!known) deps.logger.warn('delivery report for an unknown message', { messageId: report.id, phone: report.phoneNumber ? maskPhone(report.phoneNumber) : null });
      }
      return c.text('OK');
    })
    .post('/inbound', async (c) => {
      const sms = await readForm(c, InboundSmsForm);
      const kind = await answerSmsCommand(deps, { id: sms.id, phone: sms.from, text: sms.text });
      deps.logger.info('sms command answered', { phone: maskPhone(sms.from), reply: kind });
      return c.text('OK');
    });
}
