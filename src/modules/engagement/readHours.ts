/**
 * When to push: the account's reads by hour of the Beijing day, and 1–3 suggested hours.
 *
 * With enough reads (MIN_READS) the suggestions are the busiest hours, best first, skipping an
 * hour next to one already chosen (20:00 and 21:00 are one evening peak, and a second slot in
 * it tells an editor nothing new), and keeping only hours with at least half the peak's reads.
 * With fewer reads an account's own pattern is noise, so the suggestion falls back to the
 * times Chinese readers commonly open official accounts: the morning commute (08:00), the
 * lunch break (12:00) and the evening (20:00).
 */
export const MIN_READS = 50;
export const DEFAULT_HOURS = [8, 12, 20] as const;

export interface ReadHours {
  counts: number[];
  total: number;
  suggested: number[];
  basis: 'reads' | 'default';
}

export function suggestHours(rows: Array<{ hour: number; count: number }>): ReadHours {
  const counts = Array<number>(24).fill(0);
  for (const r of rows)
    if (r.hour >= 0 && r.hour < 24) counts[r.hour] = (counts[r.hour] ?? 0) + Number(r.count);
  const total = counts.reduce((a, b) => a + b, 0);
  if (total < MIN_READS) return { counts, total, suggested: [...DEFAULT_HOURS], basis: 'default' };
  const byReads = counts
    .map((count, hour) => ({ hour, count }))
    .sort((a, b) => b.count - a.count || a.hour - b.hour);
  const peak = byReads[0]!.count;
  const chosen: number[] = [];
  for (const h of byReads) {
    if (chosen.length === 3 || h.count * 2 < peak) break;
    const near = chosen.some((c) => Math.min((c - h.hour + 24) % 24, (h.hour - c + 24) % 24) <= 1);
    if (!near) chosen.push(h.hour);
  }
  return { counts, total, suggested: chosen, basis: 'reads' };
}
