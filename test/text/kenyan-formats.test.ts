import { describe, expect, it } from 'vitest';
import { formatDate, formatKes, formatTime } from '../../src/text/kenyan-formats.js';

/** A moment on 20/11/2026 at this time in Nairobi (UTC+3). */
const nairobi = (hour: number, minute: number) => Date.UTC(2026, 10, 20, hour - 3, minute);

describe('formatTime', () => {
  it.each([
    ['just after midnight', 0, 15, '00:15', 'saa 6:15 usiku'],
    ['in the small hours', 3, 5, '03:05', 'saa 9:05 usiku'],
    ['at dawn', 5, 40, '05:40', 'saa 11:40 alfajiri'],
    ['at six in the morning', 6, 0, '06:00', 'saa 12:00 asubuhi'],
    ['in the morning', 7, 30, '07:30', 'saa 1:30 asubuhi'],
    ['late in the morning', 11, 40, '11:40', 'saa 5:40 asubuhi'],
    ['at noon', 12, 0, '12:00', 'saa 6:00 mchana'],
    ['in the afternoon', 14, 5, '14:05', 'saa 8:05 mchana'],
    ['in the evening', 17, 40, '17:40', 'saa 11:40 jioni'],
    ['at six in the evening', 18, 0, '18:00', 'saa 12:00 jioni'],
    ['at night', 19, 0, '19:00', 'saa 1:00 usiku'],
    ['late at night', 23, 59, '23:59', 'saa 5:59 usiku'],
  ])('writes a time %s in 24-hour English and in Swahili time with the part of the day', (_, hour, minute, en, sw) => {
    expect(formatTime(nairobi(hour, minute), 'en')).toBe(en);
    expect(formatTime(nairobi(hour, minute), 'sw')).toBe(sw);
  });

  it('never writes a bare Swahili hour that reads as another time of day', () => {
    for (let hour = 0; hour < 24; hour += 1) expect(formatTime(nairobi(hour, 0), 'sw')).toMatch(/^saa \d{1,2}:00 (usiku|alfajiri|asubuhi|mchana|jioni)$/);
  });
});

describe('formatDate and formatKes', () => {
  it('writes the day in Nairobi as dd/mm/yyyy, even when it is still the day before in UTC', () => {
    expect(formatDate(nairobi(1, 0))).toBe('20/11/2026');
  });

  it('groups thousands with commas', () => {
    expect(formatKes(10650)).toBe('10,650');
    expect(formatKes(0)).toBe('0');
  });
});
