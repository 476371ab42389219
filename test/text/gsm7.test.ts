import { describe, expect, it } from 'vitest';
import { gsm7Length, nonGsm7Chars, toGsm7 } from '../../src/text/gsm7.js';

describe('toGsm7', () => {
  it.each([
    ['plain text stays', 'Karibu e-Citizen', 'Karibu e-Citizen'],
    ['curly quotes become straight', '‘Wanjiku’s “ID”’', '\'Wanjiku\'s "ID"\''],
    ['dashes and ellipsis', 'KES 500 – 1,000…', 'KES 500 - 1,000...'],
    ['accents are dropped', 'Wanjirũ Ngũgĩ', 'Wanjiru Ngugi'],
    ['GSM-7 accents are kept', 'café Müller', 'café Müller'],
    ['emoji and other scripts become ?', 'ok 👍 مرحبا', 'ok ? ?????'],
    ['carriage returns are removed', 'a\r\nb', 'a\nb'],
  ])('%s', (_, input, output) => {
    expect(toGsm7(input)).toBe(output);
    expect(nonGsm7Chars(toGsm7(input))).toEqual([]);
  });
});

describe('gsm7Length', () => {
  it('counts extension characters as two septets', () => {
    expect(gsm7Length('abc')).toBe(3);
    expect(gsm7Length('€[x]')).toBe(7);
  });

  it.each([
    ['every extension character, two septets each', '^{}\\[~]|€\f', 20],
    ['the basic alphabet, one each', '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡AZÄÖÑÜ§¿azäöñüà', 79],
    ['a character beyond the BMP counts once (the telco sees one character)', 'ok 👍 {x}', 10],
    ['an extension character after one beyond the BMP', '👍€', 3],
    ['empty', '', 0],
  ])('%s', (_name, text, septets) => {
    expect(gsm7Length(text)).toBe(septets);
  });
});
