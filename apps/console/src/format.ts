/** Dates as Chinese offices write them: 2024-05-01 14:30, in the browser's time zone. */
export function formatTime(ms: number | null | undefined): string {
  if (!ms) return '—';
  const d = new Date(ms);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
}

export function formatCount(n: number | null | undefined, lang: string): string {
  return n === null || n === undefined ? '—' : n.toLocaleString(lang === 'en' ? 'en-US' : 'zh-CN');
}
