import { describe, expect, it } from 'vitest';
import { layoutPage, screenLength, truncateLine } from '../../src/engine/layout-page.js';

const page = (units: string[], headerLength = 10, backLabel: string | null = '0 Back', limit = 182) =>
  layoutPage({ headerLength, units, moreBeyond: false, moreLabel: '98 More', backLabel, limit });

describe.each([160, 182])('layoutPage to a budget of %i characters', (limit) => {
  // Header (10) + newline, then the units and "0 Back": exactly the budget fits on one page.
  const room = limit - 11 - '0 Back'.length - 1;

  it('keeps everything on one page when it fits exactly', () => {
    const units = ['a'.repeat(room)];
    expect(11 + screenLength([...units, '0 Back'])).toBe(limit);
    expect(page(units, 10, '0 Back', limit)).toEqual({ count: 1, hasMore: false });
  });

  it('pages as soon as one more character would pass the budget', () => {
    const units = ['a'.repeat(room - 30), 'b'.repeat(29)];
    expect(page(units, 10, '0 Back', limit)).toEqual({ count: 2, hasMore: false });
    const over = ['a'.repeat(room - 30), 'b'.repeat(30)];
    expect(page(over, 10, '0 Back', limit)).toEqual({ count: 1, hasMore: true });
  });
});

describe('layoutPage', () => {
  it('counts GSM-7 extension characters as two', () => {
    expect(screenLength(['[]'])).toBe(4);
    expect(screenLength(['a', 'b'])).toBe(3);
  });

  it('never splits a unit and shows at least one', () => {
    expect(page(['x'.repeat(170)], 10)).toEqual({ count: 1, hasMore: false });
    expect(page(['x'.repeat(170), 'y'], 10)).toEqual({ count: 1, hasMore: true });
    expect(layoutPage({ headerLength: 10, units: ['x', 'y'], moreBeyond: true, moreLabel: '98 More', backLabel: null, limit: 182 })).toEqual({ count: 2, hasMore: true });
  });
});

describe('truncateLine', () => {
  it('marks a truncated line', () => {
    expect(truncateLine('Kenya Civil Aviation Authority', 12)).toBe('Kenya Civi..');
    expect(truncateLine('short', 12)).toBe('short');
  });
});
