/**
 * The messaging settings page computes its example sentence in the browser; these tests pin
 * that computation to the server's response clock (src/modules/responseclock/policy.ts), so
 * the page can never promise a deadline the server would not set.
 */
import { describe, expect, it } from 'vitest';
import {
  dueTime as serverDue,
  warningTime as serverWarning,
} from '../../src/modules/responseclock/policy.js';
import { dueTime, warningTime, type Policy } from '../../apps/console/src/components/inbox/workingHours.js';
import { describeExample } from '../../apps/console/src/components/inbox/settingsExample.js';
import zh from '../../apps/console/src/i18n/inbox.zh-CN.js';
import en from '../../apps/console/src/i18n/inbox.en.js';

/** A tiny stand-in for vue-i18n's t(): dotted keys into the messages, {name} placeholders. */
function translator(messages: unknown) {
  return (key: string, values: Record<string, unknown> = {}) => {
    const path = key.replace(/^inbox\./, '').split('.');
    let v: unknown = messages;
    for (const p of path) v = (v as Record<string, unknown>)[p];
    return String(v).replace(/\{(\w+)\}/g, (_, k: string) => String(values[k]));
  };
}

function random(seed: number) {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
}

const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

describe('settings example agrees with the server clock', () => {
  it('gives the same deadline and warning time as the server for many random policies and start times', () => {
    const rnd = random(42);
    for (let i = 0; i < 2000; i++) {
      const open = Math.floor(rnd() * 20) * 60 + Math.floor(rnd() * 4) * 15;
      const close = Math.min(23 * 60 + 59, open + 15 + Math.floor(rnd() * 10 * 60));
      const days = [1, 2, 3, 4, 5, 6, 7].filter(() => rnd() < 0.6);
      const target = 5 + Math.floor(rnd() * 6000);
      const policy: Policy = {
        firstResponseMinutes: target,
        workingHoursOnly: rnd() < 0.8,
        workingHours: { days: days.length ? days : [3], start: hhmm(open), end: hhmm(close) },
        warnBeforeMinutes: Math.min(target - 1, Math.floor(rnd() * 1440)),
      };
      const start = Date.UTC(2026, 0, 1) + Math.floor(rnd() * 60 * 86_400_000);
      const due = dueTime(start, policy);
      expect(due, JSON.stringify({ policy, start })).toBe(serverDue(start, policy));
      expect(warningTime(start, due, policy), JSON.stringify({ policy, start })).toBe(
        serverWarning(start, due, policy),
      );
    }
  });

  it('says a Friday-afternoon message is answered on Monday morning under office hours', () => {
    const policy: Policy = {
      firstResponseMinutes: 120,
      workingHoursOnly: true,
      workingHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30' },
      warnBeforeMinutes: 30,
    };
    expect(describeExample(policy, translator(zh))).toEqual({
      start: '周五 16:00',
      due: '下周一 09:30',
      warn: '下周一 09:00',
    });
    expect(describeExample(policy, translator(en))?.due).toBe('next Monday 09:30');
  });

  it('counts round the clock when working hours only is off', () => {
    const policy: Policy = {
      firstResponseMinutes: 1440,
      workingHoursOnly: false,
      workingHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30' },
      warnBeforeMinutes: 120,
    };
    expect(describeExample(policy, translator(zh))).toEqual({
      start: '周五 16:00',
      due: '次日 16:00',
      warn: '次日 14:00',
    });
  });
});
