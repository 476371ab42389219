import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { RequestError } from '../http/request-error.js';
import type { Logger } from '../logging/logger.js';
import { maskPhone, normalizePhone } from '../phone/phone-number.js';
import { darajaPassword, darajaTimestamp } from '../payments/daraja-password.js';
import { DarajaFaults, RESULT_DESCRIPTIONS, type ActiveDarajaFaults } from './daraja-faults.js';

export interface LocalDarajaOptions {
  logger: Logger;
  /** The shortcode and passkey the app is given: a push whose Password is not built from them is refused. */
  shortcode: string;
  passkey: string;
  now?: (() => number) | undefined;
  fetch?: typeof fetch | undefined;
  /** How many pushes it remembers, the oldest forgotten first (default 10,000). */
  keepPushes?: number | undefined;
}

/** A push as the stand-in holds it. */
export interface LocalPush {
  merchantRequestId: string;
  checkoutRequestId: string;
  phone: string;
  amount: number;
  accountReference: string;
  callbackUrl: string;
  /** Null while the prompt is on the phone. */
  resultCode: number | null;
  receipt: string | null;
  requestedAt: number;
}

const DEFAULT_CALLBACK_DELAY_MS = 1000;
/**
 * A phone the simulator asked about within this long has a page showing its prompts: a push to
 * it waits for the citizen's PIN or Cancel there instead of being paid by itself.
 */
const WATCHED_FOR_MS = 10_000;
/** A prompt nobody answers on the simulator's phone ends as M-Pesa ends it: 1037, the phone could not be reached. */
const UNANSWERED_PROMPT_MS = 60_000;
const DEFAULT_KEEP_PUSHES = 10_000;
const POST_TIMEOUT_MS = 10_000;

/** Daraja's processrequest body (DARAJA.md), with its limits. */
const PushBody = z.object({
  BusinessShortCode: z.coerce.string().regex(/^\d{5,7}$/, 'BusinessShortCode must be 5 to 7 digits'),
  Password: z.string().min(1, 'Password is required'),
  Timestamp: z.string().regex(/^\d{14}$/, 'Timestamp must be YYYYMMDDHHmmss'),
  TransactionType: z.enum(['CustomerPayBillOnline', 'CustomerBuyGoodsOnline'], 'TransactionType is invalid'),
  Amount: z.coerce.number().int('Amount must be a whole number').min(1, 'Amount must be at least 1'),
  PartyA: z.coerce.string().regex(/^254[17]\d{8}$/, 'PartyA must be 254XXXXXXXXX'),
  PartyB: z.coerce.string().regex(/^\d{5,7}$/, 'PartyB must be 5 to 7 digits'),
  PhoneNumber: z.coerce.string().regex(/^254[17]\d{8}$/, 'PhoneNumber must be 254XXXXXXXXX'),
  CallBackURL: z.url('CallBackURL must be a URL'),
  AccountReference: z.string().min(1).max(12, 'AccountReference must be at most 12 characters'),
  TransactionDesc: z.string().min(1).max(13, 'TransactionDesc must be at most 13 characters'),
});
const QueryBody = z.object({ BusinessShortCode: z.coerce.string(), Password: z.string(), Timestamp: z.string(), CheckoutRequestID: z.string().min(1).max(100) });
const PromptAnswer = z.object({ checkoutRequestId: z.string().min(1).max(100), answer: z.enum(['pin', 'cancel'], 'answer must be pin or cancel') });

/**
 * A stand-in for Daraja's M-Pesa Express (token, push, query), for running without a Safaricom
 * account: it answers as Daraja does, "shows the prompt", and posts the callback to the push's
 * CallBackURL about a second later (paid, with a receipt, unless told otherwise). `/control`
 * scripts the outcomes for tests; `/prompts` lets the simulator's phone show a prompt and
 * answer it (a push to a phone a simulator page is watching waits for that answer).
 */
