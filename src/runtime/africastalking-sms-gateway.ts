import AfricasTalking from 'africastalking';
import { createRequire } from 'node:module';
import { httpFailure, readAtResponse } from '../sms/read-at-response.js';
import type { SendOutcome, SmsGateway } from '../sms/sms-gateway.js';

const require = createRequire(import.meta.url);
/** The SDK's module-level URLs: the same object its `sms.js` reads at every send. */
const sdkUrls = require('africastalking/lib/common') as { SMS_URL: string };

export interface SdkGatewayOptions {
  username: string;
  apiKey: string;
  /** Another base URL for the SMS API (the local gateway); Africa's Talking's own when unset. */
  smsUrl?: string | undefined;
  timeoutMs: number;
}

/**
 * Sends through the official `africastalking` SDK. The SDK has no timeout and no base-URL
 * option, so both are supplied here: every send is bounded by `timeoutMs`, and the SMS URL,
 * module state that constructing any client resets, is set right before each send.
 */
export function createSdkSmsGateway(options: SdkGatewayOptions): SmsGateway {
  const client = AfricasTalking({ apiKey: options.apiKey, username: options.username });
  const smsUrl = options.smsUrl ? `${options.smsUrl.replace(/\/$/, '')}/version1/messaging` : sdkUrls.SMS_URL;
  return {
    async send(sms) {
      sdkUrls.SMS_URL = smsUrl;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<SendOutcome>((resolve) => {
        timer = setTimeout(() => resolve({ kind: 'retry', statusCode: null, reason: `no answer within ${options.timeoutMs} ms` }), options.timeoutMs);
      });
      const sent = client.SMS.send({ to: sms.to, message: sms.message, ...(sms.from ? { from: sms.from } : {}) }).then(readAtResponse, sdkFailure);
      try {
        return await Promise.race([sent, timeout]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

/** The SDK rejects with an axios error (HTTP or network) or with its own validation error. */
function sdkFailure(error: unknown): SendOutcome {
  const axiosError = error as { isAxiosError?: boolean; response?: { status: number; data?: unknown }; code?: string; message?: string };
  if (axiosError?.response) return httpFailure(axiosError.response.status, typeof axiosError.response.data === 'string' ? axiosError.response.data : '');
  if (axiosError?.isAxiosError) return { kind: 'retry', statusCode: null, reason: `network error: ${axiosError.code ?? axiosError.message ?? 'unknown'}` };
  return { kind: 'rejected', statusCode: null, reason: `refused by the SDK: ${error instanceof Error ? error.message : String(error)}` };
}
