/**
 * The settings page's example sentence ("群众在周五 16:00 留言，将在下周一 10:30 前得到答复"),
 * computed with the same rules as the server's response clock (workingHours.ts).
 */
import {
  beijingParts,
  daysBetween,
  dueTime,
  exampleStart,
  warningTime,
  type Policy,
} from './workingHours.js';

type T = (key: string, values?: Record<string, unknown>) => string;

export interface Example {
  start: string;
  due: string;
  /** When the warning goes out, or null without one. */
  warn: string | null;
}

function weekday(t: T, iso: number): string {
  return t(`inbox.weekdays.${iso - 1}`);
}

/** "次日 10:30", "下周一 10:30"…: the deadline told relative to the message. */
function relative(t: T, from: number, to: number): string {
  const p = beijingParts(to);
  const n = daysBetween(from, to);
  const fromDay = beijingParts(from).weekday;
  if (n === 0) return t('inbox.settings.sameDay', { time: p.hhmm });
  if (n === 1) return t('inbox.settings.nextDay', { time: p.hhmm });
  if (fromDay + n <= 7) return t('inbox.settings.thisWeek', { day: weekday(t, p.weekday), time: p.hhmm });
  if (fromDay + n <= 14) return t('inbox.settings.nextWeek', { day: weekday(t, p.weekday), time: p.hhmm });
  return t('inbox.settings.later', { n, day: weekday(t, p.weekday), time: p.hhmm });
}

export function describeExample(p: Policy, t: T): Example | null {
  const start = exampleStart(p);
  if (start === null) return null;
  const due = dueTime(start, p);
  const s = beijingParts(start);
  return {
    start: t('inbox.settings.startAt', { day: weekday(t, s.weekday), time: s.hhmm }),
    due: relative(t, start, due),
    warn: p.warnBeforeMinutes > 0 ? relative(t, start, warningTime(start, due, p)) : null,
  };
}
