import type { Language } from '../menu/menu-schema.js';

/**
 * Every SMS text, per kind and language: the one place SMS wording lives. Texts stay in GSM-7;
 * `{name}` is filled from the values given (made GSM-7 safe by `renderSms`).
 */
export const SMS_TEMPLATES = {
  service_details: {
    en: '{service_name} ({agency_code}): fee KES {fee} + e-Citizen fee KES {convenience_fee} = KES {total}. Time: {processing_time}. You need: {requirements}. Apply on ecitizen.go.ke or at a Huduma Centre.',
    sw: '{service_name} ({agency_code}): ada KES {fee} + ada ya e-Citizen KES {convenience_fee} = KES {total}. Muda: {processing_time}. Mahitaji: {requirements}. Omba kupitia ecitizen.go.ke au katika Huduma Centre.',
  },
  payment_instructions: {
    en: 'Pay KES {total} for {reference} ({service_name}): M-Pesa > Lipa na M-Pesa > Pay Bill. Business no. {paybill}, account {reference}.',
    sw: 'Lipia ombi {reference} ({service_name}) KES {total}: M-Pesa > Lipa na M-Pesa > Pay Bill. Nambari ya biashara {paybill}, akaunti {reference}.',
  },
  /** An agency moved an application: fits one 160-character SMS for most services. */
  status_update: {
    en: 'e-Citizen {reference} ({service_name}): {status}. {next_step}',
    sw: 'e-Citizen {reference} ({service_name}): {status}. {next_step}',
  },
  command_status: {
    en: '{reference} ({service_name}): {status}, updated {updated}. {next_step}',
    sw: '{reference} ({service_name}): {status}, ilisasishwa {updated}. {next_step}',
  },
  command_not_found: {
    en: 'No application {reference} was found for this phone number. Check the reference on your receipt.',
    sw: 'Hakuna ombi {reference} lililopatikana kwa nambari hii ya simu. Angalia nambari kwenye risiti yako.',
  },
  command_locked: {
    en: 'Too many references were not found. For your safety, try again after {locked_until}.',
    sw: 'Umeweka nambari nyingi ambazo hazikupatikana. Kwa usalama wako, jaribu tena baada ya {locked_until}.',
  },
  command_stop: {
    en: 'You will no longer get e-Citizen SMS updates. Reply START to get them again.',
    sw: 'Hutapokea tena SMS za taarifa za e-Citizen. Jibu ANZA kuzipata tena.',
  },
  command_start: {
    en: 'You will get e-Citizen SMS updates when your applications move. Reply STOP to stop them.',
    sw: 'Utapokea SMS za taarifa za e-Citizen maombi yako yakibadilika. Jibu ACHA kuzizima.',
  },
  command_language: {
    en: 'e-Citizen will write to you in English. Tuma LUGHA SW kwa Kiswahili.',
    sw: 'e-Citizen itakuandikia kwa Kiswahili. Kwa Kiingereza tuma LUGHA EN (for English send LANG EN).',
  },
  command_help: {
    en: 'e-Citizen SMS: STATUS <reference> for an application, STOP to stop updates, START to restart them, LUGHA SW for Kiswahili. Or dial {service_code}.',
    sw: 'e-Citizen SMS: HALI <nambari ya ombi> kwa hali ya ombi, ACHA kuzima taarifa, ANZA kuziwasha, LUGHA EN kwa Kiingereza. Au piga {service_code}.',
  },
  application_received: {
    en: 'e-Citizen: we received your application for {service_name}. Reference {reference}. Check its status on {service_code}.',
    sw: 'e-Citizen: tumepokea ombi lako la {service_name}. Nambari ya ombi lako ni {reference}. Angalia hali yake kwa kupiga {service_code}.',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type SmsKind = keyof typeof SMS_TEMPLATES;
