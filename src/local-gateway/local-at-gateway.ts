import { Hono } from 'hono';
import { z } from 'zod';
import { readForm } from '../http/read-form.js';
import { RequestError } from '../http/request-error.js';
import type { Logger } from '../logging/logger.js';
import { maskPhone, normalizePhone } from '../phone/phone-number.js';
import { smsSegments } from '../sms/sms-segments.js';
import { createDeliveryReporter, type DeliveryReport, type DeliveryStatus } from './delivery-reporter.js';
import {
  GatewayFaults,
  isRecipientFailure,
  RECIPIENT_FAILURES,
  type ActiveFaults,
  type RecipientFailure,
} from './gateway-faults.js';

export interface LocalAtGatewayOptions {
  /** Where delivery reports are posted; unset, none are. */
  deliveryReportUrl?: string | undefined;
  /** How long after a message is accepted its delivery report is posted (default 300 ms). */
  deliveryDelayMs?: number | undefined;
  logger: Logger;
  now?: (() => number) | undefined;
  fetch?: typeof fetch | undefined;
  /** How many messages it remembers, the oldest forgotten first (default 10,000). */
  keepMessages?: number | undefined;
}

/** One message to one number, as the gateway received it. */
export interface GatewayMessage {
  /** `ATXid_...`, or `None` when the recipient was refused. */
  messageId: string;
  /** The number as it was sent in `to`. */
  number: string;
  /** The number in E.164, or null when it is not a Kenyan mobile number. */
  phoneNumber: string | null;
  from: string;
  message: string;
  receivedAt: string;
  statusCode: number;
  status: 'accepted' | RecipientFailure;
  /** `pending` until the delivery report is due; `none` for a refused recipient, which is never delivered. */
  delivery: 'pending' | 'none' | DeliveryStatus;
}

/**
 * Memory bound: a simulator or a load test left running sends without end, and nothing here is
 * ever read back from storage, so the oldest messages go first.
 */
const DEFAULT_KEEP_MESSAGES = 10_000;

const DEFAULT_DELIVERY_DELAY_MS = 300;

/** The sender a phone shows when `from` is not given: Africa's Talking's shared sender id. */
const DEFAULT_SENDER = 'AFRICASTKNG';

/** What one GSM-7 segment costs, in KES cents. */
const SEGMENT_COST_CENTS = 80;

const UNAUTHORIZED = 'The supplied authentication is invalid';

/** Africa's Talking's `POST /version1/messaging` form (AT-API.md, "Sending SMS"). */
const MessagingForm = z.object({
  username: z.string().optional(),
  to: z
    .string({ error: 'to is required' })
    .transform((value) => value.split(',').map((number) => number.trim()).filter((number) => number !== ''))
    .refine((numbers) => numbers.length > 0, 'to is required'),
  message: z.string({ error: 'message is required' }).min(1, 'message is required'),
  from: z.string().optional(),
});

const InboxForm = z.object({
  phoneNumber: z.string({ error: 'phoneNumber is required' }).transform((value, ctx) => {
    const phone = normalizePhone(value);
    if (phone !== null) return phone;
    ctx.addIssue({ code: 'custom', message: 'phoneNumber is not a Kenyan mobile number' });
    return z.NEVER;
  }),
});

function parseFaults(input: unknown): ActiveFaults {
  const parsed = GatewayFaults.safeParse(input);
  if (!parsed.success) throw RequestError.invalid(parsed.error);
  return parsed.data;
}

/**
 * A stand-in for Africa's Talking's SMS API, for running without an account: it answers
 * `POST /version1/messaging` as Africa's Talking does, keeps what it received for a simulator's
 * inboxes, posts delivery reports back, and fails on request. Mount `app` under a prefix.
 */
