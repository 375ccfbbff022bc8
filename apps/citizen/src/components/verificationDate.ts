/** A day in Beijing time (UTC+8), YYYY-MM-DD: validity dates read the same for everyone. */
export function beijingDate(ms: number | null | undefined): string {
  return ms ? new Date(ms + 8 * 3600_000).toISOString().slice(0, 10) : '—';
}
