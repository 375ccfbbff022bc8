/** How an audience reads in the console ("全部关注者", "标签：教师、家长", "地区：信阳市"). */
import type { FollowerTag } from '../../../../shared/types';
import { listRegions } from '../../api';
import type { Audience } from './pushApi';

export function audienceText(
  a: Audience,
  t: (key: string, values?: Record<string, unknown>) => string,
  tags: FollowerTag[] = [],
  regionNames: ReadonlyMap<string, string> = new Map(),
): string {
  if (a.kind === 'all') return t('push.audienceAll');
  if (a.kind === 'tags') {
    const names = a.tagIds.map((id) => tags.find((x) => x.id === id)?.name ?? `#${id}`);
    return t('push.tagsOf', { names: names.join('、') });
  }
  return t('push.regionOf', { code: regionNames.get(a.region) ?? a.region });
}

/** "4115" → "411500": the six-digit code a GB/T 2260 prefix names. */
export function regionCode(prefix: string): string {
  return prefix.padEnd(6, '0');
}

/** Names of the regions these prefixes name, one /api/regions call per parent. */
export async function regionNames(prefixes: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const byParent = new Map<string, string[]>();
  for (const p of new Set(prefixes)) {
    const code = regionCode(p);
    const parent = p.length === 2 ? '' : p.length === 4 ? `${p.slice(0, 2)}0000` : `${p.slice(0, 4)}00`;
    byParent.set(parent, [...(byParent.get(parent) ?? []), code]);
  }
  await Promise.all(
    [...byParent].map(async ([parent, codes]) => {
      const { items } = await listRegions(parent || undefined).catch(() => ({ items: [] }));
      for (const r of items) if (codes.includes(r.code)) out.set(r.code.replace(/(00){1,2}$/, ''), r.name);
    }),
  );
  return out;
}

/** The next time (epoch ms) the Beijing clock shows `hour`:00, at least `leadMs` from now. */
export function nextBeijingHour(hour: number, now: number, leadMs: number): number {
  const offset = 8 * 3_600_000;
  const day = 86_400_000;
  const startOfDay = Math.floor((now + offset) / day) * day - offset;
  let at = startOfDay + hour * 3_600_000;
  while (at < now + leadMs) at += day;
  return at;
}
