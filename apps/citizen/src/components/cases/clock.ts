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
