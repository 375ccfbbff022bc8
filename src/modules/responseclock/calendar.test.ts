import { describe, expect, it } from 'vitest';
import { CHINA_2026, toWorkCalendar } from './calendar.js';
import { dueTime, warningTime, type ResponsePolicy } from './policy.js';

const MIN = 60_000;
const bj = (s: string) => Date.parse(`${s.replace(' ', 'T')}:00+08:00`);
const show = (ms: number) => new Date(ms + 8 * 60 * MIN).toISOString().slice(0, 16).replace('T', ' ');
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday

const officeHours: ResponsePolicy = {
  firstResponseMinutes: 60,
  workingHoursOnly: true,
  workingHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30' },
  warnBeforeMinutes: 15,
};
const cn2026 = toWorkCalendar(CHINA_2026);

describe('the 2026 official calendar', () => {
  it('has the 33 days off and 6 make-up working days of the State Council notice', () => {
    expect(cn2026.holidays.size).toBe(33);
    expect([...cn2026.workdays].sort()).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    // Make-up days are weekend days; 春节 runs 腊月二十八 (15 Feb) to 正月初七 (23 Feb).
    for (const d of cn2026.workdays) expect([0, 6]).toContain(weekday(d));
    expect(CHINA_2026.filter((d) => d.name === '春节' && d.kind === 'holiday').map((d) => d.date)).toEqual([
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
      '2026-02-23',
    ]);
  });
});

describe('working time over the 2026 calendar', () => {
  it('counts a make-up Saturday as a working day', () => {
    // Friday 13 Feb 17:00 + 60 working minutes: 30 that evening, 30 on Saturday the 14th (上班).
    expect(show(dueTime(bj('2026-02-13 17:00'), officeHours, cn2026))).toBe('2026-02-14 09:30');
    // Without the calendar the same clock waits for Monday.
    expect(show(dueTime(bj('2026-02-13 17:00'), officeHours))).toBe('2026-02-16 09:30');
  });

  it('skips the nine days of 春节, then resumes on the first working day', () => {
    expect(show(dueTime(bj('2026-02-14 17:00'), officeHours, cn2026))).toBe('2026-02-24 09:30');
  });

  it('skips 国庆 and counts the make-up Saturday after it', () => {
    // Wednesday 30 Sep 17:20 + 60: 10 minutes that day; 1–7 Oct off; Thursday 8 Oct 09:50.
    expect(show(dueTime(bj('2026-09-30 17:20'), officeHours, cn2026))).toBe('2026-10-08 09:50');
    // Friday 9 Oct 17:00 + 60 → Saturday 10 Oct (上班) 09:30.
    expect(show(dueTime(bj('2026-10-09 17:00'), officeHours, cn2026))).toBe('2026-10-10 09:30');
  });

  it('counts warnings back across a holiday', () => {
    const start = bj('2026-04-03 17:00'); // Friday before 清明 (4–6 Apr)
    const due = dueTime(start, officeHours, cn2026);
    expect(show(due)).toBe('2026-04-07 09:30');
    expect(show(warningTime(start, due, officeHours, cn2026))).toBe('2026-04-07 09:15');
  });

  it('calendar time ignores the calendar', () => {
    const p = { ...officeHours, workingHoursOnly: false };
    expect(show(dueTime(bj('2026-02-15 10:00'), p, cn2026))).toBe('2026-02-15 11:00');
  });
});
