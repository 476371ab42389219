import { describe, expect, it } from 'vitest';
import { withoutControlCharacters } from '../../src/text/without-control-characters.js';

describe('withoutControlCharacters', () => {
  it.each([
    ['plain input stays', '1*3*pass', '1*3*pass'],
    ['ordinary spaces stay', ' status  EC20418375 ', ' status  EC20418375 '],
    ['letters outside ASCII stay', 'Wanjirũ café 💥', 'Wanjirũ café 💥'],
    ['NUL is dropped', 'pa\u0000ss', 'pass'],
    ['the rest of C0 is dropped', '\u0001a\u0007b\u001bc\u001f', 'abc'],
    ['DEL is dropped', 'pa\u007fss', 'pass'],
    ['C1 is dropped', 'pa\u0080s\u009bs\u009f', 'pass'],
    ['tabs and line breaks become spaces', 'HALI\t1\n2\r\n3\u000b4\u000c5\u00856', 'HALI 1 2  3 4 5 6'],
  ])('%s', (_, input, output) => {
    expect(withoutControlCharacters(input)).toBe(output);
  });

  it('leaves no character of C0, DEL or C1 in any string', () => {
    const every = Array.from({ length: 0xa0 }, (_, code) => String.fromCharCode(code)).join('');
    expect(withoutControlCharacters(every)).toMatch(/^[ -~]+$/);
  });
});