export function createLocalAtGateway(options: LocalAtGatewayOptions) {
  const { logger } = options;
  const now = options.now ?? Date.now;
  const keepMessages = options.keepMessages ?? DEFAULT_KEEP_MESSAGES;
  let deliveryReportUrl = options.deliveryReportUrl;
  let faults: ActiveFaults = {};
  let received: GatewayMessage[] = [];

  const reporter = createDeliveryReporter({
    delayMs: options.deliveryDelayMs ?? DEFAULT_DELIVERY_DELAY_MS,
    reportUrl: () => deliveryReportUrl,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    logger,
  });

  function keep(message: GatewayMessage) {
    received.push(message);
    if (received.length > keepMessages) received.splice(0, received.length - keepMessages);
  }

  function accept(form: z.output<typeof MessagingForm>) {
    const segments = smsSegments(form.message);
    const receivedAt = new Date(now()).toISOString();
    const recipients = form.to.map((number) => {
      const phoneNumber = normalizePhone(number);
      const statusCode = phoneNumber === null ? 403 : (faults.statusFor?.[phoneNumber] ?? 101);
      const refused = isRecipientFailure(statusCode);
      const messageId = refused ? 'None' : newMessageId();
      const message: GatewayMessage = {
        messageId,
        number,
        phoneNumber,
        from: form.from || DEFAULT_SENDER,
        message: form.message,
        receivedAt,
        statusCode,
        status: refused ? RECIPIENT_FAILURES[statusCode] : 'accepted',
        delivery: refused ? 'none' : 'pending',
      };
      keep(message);
      if (refused || phoneNumber === null) {
        logger.info('local gateway refused an sms', { phone: maskPhone(number), status: message.status });
        return { statusCode, number, status: message.status, cost: '0', messageId };
      }
      logger.info('local gateway accepted an sms', { phone: maskPhone(phoneNumber), messageId, segments });
      const outcome = faults.deliveryFor?.[phoneNumber];
      reporter.schedule({ messageId, phoneNumber, status: outcome?.status ?? 'Success', failureReason: outcome?.failureReason }, (report) => {
        message.delivery = report.status;
      });
      // `status` says the recipient was accepted, not delivered: `Success` for 100, 101 and 102 alike.
      return { statusCode, number, status: 'Success', cost: kes(segments * SEGMENT_COST_CENTS), messageId };
    });
    const accepted = recipients.filter((recipient) => recipient.messageId !== 'None').length;
    const total = accepted === 0 ? '0' : kes(accepted * segments * SEGMENT_COST_CENTS);
    return { SMSMessageData: { Message: `Sent to ${accepted}/${recipients.length} Total Cost: ${total}`, Recipients: recipients } };
  }

  const gateway = {
    /** Merges with the faults already set: setting one leaves the others. Throws a RequestError when invalid. */
    setFaults(input: GatewayFaults) {
      const next = Object.entries(parseFaults(input)).filter(([, value]) => value !== undefined);
      faults = { ...faults, ...Object.fromEntries(next) };
    },
    /** Forgets every message and fault, and drops the delivery reports not yet due. */
    reset() {
      faults = {};
      received = [];
      reporter.cancelAll();
    },
    messages: (): GatewayMessage[] => received.map((message) => ({ ...message })),
    /** The messages for one phone (any spelling `normalizePhone` reads), oldest first. */
    inbox(phone: string): GatewayMessage[] {
      const phoneNumber = normalizePhone(phone);
      if (phoneNumber === null) return [];
      return received.filter((message) => message.phoneNumber === phoneNumber).map((message) => ({ ...message }));
    },
    /** Resolves once every delivery report scheduled so far has been posted (or has failed). */
    flushDeliveryReports: (): Promise<void> => reporter.flush(),
    /** The server learns its own address only once it listens, after the gateway is built. */
    setDeliveryReportUrl(url: string | undefined) {
      deliveryReportUrl = url;
    },
    app: new Hono(),
  };

  gateway.app.post('/version1/messaging', async (c) => {
    if (faults.slowMs) await sleep(faults.slowMs);
    if (faults.down) return c.text('Service Unavailable', 503);
    if (faults.http500) {
      faults = { ...faults, http500: faults.http500 - 1 };
      return c.text('Internal Server Error', 500);
    }
    if (!c.req.header('apiKey')?.trim()) return c.text(UNAUTHORIZED, 401);
    const form = await readForm(c, MessagingForm);
    return c.json(accept(form), 201);
  });

  gateway.app.post('/inbox', async (c) => {
    const { phoneNumber } = await readForm(c, InboxForm);
    const messages = gateway.inbox(phoneNumber).map(({ messageId, from, message, receivedAt, status, delivery }) => ({
      messageId,
      from,
      message,
      receivedAt,
      status,
      delivery,
    }));
    return c.json({ messages });
  });

  gateway.app.post('/control', async (c) => {
    let body: unknown;
    try {
      body = await c.req.json();
    } catch {
      return c.json({ error: { code: 'invalid_request', message: 'expected a JSON body of faults', details: [] } }, 400);
    }
    try {
      gateway.setFaults(body as GatewayFaults);
    } catch (error) {
      if (!(error instanceof RequestError)) throw error;
      return c.json({ error: { code: error.code, message: error.message, details: error.details } }, 400);
    }
    return c.body(null, 204);
  });

  gateway.app.delete('/control', (c) => {
    gateway.reset();
    return c.body(null, 204);
  });

  gateway.app.onError((error, c) => {
    if (error instanceof RequestError) return c.text(`${error.status === 400 ? 'Bad request' : error.code}: ${error.message}`, error.status);
    logger.error('local gateway request failed', { path: c.req.path, error: error.stack ?? error.message });
    return c.text('Internal Server Error', 500);
  });

  return gateway;
}

export type LocalAtGateway = ReturnType<typeof createLocalAtGateway>;

/** `ATXid_` and 32 hex characters, the shape of Africa's Talking's message ids. */
function newMessageId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `ATXid_${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/** 80 -> `KES 0.8000`, as Africa's Talking writes costs. */
function kes(cents: number): string {
  return `KES ${(cents / 100).toFixed(4)}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
