import { z } from 'zod';
import { normalizePhone } from '../phone/phone-number.js';

const Item = z.object({ Name: z.string().max(100), Value: z.union([z.string().max(100), z.number()]).optional() });

/**
 * What Daraja posts to the CallBackURL of a push (DARAJA.md): `Body.stkCallback`, with
 * `CallbackMetadata` only when the citizen paid. Bounded in every field before it is used.
 */
export const DarajaCallback = z.object({
  Body: z.object({
    stkCallback: z.object({
      MerchantRequestID: z.string().max(100).optional(),
      CheckoutRequestID: z.string().min(1).max(100),
      ResultCode: z.coerce.number().int().min(0).max(1_000_000_000),
      ResultDesc: z.string().max(1000).default(''),
      CallbackMetadata: z.object({ Item: z.array(Item).max(20) }).optional(),
    }),
  }),
});

/** A callback read: how the push ended, and on success what M-Pesa says was paid, by whom. */
export type CallbackOutcome =
  | { checkoutRequestId: string; paid: true; resultDesc: string; amountKes: number; receipt: string; phone: string | null; transactionDate: string | null }
  | { checkoutRequestId: string; paid: false; resultCode: number; resultDesc: string };

/** M-Pesa receipt numbers are upper-case letters and digits (`QKH94M1Z11`). */
const RECEIPT = /^[A-Z0-9]{6,20}$/;

/** Reads a parsed callback; a success without the amount, a receipt or the phone is not one (an error message names what is missing). */
export function readCallback(callback: z.infer<typeof DarajaCallback>): CallbackOutcome | { problem: string } {
  const push = callback.Body.stkCallback;
  if (push.ResultCode !== 0) return { checkoutRequestId: push.CheckoutRequestID, paid: false, resultCode: push.ResultCode, resultDesc: push.ResultDesc };
  const items = new Map((push.CallbackMetadata?.Item ?? []).map((item) => [item.Name, item.Value]));
  const amount = Number(items.get('Amount'));
  const receipt = String(items.get('MpesaReceiptNumber') ?? '');
  const phone = items.get('PhoneNumber');
  if (!Number.isFinite(amount) || amount <= 0) return { problem: 'CallbackMetadata: Amount is missing or not a positive number' };
  if (!RECEIPT.test(receipt)) return { problem: 'CallbackMetadata: MpesaReceiptNumber is missing or not a receipt number' };
  if (phone === undefined) return { problem: 'CallbackMetadata: PhoneNumber is missing' };
  const date = items.get('TransactionDate');
  return {
    checkoutRequestId: push.CheckoutRequestID,
    paid: true,
    resultDesc: push.ResultDesc,
    amountKes: amount,
    receipt,
    phone: normalizePhone(String(phone)),
    transactionDate: date === undefined ? null : String(date).slice(0, 14),
  };
}