export function createLocalDaraja(options: LocalDarajaOptions) {
  const { logger } = options;
  const now = options.now ?? Date.now;
  const send = options.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
  const keep = options.keepPushes ?? DEFAULT_KEEP_PUSHES;
  let faults: ActiveDarajaFaults = {};
  let pushes: LocalPush[] = [];
  const tokens = new Set<string>();
  let tokensIssued = 0;
  const inFlight = new Set<Promise<void>>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  /** Phones a simulator page is watching, until when. */
  const watched = new Map<string, number>();

  function error(c: Context, status: 400 | 401 | 404 | 500, errorCode: string, errorMessage: string) {
    return c.json({ requestId: randomId(8), errorCode, errorMessage }, status);
  }

  function later(ms: number, run: () => Promise<void>) {
    const done = new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        void run().finally(resolve);
      }, ms);
      timers.add(timer);
    });
    inFlight.add(done);
    void done.then(() => inFlight.delete(done));
  }

  async function postCallback(push: LocalPush) {
    const code = push.resultCode ?? 0;
    const stkCallback = {
      MerchantRequestID: push.merchantRequestId,
      CheckoutRequestID: push.checkoutRequestId,
      ResultCode: code,
      ResultDesc: RESULT_DESCRIPTIONS[code] ?? 'The transaction failed.',
      ...(code === 0
        ? {
            CallbackMetadata: {
              Item: [
                { Name: 'Amount', Value: push.amount },
                { Name: 'MpesaReceiptNumber', Value: push.receipt },
                { Name: 'Balance' },
                { Name: 'TransactionDate', Value: Number(darajaTimestamp(now())) },
                { Name: 'PhoneNumber', Value: Number(push.phone.slice(1)) },
              ],
            },
          }
        : {}),
    };
    try {
      const response = await send(push.callbackUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ Body: { stkCallback } }),
        signal: AbortSignal.timeout(POST_TIMEOUT_MS),
      });
      await response.body?.cancel();
      if (!response.ok) logger.warn('local daraja callback refused', { checkoutRequestId: push.checkoutRequestId, status: response.status });
    } catch (caught) {
      logger.warn('local daraja callback failed', { checkoutRequestId: push.checkoutRequestId, error: caught instanceof Error ? caught.message : String(caught) });
    }
  }

  /** The citizen answered the prompt (or the stand-in did for them): the push ends, and its callback goes as scripted. */
  function settle(push: LocalPush, resultCode: number) {
    push.resultCode = resultCode;
    push.receipt = resultCode === 0 ? newReceipt() : null;
    const mode = faults.callback ?? 'normal';
    logger.info('local daraja push ended', { checkoutRequestId: push.checkoutRequestId, phone: maskPhone(push.phone), resultCode, callback: mode });
    if (mode === 'none') return;
    later(0, async () => {
      await postCallback(push);
      if (mode === 'duplicate') await postCallback(push);
    });
  }

  function nextResult(phone: string): number {
    const forPhone = faults.resultFor?.[phone];
    if (forPhone !== undefined) return forPhone;
    const [first, ...rest] = faults.results ?? [];
    if (first === undefined) return 0;
    faults = { ...faults, results: rest };
    return first;
  }

  function authorized(c: Context): boolean {
    const header = c.req.header('authorization') ?? '';
    return header.startsWith('Bearer ') && tokens.has(header.slice(7));
  }

  function failNow(): boolean {
    if (!faults.http500) return false;
    faults = { ...faults, http500: faults.http500 - 1 };
    return true;
  }

  const daraja = {
    /** Merges with the outcomes already set. Throws a RequestError when invalid. */
    setFaults(input: DarajaFaults) {
      const parsed = DarajaFaults.safeParse(input);
      if (!parsed.success) throw RequestError.invalid(parsed.error);
      faults = { ...faults, ...Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined)) };
    },
    /** Forgets every push, token and outcome; drops callbacks not yet posted. */
    reset() {
      faults = {};
      pushes = [];
      watched.clear();
      tokens.clear();
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
    pushes: (): LocalPush[] => pushes.map((push) => ({ ...push })),
    /** How many OAuth tokens it has handed out: a client that caches its token asks once. */
    tokensIssued: () => tokensIssued,
    /** Ends a held prompt as the citizen would: the PIN (paid, or the scripted result) or cancel. */
    answerPrompt(checkoutRequestId: string, answer: 'pin' | 'cancel') {
      const push = pushes.find((candidate) => candidate.checkoutRequestId === checkoutRequestId && candidate.resultCode === null);
      if (!push) throw new RequestError('not_found', 'no prompt waiting with that checkoutRequestId');
      settle(push, answer === 'pin' ? nextResult(push.phone) : 1032);
    },
    /** Resolves once every callback scheduled so far (and any scheduled meanwhile) has been posted. */
    async flush() {
      while (inFlight.size > 0) await Promise.all(inFlight);
    },
    app: new Hono(),
  };

  const app = daraja.app;
  app.get('/oauth/v1/generate', async (c) => {
    if (faults.slowTokenMs) await new Promise((resolve) => setTimeout(resolve, faults.slowTokenMs));
    if (c.req.query('grant_type') !== 'client_credentials') return error(c, 400, '400.008.02', 'Invalid grant type passed');
    if (!(c.req.header('authorization') ?? '').startsWith('Basic ')) return error(c, 400, '400.008.01', 'Invalid Authentication passed');
    const token = randomId(28);
    tokens.add(token);
    tokensIssued += 1;
    return c.json({ access_token: token, expires_in: '3599' });
  });

  app.post('/mpesa/stkpush/v1/processrequest', async (c) => {
    if (!authorized(c)) return error(c, 401, '404.001.03', 'Invalid Access Token');
    if (failNow()) return error(c, 500, '500.003.02', 'System is busy. Please try again in few minutes.');
    const parsed = PushBody.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) return error(c, 400, '400.002.02', `Bad Request - Invalid ${parsed.error.issues.map((issue) => issue.message).join('; ')}`);
    const body = parsed.data;
    if (body.Password !== darajaPassword(options.shortcode, options.passkey, body.Timestamp)) return error(c, 400, '400.002.02', 'Bad Request - Invalid Password');
    const phone = normalizePhone(body.PhoneNumber)!;
    const push: LocalPush = {
      merchantRequestId: `${randomDigits(5)}-${randomDigits(8)}-1`,
      checkoutRequestId: `ws_CO_${darajaTimestamp(now())}${randomDigits(6)}`,
      phone,
      amount: body.Amount,
      accountReference: body.AccountReference,
      callbackUrl: body.CallBackURL,
      resultCode: null,
      receipt: null,
      requestedAt: now(),
    };
    pushes.push(push);
    if (pushes.length > keep) pushes.splice(0, pushes.length - keep);
    logger.info('local daraja push requested', { checkoutRequestId: push.checkoutRequestId, phone: maskPhone(phone), amount: push.amount });
    if ((watched.get(phone) ?? 0) > now()) {
      // Not awaited by flush(): a test that leaves the prompt unanswered should not wait a minute.
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (push.resultCode === null) settle(push, 1037);
      }, UNANSWERED_PROMPT_MS);
      timers.add(timer);
    } else if (!faults.holdPrompts) {
      const result = nextResult(phone);
      later(faults.callbackDelayMs ?? DEFAULT_CALLBACK_DELAY_MS, async () => settle(push, result));
    }
    return c.json({
      MerchantRequestID: push.merchantRequestId,
      CheckoutRequestID: push.checkoutRequestId,
      ResponseCode: '0',
      ResponseDescription: 'Success. Request accepted for processing',
      CustomerMessage: 'Success. Request accepted for processing',
    });
  });

  app.post('/mpesa/stkpushquery/v1/query', async (c) => {
    if (!authorized(c)) return error(c, 401, '404.001.03', 'Invalid Access Token');
    if (failNow()) return error(c, 500, '500.003.02', 'System is busy. Please try again in few minutes.');
    const parsed = QueryBody.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) return error(c, 400, '400.002.02', 'Bad Request - Invalid CheckoutRequestID');
    const push = pushes.find((candidate) => candidate.checkoutRequestId === parsed.data.CheckoutRequestID);
    if (!push) return error(c, 500, '500.001.1001', 'The transaction is being processed');
    if (push.resultCode === null) return error(c, 500, '500.001.1001', 'The transaction is being processed');
    return c.json({
      ResponseCode: '0',
      ResponseDescription: 'The service request has been accepted successsfully',
      MerchantRequestID: push.merchantRequestId,
      CheckoutRequestID: push.checkoutRequestId,
      ResultCode: String(push.resultCode),
      ResultDesc: RESULT_DESCRIPTIONS[push.resultCode] ?? 'The transaction failed.',
    });
  });

  app.post('/prompts', async (c) => {
    const phone = normalizePhone(String((await c.req.json().catch(() => ({})) as { phoneNumber?: unknown }).phoneNumber ?? ''));
    if (phone === null) throw new RequestError('invalid_request', 'phoneNumber is not a Kenyan mobile number');
    // Asked by a page that shows this phone's prompts: its pushes wait for an answer there.
    watched.set(phone, now() + WATCHED_FOR_MS);
    for (const [watchedPhone, until] of watched) if (until <= now()) watched.delete(watchedPhone);
    const prompts = pushes
      .filter((push) => push.phone === phone && push.resultCode === null)
      .map(({ checkoutRequestId, amount, accountReference }) => ({ checkoutRequestId, amount, accountReference }));
    return c.json({ prompts });
  });

  app.post('/prompts/answer', async (c) => {
    const parsed = PromptAnswer.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) throw RequestError.invalid(parsed.error);
    daraja.answerPrompt(parsed.data.checkoutRequestId, parsed.data.answer);
    return c.body(null, 204);
  });

  app.post('/control', async (c) => {
    daraja.setFaults((await c.req.json().catch(() => {
      throw new RequestError('invalid_request', 'expected a JSON body of outcomes');
    })) as DarajaFaults);
    return c.body(null, 204);
  });

  app.delete('/control', (c) => {
    daraja.reset();
    return c.body(null, 204);
  });

  app.onError((caught, c) => {
    if (caught instanceof RequestError) return c.json({ error: { code: caught.code, message: caught.message, details: caught.details } }, caught.status);
    logger.error('local daraja request failed', { path: c.req.path, error: caught.stack ?? caught.message });
    return error(c, 500, '500.000.000', 'Internal Server Error');
  });

  return daraja;
}

export type LocalDaraja = ReturnType<typeof createLocalDaraja>;

/** The path the stand-in is served under, like the SMS gateway's /__at. */
export const LOCAL_DARAJA_PATH = '/__daraja';

function randomDigits(length: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(length)), (byte) => String(byte % 10)).join('');
}

function randomId(length: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  return Array.from(crypto.getRandomValues(new Uint8Array(length)), (byte) => alphabet[byte % alphabet.length]).join('');
}

/** M-Pesa receipt numbers: ten upper-case letters and digits (`QKH94M1Z11`). */
function newReceipt(): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  return Array.from(crypto.getRandomValues(new Uint8Array(10)), (byte) => alphabet[byte % alphabet.length]).join('');
}
