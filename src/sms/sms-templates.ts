import type { Language } from '../menu/menu-schema.js';

/**
 * Every SMS text, per kind and language: the one place SMS wording lives. Texts stay in GSM-7;
 * `{name}` is filled from the values given (made GSM-7 safe by `renderSms`).
 */
export const SMS_TEMPLATES = {
  service_details: {
    en: '{service_name} ({agency_code}): fee KES {fee} + e-Citizen fee KES {convenience_fee} = KES {total}. Time: {processing_time}. You need: {requirements}. Apply on ecitizen.go.ke or at a Huduma Centre.',
    sw: '{service_name} ({agency_code}): ada KES {fee} + ada ya e-Citizen KES {convenience_fee} = KES {total}. Muda: {processing_time}. Mahitaji: {requirements}. Omba kupitia ecitizen.go.ke au Huduma Centre.',
  },
  payment_instructions: {
    en: 'Pay KES {total} for {reference} ({service_name}): M-Pesa > Lipa na M-Pesa > Pay Bill. Business no. {paybill}, account {reference}.',
    sw: 'Lipa KES {total} kwa {reference} ({service_name}): M-Pesa > Lipa na M-Pesa > Pay Bill. Nambari ya biashara {paybill}, akaunti {reference}.',
  },
  application_received: {
    en: 'e-Citizen: we received your application for {service_name}. Reference {reference}. Check its status on {service_code}.',
    sw: 'e-Citizen: tumepokea ombi lako la {service_name}. Nambari ya ombi {reference}. Angalia hali yake kwa {service_code}.',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type SmsKind = keyof typeof SMS_TEMPLATES;
