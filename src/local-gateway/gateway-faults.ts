import { z } from 'zod';
import { normalizePhone } from '../phone/phone-number.js';

/** Africa's Talking's recipient status codes that mean "accepted" (AT-API.md). */
export const ACCEPTED_STATUS_CODES = [100, 101, 102] as const;

/** Africa's Talking's recipient status codes that mean "refused", with the name it gives each. */
export const RECIPIENT_FAILURES = {
  401: 'RiskHold',
  402: 'InvalidSenderId',
  403: 'InvalidPhoneNumber',
  404: 'UnsupportedNumberType',
  405: 'InsufficientBalance',
  406: 'UserInBlacklist',
  407: 'CouldNotRoute',
  500: 'InternalServerError',
  501: 'GatewayError',
  502: 'RejectedByGateway',
} as const;
export type RecipientFailureCode = keyof typeof RECIPIENT_FAILURES;
export type RecipientFailure = (typeof RECIPIENT_FAILURES)[RecipientFailureCode];

const FAILURE_CODES = Object.keys(RECIPIENT_FAILURES).map(Number) as RecipientFailureCode[];
const STATUS_CODES = [...ACCEPTED_STATUS_CODES, ...FAILURE_CODES];

export function isRecipientFailure(code: number): code is RecipientFailureCode {
  return code in RECIPIENT_FAILURES;
}

/** A map keyed by phone number, its keys normalized to E.164 so `0711...` and `+254711...` are one phone. */
const byPhone = <T extends z.ZodType>(field: string, value: T) =>
  z.record(z.string(), value).transform((entries, ctx) => {
    const normalized: Record<string, z.output<T>> = {};
    for (const [number, entry] of Object.entries(entries)) {
      const phone = normalizePhone(number);
      if (phone === null) {
        ctx.addIssue({ code: 'custom', path: [number], message: `${field}: ${number} is not a Kenyan mobile number` });
        continue;
      }
      normalized[phone] = entry as z.output<T>;
    }
    return normalized;
  });

const count = (field: string) => z.int(`${field} must be a whole number`).min(0, `${field} must not be negative`);

/**
 * What the local gateway is told to get wrong, for tests. Unknown keys are refused, so a
 * misspelt fault fails the test that set it instead of silently doing nothing.
 */
export const GatewayFaults = z.strictObject({
  /** The next N messaging requests answer HTTP 500. */
  http500: count('http500').optional(),
  /** Every messaging request waits this long before answering. */
  slowMs: count('slowMs').max(600_000, 'slowMs must be at most 600000').optional(),
  /** Every messaging request answers HTTP 503 until this is turned off. */
  down: z.boolean('down must be true or false').optional(),
  /** The recipient status code per number; numbers not listed get 101 Sent. */
  statusFor: byPhone(
    'statusFor',
    z.literal(STATUS_CODES, { error: `statusFor: the status code must be one of ${STATUS_CODES.join(', ')}` }),
  ).optional(),
  /** The delivery report outcome per number; numbers not listed are delivered (`Success`). */
  deliveryFor: byPhone(
    'deliveryFor',
    z.strictObject({
      status: z.enum(['Failed', 'Rejected'], 'deliveryFor: status must be Failed or Rejected'),
      failureReason: z
        .string()
        .regex(/^[A-Za-z]{1,64}$/, 'deliveryFor: failureReason must be a name such as UserInBlackList')
        .default('DeliveryFailure'),
    }),
  ).optional(),
});
/** Faults as a test writes them. */
export type GatewayFaults = z.input<typeof GatewayFaults>;
/** Faults as the gateway holds them: phone keys normalized, defaults filled in. */
export type ActiveFaults = z.output<typeof GatewayFaults>;
