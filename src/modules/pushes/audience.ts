/**
 * Who a push goes to. Stored as JSON on the push and copied onto each of its publications
 * (`publications.audience`, null = every follower), and matched when a follower reads: the
 * feed filters, the write stays one row per article whatever the follower count.
 */
import { AppError } from '../../infra/errors.js';

export type Audience =
  { kind: 'all' } | { kind: 'tags'; tagIds: number[] } | { kind: 'region'; region: string };

/** What a reader brings to the match: their tags on the account and their home region. */
export interface ReaderTraits {
  tagIds: ReadonlySet<number>;
  regionCode: string | null;
}

/** A GB/T 2260 prefix: the province (2 digits), prefecture (4) or county (6). */
const REGION_PREFIX = /^\d{2}(\d{2}){0,2}$/;

/** `4115` / `411500` / `410000` all name regions; keep the shortest meaningful prefix. */
export function regionPrefix(code: string): string {
  if (/^\d{2}0000$/.test(code)) return code.slice(0, 2);
  if (/^\d{4}00$/.test(code)) return code.slice(0, 4);
  return code;
}

export function normaliseAudience(input: Audience): Audience {
  if (input.kind === 'all') return { kind: 'all' };
  if (input.kind === 'tags') {
    const tagIds = [...new Set(input.tagIds)].sort((a, b) => a - b);
    if (tagIds.length === 0 || tagIds.length > 20 || tagIds.some((t) => !Number.isSafeInteger(t) || t <= 0))
      throw new AppError('PUSH_AUDIENCE_INVALID', { field: 'audience.tagIds' });
    return { kind: 'tags', tagIds };
  }
  if (!REGION_PREFIX.test(input.region))
    throw new AppError('PUSH_AUDIENCE_INVALID', { field: 'audience.region' });
  return { kind: 'region', region: regionPrefix(input.region) };
}

/** The column value: null for everyone (so old rows and untargeted ones look alike). */
export function audienceColumn(a: Audience): string | null {
  if (a.kind === 'tags') return JSON.stringify({ tags: a.tagIds });
  if (a.kind === 'region') return JSON.stringify({ region: a.region });
  return null;
}

export function parseAudience(column: string | null): Audience {
  if (column === null) return { kind: 'all' };
  try {
    const v = JSON.parse(column) as { tags?: unknown; region?: unknown };
    if (Array.isArray(v.tags))
      return { kind: 'tags', tagIds: v.tags.filter((t): t is number => typeof t === 'number') };
    if (typeof v.region === 'string') return { kind: 'region', region: v.region };
  } catch {
    // fall through: an unreadable audience reaches nobody rather than everybody
  }
  return { kind: 'tags', tagIds: [] };
}

/** Does this reader see a publication with this audience column? Parsed values are cached. */
export function audienceMatches(column: string | null, reader: ReaderTraits | null): boolean {
  if (column === null) return true;
  if (!reader) return false;
  const a = cachedParse(column);
  if (a.kind === 'all') return true;
  if (a.kind === 'region') return reader.regionCode !== null && reader.regionCode.startsWith(a.region);
  return a.tagIds.some((t) => reader.tagIds.has(t));
}

const parsed = new Map<string, Audience>();
function cachedParse(column: string): Audience {
  let a = parsed.get(column);
  if (!a) {
    if (parsed.size > 10_000) parsed.clear();
    a = parseAudience(column);
    parsed.set(column, a);
  }
  return a;
}
