/**
 * The push quota: how many pushes an account may send per Beijing calendar day (WeChat's
 * subscription accounts get one). A platform admin sets it per account; no row = the default.
 */
export const DEFAULT_PUSHES_PER_DAY = 1;
export const MAX_PUSHES_PER_DAY = 1000;

const BEIJING_OFFSET_MS = 8 * 3600 * 1000;

/** `YYYY-MM-DD` of the instant in Beijing time (UTC+8, no daylight saving). */
export function beijingDay(at: number): string {
  return new Date(at + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** Start of the next Beijing day after `at` (when the quota frees again). */
export function nextBeijingMidnight(at: number): number {
  const day = 86_400_000;
  return Math.floor((at + BEIJING_OFFSET_MS) / day) * day + day - BEIJING_OFFSET_MS;
}

export interface QuotaView {
  day: string;
  perDay: number;
  used: number;
  remaining: number;
  /** When the quota counts from zero again (next Beijing midnight). */
  resetsAt: number;
}
