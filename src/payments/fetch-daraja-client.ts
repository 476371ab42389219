import { z } from 'zod';
import { readAtMost } from '../webhooks/fetch-webhook-network.js';
import type { DarajaClient, PushAnswer, QueryAnswer } from './daraja-client.js';
import { darajaPassword, darajaTimestamp } from './daraja-password.js';

export interface DarajaSettings {
  /** `https://sandbox.safaricom.co.ke`, `https://api.safaricom.co.ke`, or a compatible stand-in. */
  baseUrl: string;
  consumerKey: string;
  consumerSecret: string;
  /** The paybill the money goes to (BusinessShortCode and PartyB). */
  shortcode: string;
  passkey: string;
  /** The longest one call to Daraja may take; a push that needs a new token makes two. */
  timeoutMs: number;
  now: () => number;
  fetch?: typeof fetch;
}

/** Daraja's answers are small; anything longer is not one of them. */
const MAX_ANSWER_BYTES = 16 * 1024;
/** A token is renewed this long before Daraja says it expires, so none is used as it runs out. */
const TOKEN_MARGIN_MS = 60_000;

const TokenAnswer = z.object({ access_token: z.string().min(1).max(4096), expires_in: z.coerce.number().int().positive().max(86_400) });
const PushAccepted = z.object({
  ResponseCode: z.coerce.string(),
  ResponseDescription: z.string().max(500).optional(),
  MerchantRequestID: z.string().min(1).max(100),
  CheckoutRequestID: z.string().min(1).max(100),
});
/** Daraja's error shape: `{ requestId, errorCode: "500.001.1001", errorMessage }`. */
const DarajaError = z.object({ errorCode: z.coerce.string().max(100).optional(), errorMessage: z.string().max(1000).optional() });
const QueryResult = z.object({ ResponseCode: z.coerce.string(), ResultCode: z.coerce.number().int(), ResultDesc: z.string().max(1000).default('') });

/** Connection errors that mean the request never left: it is safe to push again later. */
const NOT_SENT = ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN'];

/**
 * Daraja through fetch, on Node and on Workers. The OAuth token (client credentials) is kept
 * until shortly before it expires, per process or isolate, and fetched once however many calls
 * wait for it; every call is bounded in time and in what is read back.
 */
export function createFetchDarajaClient(settings: DarajaSettings): DarajaClient {
  const send = settings.fetch ?? globalThis.fetch.bind(globalThis);
  const base = settings.baseUrl.replace(/\/$/, '');
  let token: { value: string; expiresAt: number } | null = null;
  let pending: Promise<string> | null = null;

  async function call(path: string, init: RequestInit): Promise<{ status: number; body: unknown }> {
    const response = await send(`${base}${path}`, { ...init, redirect: 'manual', signal: AbortSignal.timeout(settings.timeoutMs) });
    const text = await readAtMost(response, MAX_ANSWER_BYTES);
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
    return { status: response.status, body };
  }

  async function fetchToken(): Promise<string> {
    const credentials = btoa(`${settings.consumerKey}:${settings.consumerSecret}`);
    const { status, body } = await call('/oauth/v1/generate?grant_type=client_credentials', { method: 'GET', headers: { Authorization: `Basic ${credentials}` } });
    const parsed = TokenAnswer.safeParse(body);
    if (status !== 200 || !parsed.success) throw new Error(`no token: HTTP ${status}${describeError(body)}`);
    token = { value: parsed.data.access_token, expiresAt: settings.now() + parsed.data.expires_in * 1000 - TOKEN_MARGIN_MS };
    return token.value;
  }

  function accessToken(): Promise<string> {
    if (token && token.expiresAt > settings.now()) return Promise.resolve(token.value);
    pending ??= fetchToken().finally(() => {
      pending = null;
    });
    return pending;
  }

  async function authorized(path: string, payload: Record<string, unknown>) {
    const value = await accessToken();
    const answer = await call(path, {
      method: 'POST',
      headers: { Authorization: `Bearer ${value}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(payload),
    });
    // A token Daraja no longer takes is dropped; the next call fetches another.
    if (answer.status === 401) token = null;
    return answer;
  }

  function password() {
    const timestamp = darajaTimestamp(settings.now());
    return { BusinessShortCode: settings.shortcode, Password: darajaPassword(settings.shortcode, settings.passkey, timestamp), Timestamp: timestamp };
  }

  return {
    async push(request): Promise<PushAnswer> {
      try {
        await accessToken();
      } catch (error) {
        return { kind: 'refused', reason: failureText(error, settings.timeoutMs), retry: true };
      }
      const msisdn = request.phone.replace(/^\+/, '');
      try {
        const { status, body } = await authorized('/mpesa/stkpush/v1/processrequest', {
          ...password(),
          TransactionType: 'CustomerPayBillOnline',
          Amount: request.amountKes,
          PartyA: msisdn,
          PartyB: settings.shortcode,
          PhoneNumber: msisdn,
          CallBackURL: request.callbackUrl,
          AccountReference: request.accountReference,
          TransactionDesc: request.description,
        });
        const accepted = PushAccepted.safeParse(body);
        if (status === 200 && accepted.success && accepted.data.ResponseCode === '0') {
          return { kind: 'accepted', merchantRequestId: accepted.data.MerchantRequestID, checkoutRequestId: accepted.data.CheckoutRequestID };
        }
        const reason = `HTTP ${status}${describeError(body)}`;
        // A 4xx other than an expired token or a limit is the request itself: sending it again changes nothing.
        const retry = status >= 500 || status === 401 || status === 429;
        return { kind: 'refused', reason, retry };
      } catch (error) {
        if (notSent(error)) return { kind: 'refused', reason: failureText(error, settings.timeoutMs), retry: true };
        return { kind: 'no_answer', reason: failureText(error, settings.timeoutMs) };
      }
    },

    async query(checkoutRequestId): Promise<QueryAnswer> {
      try {
        const { status, body } = await authorized('/mpesa/stkpushquery/v1/query', { ...password(), CheckoutRequestID: checkoutRequestId });
        const result = QueryResult.safeParse(body);
        if (status === 200 && result.success && result.data.ResponseCode === '0') {
          return { kind: 'final', resultCode: result.data.ResultCode, resultDesc: result.data.ResultDesc };
        }
        // Daraja answers 500.001.1001 "The transaction is being processed" while the prompt is open.
        return { kind: 'pending', reason: `HTTP ${status}${describeError(body)}` };
      } catch (error) {
        return { kind: 'pending', reason: failureText(error, settings.timeoutMs) };
      }
    },
  };
}

function describeError(body: unknown): string {
  const parsed = DarajaError.safeParse(body);
  if (!parsed.success || (!parsed.data.errorCode && !parsed.data.errorMessage)) return '';
  return `: ${[parsed.data.errorCode, parsed.data.errorMessage].filter(Boolean).join(' ')}`.slice(0, 300);
}

function notSent(error: unknown): boolean {
  const code = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  return typeof code === 'string' && NOT_SENT.includes(code);
}

function failureText(error: unknown, timeoutMs: number): string {
  const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
  return timedOut ? `no answer within ${timeoutMs} ms` : error instanceof Error ? error.message.slice(0, 300) : String(error).slice(0, 300);
}
