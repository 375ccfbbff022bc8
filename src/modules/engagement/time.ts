/** Beijing time (UTC+8, no daylight saving) for read de-duplication and read-by-hour. */
const OFFSET_MS = 8 * 3600_000;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 in Beijing: a citizen's reads of one article count once per such day. */
export function beijingDay(at: number): number {
  return Math.floor((at + OFFSET_MS) / DAY_MS);
}

/** Hour of the Beijing day, 0–23. */
export function beijingHour(at: number): number {
  return Math.floor(((at + OFFSET_MS) % DAY_MS) / 3600_000);
}
