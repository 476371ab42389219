import type { Language } from '../menu/menu-schema.js';
import { toGsm7 } from '../text/gsm7.js';
import { SMS_TEMPLATES, type SmsKind } from './sms-templates.js';

/** An SMS body from its template; values from agencies and citizens are made GSM-7 safe. */
export function renderSms(kind: SmsKind, language: Language, values: Readonly<Record<string, string>>): string {
  return SMS_TEMPLATES[kind][language].replace(/\{([a-z_]+)\}/g, (_, name: string) => toGsm7(values[name] ?? ''));
}
