/**
 * The official working calendar as working-time deadlines use it, cached per process. Each
 * load reads the calendar's stamp (one aggregate query over a small table) and rebuilds only
 * when it changed, so a year saved through any process is used by every process on its next
 * deadline.
 */
import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.js';
import { toWorkCalendar, type WorkCalendar } from '../responseclock/calendar.js';
import { calendarDays, calendarStamp } from './repository.js';

/** Calendars by stamp; a few, since tests run several databases in one process. */
const cache = new Map<string, Promise<WorkCalendar>>();
const MAX_CACHED = 8;

/** `k` may be a transaction: the calendar is then read as that transaction sees it. */
export async function loadWorkCalendar(k: Kysely<Schema>): Promise<WorkCalendar> {
  const stamp = await calendarStamp(k);
  const hit = cache.get(stamp);
  if (hit) return hit;
  const built = calendarDays(k).then((days) => toWorkCalendar(days));
  cache.set(stamp, built);
  // A failed read must not stay cached.
  built.catch(() => cache.get(stamp) === built && cache.delete(stamp));
  while (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value!);
  return built;
}
