/**
 * GSM 03.38: the 7-bit alphabet telcos use for USSD and SMS. One character outside it makes
 * the telco send the whole screen as UCS-2, which cuts a screen from 182 to about 80
 * characters, so every text a citizen reads is kept inside it.
 */
const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?' +
  '¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
/** Characters sent as an escape plus a code: each counts as two. */
const EXTENDED = '^{}\\[~]|€\f';

const basic = new Set(BASIC);
const extended = new Set(EXTENDED);

export function isGsm7Char(ch: string): boolean {
  return basic.has(ch) || extended.has(ch);
}

/** The characters of `text` outside GSM-7, each once, in order of appearance. */
export function nonGsm7Chars(text: string): string[] {
  return [...new Set([...text].filter((ch) => !isGsm7Char(ch)))];
}

const EXTENDED_ANYWHERE = /[\^{}\\[~\]|€\f]/g;
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * Length as the telco counts it: extended characters take two septets. Every screen of every
 * hop is measured, so the usual case (no character beyond the BMP) counts with two regex scans
 * instead of a string per character.
 */
export function gsm7Length(text: string): number {
  if (!SURROGATE.test(text)) return text.length + (text.match(EXTENDED_ANYWHERE)?.length ?? 0);
  let length = 0;
  for (const ch of text) length += extended.has(ch) ? 2 : 1;
  return length;
}

const REPLACEMENTS: Record<string, string> = {
  '‘': "'", '’': "'", '‚': "'", '′': "'", '`': "'", '´': "'",
  '“': '"', '”': '"', '„': '"', '″': '"', '«': '"', '»': '"',
  '–': '-', '—': '-', '‒': '-', '−': '-', '‐': '-',
  '…': '...', '•': '-', '·': '-', '\t': ' ', '\u00a0': ' ',
};

/**
 * Makes text from outside the menus (agency data, what a citizen typed) safe to show:
 * typographic punctuation becomes its plain form, accents are dropped (ũ -> u), and anything
 * else outside GSM-7 (emoji, other scripts, control characters) becomes "?".
 */
export function toGsm7(text: string): string {
  let out = '';
  for (const ch of text) {
    if (isGsm7Char(ch) && ch !== '\r' && ch !== '\f') {
      out += ch;
      continue;
    }
    const replacement = REPLACEMENTS[ch];
    if (replacement !== undefined) {
      out += replacement;
      continue;
    }
    const stripped = ch.normalize('NFD').replace(/\p{M}/gu, '');
    out += stripped !== ch && [...stripped].every(isGsm7Char) ? stripped : ch === '\r' ? '' : '?';
  }
  return out;
}
