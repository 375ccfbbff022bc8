/** Beijing calendar months (UTC+8 all year, no daylight saving) as instants and 'YYYY-MM' keys. */

export const BEIJING_OFFSET_MS = 8 * 3_600_000;

/** Months since 1970-01 (0 = January 1970) of the Beijing date of an instant. */
export function monthIndexOf(ms: number): number {
  const d = new Date(ms + BEIJING_OFFSET_MS);
  return d.getUTCFullYear() * 12 + d.getUTCMonth() - 1970 * 12;
}

/** The instant a month begins: the 1st at 00:00 Beijing time. */
export function monthStart(index: number): number {
  const y = 1970 + Math.floor(index / 12);
  const m = index - (y - 1970) * 12;
  return Date.UTC(y, m, 1) - BEIJING_OFFSET_MS;
}

export function monthKey(index: number): string {
  const y = 1970 + Math.floor(index / 12);
  const m = index - (y - 1970) * 12 + 1;
  return `${y}-${String(m).padStart(2, '0')}`;
}

/** 'YYYY-MM-DD HH:mm' in Beijing time. */
export function beijingMinute(ms: number): string {
  return new Date(ms + BEIJING_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');
}
