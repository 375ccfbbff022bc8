import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, dueTime, warningTime, type ResponsePolicy } from './policy.js';

const MIN = 60_000;
/** Beijing wall-clock time → epoch ms ('2026-11-27 17:00' is a Friday). */
const bj = (s: string) => Date.parse(`${s.replace(' ', 'T')}:00+08:00`);
/** Epoch ms → Beijing wall-clock text, so failures read like the rule. */
const show = (ms: number) => new Date(ms + 8 * 60 * MIN).toISOString().slice(0, 16).replace('T', ' ');

const officeHours = (over: Partial<ResponsePolicy> = {}): ResponsePolicy => ({
  firstResponseMinutes: 60,
  workingHoursOnly: true,
  workingHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30' },
  warnBeforeMinutes: 15,
  ...over,
});

describe('dueTime', () => {
  it('defaults to 24 hours around the clock, warning 2 hours before, office hours Monday–Friday 09:00–17:30', () => {
    expect(DEFAULT_POLICY).toEqual({
      firstResponseMinutes: 1440,
      workingHoursOnly: false,
      workingHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30' },
      warnBeforeMinutes: 120,
    });
    expect(show(dueTime(bj('2026-11-27 17:00'), DEFAULT_POLICY))).toBe('2026-11-28 17:00');
  });

  it('counts calendar time when not limited to working hours, nights and weekends included', () => {
    const p = officeHours({ workingHoursOnly: false, firstResponseMinutes: 60 });
    expect(show(dueTime(bj('2026-11-27 17:00'), p))).toBe('2026-11-27 18:00');
    expect(show(dueTime(bj('2026-11-28 23:30'), p))).toBe('2026-11-29 00:30');
  });

  it('Friday 17:00 + 60 working minutes (Mon–Fri 09:00–17:30) is Monday 09:30', () => {
    expect(show(dueTime(bj('2026-11-27 17:00'), officeHours()))).toBe('2026-11-30 09:30');
  });

  it('counts inside one working period without spilling', () => {
    expect(show(dueTime(bj('2026-11-25 10:00'), officeHours()))).toBe('2026-11-25 11:00');
  });

  it('a deadline landing exactly at the end of the day is that end, not the next morning', () => {
    expect(show(dueTime(bj('2026-11-25 17:00'), officeHours({ firstResponseMinutes: 30 })))).toBe(
      '2026-11-25 17:30',
    );
  });

  it('a start before the working day counts from its start', () => {
    expect(show(dueTime(bj('2026-11-25 07:10'), officeHours({ firstResponseMinutes: 30 })))).toBe(
      '2026-11-25 09:30',
    );
  });

  it('a start after the working day, or exactly at its end, counts from the next working morning', () => {
    const p = officeHours({ firstResponseMinutes: 30 });
    expect(show(dueTime(bj('2026-11-25 20:00'), p))).toBe('2026-11-26 09:30');
    expect(show(dueTime(bj('2026-11-25 17:30'), p))).toBe('2026-11-26 09:30');
  });

  it('a start on a rest day counts from the next working day', () => {
    expect(show(dueTime(bj('2026-11-28 10:00'), officeHours({ firstResponseMinutes: 30 })))).toBe(
      '2026-11-30 09:30',
    );
  });

  it('spills a long target over several working days (24 working hours from Monday 09:00 is Wednesday 16:00)', () => {
    // 510 working minutes a day: Monday 510 + Tuesday 510 + 420 on Wednesday.
    expect(show(dueTime(bj('2026-11-30 09:00'), officeHours({ firstResponseMinutes: 1440 })))).toBe(
      '2026-12-02 16:00',
    );
  });

  it('spills over a weekend in the middle of a long target', () => {
    // Thursday 16:30: 60 min Thursday + 510 Friday = 570; 30 more on Monday.
    expect(show(dueTime(bj('2026-11-26 16:30'), officeHours({ firstResponseMinutes: 600 })))).toBe(
      '2026-11-30 09:30',
    );
  });

  it('follows the configured days and hours (Saturday working, 08:30–12:00)', () => {
    const p = officeHours({ workingHours: { days: [1, 2, 3, 4, 5, 6], start: '08:30', end: '12:00' } });
    expect(show(dueTime(bj('2026-11-27 11:30'), p))).toBe('2026-11-28 09:00');
  });

  it('uses Beijing days, not UTC days: Saturday 00:30 in Beijing is still the weekend', () => {
    // Saturday 00:30 Beijing is Friday 16:30 UTC, inside office hours if counted in UTC.
    expect(show(dueTime(bj('2026-11-28 00:30'), officeHours({ firstResponseMinutes: 30 })))).toBe(
      '2026-11-30 09:30',
    );
  });

  it('skips holidays passed in as Beijing dates', () => {
    const holidays = new Set(['2026-11-30', '2026-12-01']);
    expect(show(dueTime(bj('2026-11-27 17:00'), officeHours(), holidays))).toBe('2026-12-02 09:30');
    // A holiday on a non-working day changes nothing.
    expect(show(dueTime(bj('2026-11-27 17:00'), officeHours(), new Set(['2026-11-28'])))).toBe(
      '2026-11-30 09:30',
    );
  });

  it('holidays do not matter when counting calendar time', () => {
    const p = officeHours({ workingHoursOnly: false });
    expect(show(dueTime(bj('2026-11-30 10:00'), p, new Set(['2026-11-30'])))).toBe('2026-11-30 11:00');
  });

  it('falls back to calendar time when the calendar has no working time at all', () => {
    const everyDay = new Set<string>();
    for (let d = 0; d < 4 * 366; d++)
      everyDay.add(new Date(bj('2026-11-25 12:00') + d * 86_400_000).toISOString().slice(0, 10));
    expect(show(dueTime(bj('2026-11-25 10:00'), officeHours(), everyDay))).toBe('2026-11-25 11:00');
  });

  it('agrees with counting working minutes one by one, for many starts and targets', () => {
    const p = officeHours({ workingHours: { days: [1, 2, 4, 5, 6], start: '08:45', end: '17:15' } });
    const holidays = new Set(['2026-12-04']);
    const isWorking = (ms: number) => {
      const local = new Date(ms + 8 * 60 * MIN);
      const weekday = local.getUTCDay() === 0 ? 7 : local.getUTCDay();
      const minutes = local.getUTCHours() * 60 + local.getUTCMinutes();
      return (
        p.workingHours.days.includes(weekday) &&
        !holidays.has(local.toISOString().slice(0, 10)) &&
        minutes >= 8 * 60 + 45 &&
        minutes < 17 * 60 + 15
      );
    };
    let seed = 42;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let i = 0; i < 200; i++) {
      const start = bj('2026-11-23 00:00') + random(14 * 1440) * MIN;
      const target = 5 + random(2000);
      let t = start;
      let counted = 0;
      while (counted < target) {
        if (isWorking(t)) counted++;
        t += MIN;
      }
      const expected = t; // the end of the target-th working minute
      expect(
        show(dueTime(start, { ...p, firstResponseMinutes: target }, holidays)),
        `${show(start)} + ${target}`,
      ).toBe(show(expected));
    }
  });
});

