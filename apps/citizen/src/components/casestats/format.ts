/** Number formats of the statistics page (the XLSX uses the same: %, hours with one decimal). */
import { HOUR_MS } from '../../caseStatsApi';

export const pct = (rate: number | null): string | null =>
  rate === null ? null : `${(rate * 100).toFixed(1)}%`;
export const hours = (ms: number | null): string | null => (ms === null ? null : (ms / HOUR_MS).toFixed(1));
export const score = (avg: number | null): string | null => (avg === null ? null : avg.toFixed(2));
/** '2026-11' → '11月' / 'Nov' on the chart axis; the tooltip and the table show it in full. */
export function shortMonth(month: string, lang: 'zh' | 'en'): string {
  const m = Number(month.slice(5));
  return lang === 'zh'
    ? `${m}月`
    : new Date(Date.UTC(2000, m - 1, 1)).toLocaleString('en', { month: 'short' });
}
