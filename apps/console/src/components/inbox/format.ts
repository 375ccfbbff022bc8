/** How the inbox writes openids, times and places. */

/** "oAbCdE…wXyZ": enough to tell citizens apart in a list without a wall of letters. */
export function shortOpenid(openid: string): string {
  return openid.length <= 12 ? openid : `${openid.slice(0, 6)}…${openid.slice(-4)}`;
}

const p2 = (n: number) => String(n).padStart(2, '0');

/** List times as chat apps show them: 14:30 today, 昨天/Yesterday, 5月3日/5/3, then the full date. */
export function shortTime(ms: number, now: number, lang: 'zh' | 'en'): string {
  const d = new Date(ms);
  const today = new Date(now);
  const startOfToday = new Date(today.getFullYear(), today.getMonth(), today.getDate()).getTime();
  if (ms >= startOfToday) return `${p2(d.getHours())}:${p2(d.getMinutes())}`;
  if (ms >= startOfToday - 86_400_000) return lang === 'zh' ? '昨天' : 'Yesterday';
  if (d.getFullYear() === today.getFullYear())
    return lang === 'zh' ? `${d.getMonth() + 1}月${d.getDate()}日` : `${d.getMonth() + 1}/${d.getDate()}`;
  return `${d.getFullYear()}/${d.getMonth() + 1}/${d.getDate()}`;
}

/** HH:MM, for message bubbles (the day is on the day line above). */
export function clockTime(ms: number): string {
  const d = new Date(ms);
  return `${p2(d.getHours())}:${p2(d.getMinutes())}`;
}

/** A map address for a shared location (AMap works across mainland China without a key). */
export function mapUrl(loc: { lat: number; lng: number; label: string }): string {
  const name = encodeURIComponent(loc.label || `${loc.lat},${loc.lng}`);
  return `https://uri.amap.com/marker?position=${loc.lng},${loc.lat}&name=${name}&coordinate=wgs84&callnative=0`;
}

/** Only web addresses and site paths become links; anything else (javascript:, data:) does not. */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  return /^(https?:\/\/|\/(?!\/))/i.test(url) ? url : undefined;
}
