/** How an audience reads in the console ("全部关注者", "标签：教师、家长", "地区：信阳市"). */
import type { FollowerTag } from '../../../../shared/types';
import type { Audience } from './pushApi';

export function audienceText(
  a: Audience,
  t: (key: string, values?: Record<string, unknown>) => string,
  tags: FollowerTag[] = [],
): string {
  if (a.kind === 'all') return t('push.audienceAll');
  if (a.kind === 'tags') {
    const names = a.tagIds.map((id) => tags.find((x) => x.id === id)?.name ?? `#${id}`);
    return t('push.tagsOf', { names: names.join('、') });
  }
  return t('push.regionOf', { code: a.region });
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
