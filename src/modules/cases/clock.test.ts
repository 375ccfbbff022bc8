import { describe, expect, it } from 'vitest';
import { CHINA_2026, EMPTY_CALENDAR, toWorkCalendar } from '../responseclock/calendar.js';
import { caseDeadlines, countedTime, isWorkingDay, nextClockStep, type ClockStep } from './clock.js';

const HOUR = 3_600_000;
const cal = toWorkCalendar(CHINA_2026);
/** A Beijing wall-clock time as epoch ms. */
const bj = (s: string) => Date.parse(`${s}+08:00`);
const day = (date: string) => Math.floor((bj(`${date}T12:00:00`) + 8 * HOUR) / 86_400_000);

const working48 = { dueHours: 48, statementHours: null, timeBasis: 'working' as const, warnPercent: 75 };

describe('working days of 2026', () => {
  it('knows holidays, weekends and make-up working days', () => {
    expect(isWorkingDay(day('2026-09-30'), cal)).toBe(true); // Wednesday
    expect(isWorkingDay(day('2026-10-01'), cal)).toBe(false); // National Day (Thursday)
    expect(isWorkingDay(day('2026-10-08'), cal)).toBe(true); // Thursday after the holiday
    expect(isWorkingDay(day('2026-10-10'), cal)).toBe(true); // Saturday, make-up day
    expect(isWorkingDay(day('2026-10-11'), cal)).toBe(false); // Sunday
    expect(isWorkingDay(day('2026-09-20'), cal)).toBe(true); // Sunday, make-up day of 国庆节
    expect(isWorkingDay(day('2026-09-19'), cal)).toBe(false); // Saturday
    expect(isWorkingDay(day('2026-10-10'), EMPTY_CALENDAR)).toBe(false);
  });
});

describe('caseDeadlines', () => {
  it('calendar time: 48 hours are 48 wall-clock hours, holiday or not; warning at 75%', () => {
    const start = bj('2026-09-30T10:00:00');
    const d = caseDeadlines(start, { ...working48, timeBasis: 'calendar' }, cal);
    expect(d).toEqual({
      dueAt: start + 48 * HOUR,
      warnAt: start + 36 * HOUR,
      statementDueAt: null,
      statementWarnAt: null,
    });
  });

  it('working time skips the National Day holiday (10-01..10-07)', () => {
    // Wednesday 30 September, 10:00: 14 hours that day, all of Thursday 8 October, 10 hours of Friday 9.
    const start = bj('2026-09-30T10:00:00');
    const d = caseDeadlines(start, working48, cal);
    expect(d.dueAt).toBe(bj('2026-10-09T10:00:00'));
    // 36 counted hours: 14 on the 30th + 22 of the 8th.
    expect(d.warnAt).toBe(bj('2026-10-08T22:00:00'));
    expect(countedTime(start, d.dueAt, 'working', cal)).toBe(48 * HOUR);
    expect(countedTime(start, d.warnAt, 'working', cal)).toBe(36 * HOUR);
    // Without the official calendar the holiday would count.
    expect(caseDeadlines(start, working48, EMPTY_CALENDAR).dueAt).toBe(bj('2026-10-02T10:00:00'));
  });

  it('working time counts a weekend make-up working day (Saturday 10-10)', () => {
    // Friday 9 October 15:00: 9 hours Friday, 24 on the make-up Saturday, 15 of Monday.
    const start = bj('2026-10-09T15:00:00');
    expect(caseDeadlines(start, working48, cal).dueAt).toBe(bj('2026-10-12T15:00:00'));
    // An ordinary weekend (no make-up day): Friday 15:00 → Tuesday 15:00.
    expect(caseDeadlines(bj('2026-11-06T15:00:00'), working48, cal).dueAt).toBe(bj('2026-11-10T15:00:00'));
  });

  it('a case filed on a day off starts counting on the next working day', () => {
    // Saturday 19 September: Sunday the 20th is a make-up working day, then Monday.
    expect(caseDeadlines(bj('2026-09-19T12:00:00'), working48, cal).dueAt).toBe(bj('2026-09-22T00:00:00'));
    // Inside the holiday: Thursday 8 and Friday 9 October.
    expect(caseDeadlines(bj('2026-10-03T12:00:00'), working48, cal).dueAt).toBe(bj('2026-10-10T00:00:00'));
  });

  it('a statement deadline has its own warning at the same share', () => {
    const start = bj('2026-12-07T09:00:00');
    const d = caseDeadlines(
      start,
      { dueHours: 24, statementHours: 4, timeBasis: 'calendar', warnPercent: 75 },
      cal,
    );
    expect(d).toEqual({
      dueAt: start + 24 * HOUR,
      warnAt: start + 18 * HOUR,
      statementDueAt: start + 4 * HOUR,
      statementWarnAt: start + 3 * HOUR,
    });
  });
});

describe('nextClockStep', () => {
  const start = bj('2026-12-07T09:00:00');
  const d = caseDeadlines(
    start,
    { dueHours: 24, statementHours: 4, timeBasis: 'calendar', warnPercent: 75 },
    cal,
  );
  const open = { statementMade: false, answered: false };

  it('walks the steps in time order, then stops', () => {
    const seen: ClockStep[] = [];
    let step = nextClockStep(d, open, null);
    while (step) {
      seen.push(step);
      step = nextClockStep(d, open, step);
    }
    expect(seen).toEqual([
      { stage: 'statement_warning', at: start + 3 * HOUR },
      { stage: 'statement_breach', at: start + 4 * HOUR },
      { stage: 'warning', at: start + 18 * HOUR },
      { stage: 'breach', at: start + 24 * HOUR },
    ]);
  });

  it('drops statement steps once a statement was made and answer steps once answered', () => {
    expect(nextClockStep(d, { statementMade: true, answered: false }, null)).toEqual({
      stage: 'warning',
      at: start + 18 * HOUR,
    });
    expect(
      nextClockStep(
        d,
        { statementMade: false, answered: true },
        { stage: 'statement_warning', at: start + 3 * HOUR },
      ),
    ).toEqual({
      stage: 'statement_breach',
      at: start + 4 * HOUR,
    });
    expect(nextClockStep(d, { statementMade: true, answered: true }, null)).toBeNull();
  });

  it('orders ties statement_warning, statement_breach, warning, breach', () => {
    const t = start + HOUR;
    const tie = { dueAt: t, warnAt: t, statementDueAt: t, statementWarnAt: t };
    const order: string[] = [];
    let step = nextClockStep(tie, open, null);
    while (step) {
      order.push(step.stage);
      step = nextClockStep(tie, open, step);
    }
    expect(order).toEqual(['statement_warning', 'statement_breach', 'warning', 'breach']);
  });
});