describe('warningTime', () => {
  it('warns the given minutes before the deadline in calendar time', () => {
    const p = officeHours({ workingHoursOnly: false, firstResponseMinutes: 1440, warnBeforeMinutes: 120 });
    const start = bj('2026-11-27 17:00');
    expect(show(warningTime(start, dueTime(start, p), p))).toBe('2026-11-28 15:00');
  });

  it('counts the warning back in working time over the weekend', () => {
    // Due Monday 09:30; 45 working minutes earlier is Friday 17:15.
    const p = officeHours({ warnBeforeMinutes: 45 });
    const start = bj('2026-11-27 17:00');
    expect(show(warningTime(start, dueTime(start, p), p))).toBe('2026-11-27 17:15');
  });

  it('a warning inside the same working day is plain subtraction', () => {
    const p = officeHours({ warnBeforeMinutes: 15 });
    const start = bj('2026-11-25 10:00');
    expect(show(warningTime(start, dueTime(start, p), p))).toBe('2026-11-25 10:45');
  });

  it('skips holidays when counting back', () => {
    const p = officeHours({ firstResponseMinutes: 600, warnBeforeMinutes: 60 });
    const holidays = new Set(['2026-11-27']);
    const start = bj('2026-11-26 16:30'); // 60 min Thursday, Friday off, 540 Monday+Tuesday
    const due = dueTime(start, p, holidays);
    expect(show(due)).toBe('2026-12-01 09:30');
    expect(show(warningTime(start, due, p, holidays))).toBe('2026-11-30 17:00');
  });

  it('is never before the clock started', () => {
    const p = officeHours({ workingHoursOnly: false, firstResponseMinutes: 30, warnBeforeMinutes: 120 });
    const start = bj('2026-11-25 10:00');
    expect(warningTime(start, dueTime(start, p), p)).toBe(start);
    const w = officeHours({ warnBeforeMinutes: 59 });
    const saturday = bj('2026-11-28 10:00'); // due Monday 10:00; 59 working minutes back is 09:01
    expect(show(warningTime(saturday, dueTime(saturday, w), w))).toBe('2026-11-30 09:01');
  });

  it('a warning of 0 minutes is the deadline itself', () => {
    const p = officeHours({ warnBeforeMinutes: 0 });
    const start = bj('2026-11-27 17:00');
    const due = dueTime(start, p);
    expect(warningTime(start, due, p)).toBe(due);
  });
});
