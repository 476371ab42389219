import type { Language } from '../menu/menu-schema.js';

/**
 * A push's life: `queued` and `sending` while it is owed to Daraja (the leased outbox's states),
 * `requested` once Daraja took it and the citizen's phone shows the PIN prompt, then `paid` or
 * `failed` (with Daraja's ResultCode), or `unknown` when nobody can tell: the answer to the push
 * never came, or a day of queries gave no final result. Those last three are final.
 */
export const PAYMENT_STATES = ['queued', 'sending', 'requested', 'paid', 'failed', 'unknown'] as const;
export type PaymentState = (typeof PAYMENT_STATES)[number];

/** The states of a push that may still take money: at most one per application. */
export const IN_FLIGHT_PAYMENT_STATES = ['queued', 'sending', 'requested'] as const satisfies readonly PaymentState[];

/**
 * What Daraja's ResultCodes mean, in plain words a citizen reads in the failure SMS (DARAJA.md).
 * Any other code is kept verbatim with Daraja's ResultDesc, and the SMS says M-Pesa could not
 * complete the payment.
 */
export const MPESA_RESULT_WORDS: Record<number, Record<Language, string>> = {
  1: { en: 'your M-Pesa balance was not enough', sw: 'salio lako la M-Pesa halikutosha' },
  1001: { en: 'your phone was busy with another session', sw: 'simu yako ilikuwa na shughuli nyingine' },
  1019: { en: 'the M-Pesa prompt expired before you answered', sw: 'muda wa kuweka PIN uliisha kabla hujajibu' },
  1032: { en: 'you cancelled the M-Pesa prompt', sw: 'ulighairi malipo kwenye M-Pesa' },
  1037: { en: 'the M-Pesa prompt could not reach your phone', sw: 'M-Pesa haikuweza kufikia simu yako' },
  2001: { en: 'the M-Pesa PIN was wrong', sw: 'PIN ya M-Pesa haikuwa sahihi' },
};
const OTHER_FAILURE: Record<Language, string> = { en: 'M-Pesa could not complete it', sw: 'M-Pesa haikuweza kuyakamilisha' };

/** Why a push failed, for the citizen. */
export function failureWords(resultCode: number | null, lang: Language): string {
  return (resultCode === null ? undefined : MPESA_RESULT_WORDS[resultCode]?.[lang]) ?? OTHER_FAILURE[lang];
}

/** Daraja's limits (DARAJA.md): AccountReference at most 12 characters, TransactionDesc at most 13. */
export const ACCOUNT_REFERENCE_MAX = 12;
export const TRANSACTION_DESC_MAX = 13;
