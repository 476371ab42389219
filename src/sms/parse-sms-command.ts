import type { Language } from '../menu/menu-schema.js';

export type SmsCommand =
  | { kind: 'status'; reference: string; lang: Language }
  | { kind: 'stop' | 'start' | 'help'; lang: Language }
  | { kind: 'language'; to: Language; lang: Language }
  | { kind: 'unknown' };

const KEYWORDS: Record<string, { kind: 'status' | 'stop' | 'start' | 'help' | 'language'; lang: Language }> = {
  STATUS: { kind: 'status', lang: 'en' },
  HALI: { kind: 'status', lang: 'sw' },
  STOP: { kind: 'stop', lang: 'en' },
  ACHA: { kind: 'stop', lang: 'sw' },
  START: { kind: 'start', lang: 'en' },
  ANZA: { kind: 'start', lang: 'sw' },
  HELP: { kind: 'help', lang: 'en' },
  MSAADA: { kind: 'help', lang: 'sw' },
  LANG: { kind: 'language', lang: 'en' },
  LUGHA: { kind: 'language', lang: 'sw' },
};

const LANGUAGE_WORDS: Record<string, Language> = { EN: 'en', ENGLISH: 'en', KIINGEREZA: 'en', SW: 'sw', KISWAHILI: 'sw', SWAHILI: 'sw' };

/**
 * Reads a citizen's SMS: a keyword in English or Kiswahili, any case, extra spaces ignored.
 * The reply's language is the keyword's (HALI is answered in Kiswahili).
 */
export function parseSmsCommand(text: string): SmsCommand {
  const [first = '', ...rest] = text.trim().toUpperCase().split(/\s+/);
  const keyword = KEYWORDS[first];
  if (!keyword) return { kind: 'unknown' };
  switch (keyword.kind) {
    case 'status':
      return rest.length > 0 ? { kind: 'status', reference: rest.join(''), lang: keyword.lang } : { kind: 'help', lang: keyword.lang };
    case 'language': {
      const to = LANGUAGE_WORDS[rest[0] ?? ''];
      return to ? { kind: 'language', to, lang: to } : { kind: 'help', lang: keyword.lang };
    }
    default:
      return rest.length === 0 ? { kind: keyword.kind, lang: keyword.lang } : { kind: 'unknown' };
  }
}
