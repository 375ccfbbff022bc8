/** The countdown's arithmetic, kept out of the component so it is easy to read and test. */

/** Parts of a duration for "1天 03:12:45". */
export function splitDuration(ms: number): { days: number; hms: string } {
  const total = Math.max(0, Math.floor(ms / 1000));
  const days = Math.floor(total / 86_400);
  const h = Math.floor((total % 86_400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return { days, hms: `${pad(h)}:${pad(m)}:${pad(s)}` };
}

/**
 * The server's clock as the page sees it: `serverNow` came with the answer fetched at
 * `fetchedAt` (the device's clock), so a device whose clock is wrong still counts down right.
 */
export function serverOffset(serverNow: number, fetchedAt: number): number {
  return serverNow - fetchedAt;
}

/** A deadline with its date always (a countdown's "15:20" alone would be ambiguous): 12月9日 15:20. */
export function deadlineTime(t: number, locale: 'zh' | 'en'): string {
  return new Date(t).toLocaleString(locale === 'en' ? 'en-GB' : 'zh-CN', {
    month: locale === 'en' ? 'short' : 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
}
