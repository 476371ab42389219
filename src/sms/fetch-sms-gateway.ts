import { httpFailure, readAtResponse } from './read-at-response.js';
import type { SmsGateway } from './sms-gateway.js';

export interface FetchGatewayOptions {
  /** e.g. `https://api.africastalking.com`, or the local gateway's base URL. */
  baseUrl: string;
  username: string;
  apiKey: string;
  timeoutMs: number;
  fetch?: typeof fetch;
}

/** Africa's Talking's SMS REST API through `fetch`: for Workers, where the SDK cannot run. */
export function createFetchSmsGateway(options: FetchGatewayOptions): SmsGateway {
  const send = options.fetch ?? globalThis.fetch.bind(globalThis);
  const url = `${options.baseUrl.replace(/\/$/, '')}/version1/messaging`;
  return {
    async send(sms) {
      const body = new URLSearchParams({ username: options.username, to: sms.to, message: sms.message, bulkSMSMode: '1' });
      if (sms.from) body.set('from', sms.from);
      let response: Response;
      try {
        response = await send(url, {
          method: 'POST',
          headers: { apiKey: options.apiKey, Accept: 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
          body,
          signal: AbortSignal.timeout(options.timeoutMs),
        });
      } catch (error) {
        const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
        return { kind: 'retry', statusCode: null, reason: timedOut ? `no answer within ${options.timeoutMs} ms` : `network error: ${String(error)}` };
      }
      const text = await response.text().catch(() => '');
      if (response.status !== 201) return httpFailure(response.status, text);
      try {
        return readAtResponse(JSON.parse(text));
      } catch {
        return { kind: 'retry', statusCode: 201, reason: 'unreadable answer from the SMS gateway' };
      }
    },
  };
}
