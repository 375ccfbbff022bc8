import { describe, expect, it } from 'vitest';
import { beijingMinute, monthIndexOf, monthKey, monthStart } from './months.js';
import { medianOfSorted } from './stats.js';

const H = 3_600_000;

describe('Beijing months', () => {
  it('turns at midnight Beijing time (16:00 UTC the day before)', () => {
    const dec1 = Date.UTC(2026, 10, 30, 16); // 2026-12-01 00:00 Beijing
    expect(monthKey(monthIndexOf(dec1))).toBe('2026-12');
    expect(monthKey(monthIndexOf(dec1 - 1))).toBe('2026-11');
    expect(monthStart(monthIndexOf(dec1))).toBe(dec1);
    expect(beijingMinute(dec1)).toBe('2026-12-01 00:00');
  });

  it('crosses years both ways', () => {
    const jan = monthIndexOf(Date.UTC(2027, 0, 15));
    expect(monthKey(jan)).toBe('2027-01');
    expect(monthKey(jan - 1)).toBe('2026-12');
    expect(monthKey(jan - 13)).toBe('2025-12');
    expect(monthStart(jan)).toBe(Date.UTC(2026, 11, 31, 16));
    expect(monthStart(jan) - monthStart(jan - 1)).toBe(31 * 24 * H);
  });
});

describe('medianOfSorted', () => {
  it('is the middle value, or the mean of the middle two', () => {
    expect(medianOfSorted([])).toBeNull();
    expect(medianOfSorted([5])).toBe(5);
    expect(medianOfSorted([1, 2, 9])).toBe(2);
    expect(medianOfSorted([1, 2, 4, 9])).toBe(3);
    expect(medianOfSorted([1, 2])).toBe(2); // rounded to the millisecond: 1.5 → 2
  });
});
