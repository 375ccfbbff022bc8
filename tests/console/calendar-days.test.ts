/**
 * The calendar page's paste import reads what its export writes, and the weekday it shows
 * agrees with the server's rule (a make-up working day must be a Saturday or Sunday).
 */
import { describe, expect, it } from 'vitest';
import {
  formatLines,
  mergeDays,
  parseLines,
  weekdayOf,
} from '../../apps/console/src/components/calendar/days.js';
import { validateDays } from '../../src/modules/calendar/replaceYear.js';
import { CHINA_2026 } from '../../src/modules/responseclock/calendar.js';

describe('calendar page helpers', () => {
  it('reads English and Chinese kinds, spaces, tabs and commas, and reports unreadable lines', () => {
    const { days, errors } = parseLines(
      [
        '2027-01-01 holiday 元旦',
        '2027-02-06\t放假\t春节',
        '2027-01-31，上班，春节',
        '# a comment',
        '',
        '2027-02-30 holiday 春节',
        '2027-03-01 weekend 春节',
        '2027-03-02 holiday',
        `2027-03-03 holiday ${'节'.repeat(21)}`,
      ].join('\n'),
    );
    expect(days).toEqual([
      { date: '2027-01-01', kind: 'holiday', name: '元旦' },
      { date: '2027-02-06', kind: 'holiday', name: '春节' },
      { date: '2027-01-31', kind: 'workday', name: '春节' },
    ]);
    expect(errors.map((e) => e.line)).toEqual([6, 7, 8, 9]);
  });

  it('round-trips the shipped year through export and import, which the server accepts', () => {
    const exported = formatLines([...CHINA_2026]);
    const { days, errors } = parseLines(exported);
    expect(errors).toEqual([]);
    expect(days).toEqual([...CHINA_2026]);
    expect(validateDays(2026, days)).toHaveLength(39);
    for (const d of days.filter((x) => x.kind === 'workday'))
      expect(weekdayOf(d.date)).toBeGreaterThanOrEqual(6);
  });

  it('merges an import over the list, the imported entry winning, sorted by date', () => {
    const merged = mergeDays(
      [
        { date: '2027-10-02', kind: 'holiday', name: '国庆节' },
        { date: '2027-01-01', kind: 'holiday', name: '元旦' },
      ],
      [{ date: '2027-10-02', kind: 'workday', name: '调休' }],
    );
    expect(merged.map((d) => `${d.date} ${d.kind}`)).toEqual(['2027-01-01 holiday', '2027-10-02 workday']);
    expect(weekdayOf('2026-02-14')).toBe(6);
    expect(weekdayOf('2026-02-29')).toBeNull();
  });
});
