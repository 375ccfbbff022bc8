/** Time and number formatting in the style WeChat uses in lists and threads. */
import { i18n } from './i18n';

const DAY = 86_400_000;

function startOfDay(t: number): number {
  const d = new Date(t);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

function locale(): string {
  return i18n.global.locale.value === 'en' ? 'en-GB' : 'zh-CN';
}

function hm(t: number): string {
  return new Date(t).toLocaleTimeString(locale(), { hour: '2-digit', minute: '2-digit', hour12: false });
}

/** Short form for list rows: 14:05 · 昨天 · 星期二 · 24/3/8. */
export function shortTime(t: number, now = Date.now()): string {
  const today = startOfDay(now);
  if (t >= today) return hm(t);
  if (t >= today - DAY) return i18n.global.t('time.yesterday');
  if (t >= today - 6 * DAY) return new Date(t).toLocaleDateString(locale(), { weekday: 'long' });
  return new Date(t).toLocaleDateString(locale(), { year: '2-digit', month: 'numeric', day: 'numeric' });
}

/** Long form for thread separators and article headers: 昨天 14:05 · 2024年3月8日 14:05. */
export function longTime(t: number, now = Date.now()): string {
  const today = startOfDay(now);
  if (t >= today) return hm(t);
  if (t >= today - DAY) return `${i18n.global.t('time.yesterday')} ${hm(t)}`;
  const sameYear = new Date(t).getFullYear() === new Date(now).getFullYear();
  const date = new Date(t).toLocaleDateString(locale(), {
    year: sameYear ? undefined : 'numeric',
    month: 'long',
    day: 'numeric',
  });
  return `${date} ${hm(t)}`;
}

/** 12,345 / 1.2万 in Chinese, 12.3k in English. */
export function compactNumber(n: number): string {
  return new Intl.NumberFormat(locale(), { notation: 'compact', maximumFractionDigits: 1 }).format(n);
}
