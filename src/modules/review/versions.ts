/**
 * Article versions and what changed between two of them: a character-level diff of the title,
 * summary and body text (Chinese has no spaces between words, so characters are the unit a
 * reader sees), plus the metadata that changed (tier, cover, author).
 */
import { diffChars } from 'diff';
import type { Database } from '../../db/database.js';
import { AppError } from '../../infra/errors.js';
import { htmlToText } from '../publishing/sanitize.js';
import { ReviewRepository, type VersionRow } from './repository.js';

export interface DiffPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}

/** A diff taking longer than this is shown as "all removed, all added" instead. */
const DIFF_TIMEOUT_MS = 1_500;

/** Body text with one line per block (paragraph, heading, list item…), for a readable diff. */
export function bodyLines(sanitised: string): string {
  return sanitised
    .split(/(?<=<\/(?:p|h[1-6]|li|blockquote|figcaption|tr|section|pre)>)|<br\s*\/?>/i)
    .map((chunk) => htmlToText(chunk))
    .filter((line) => line !== '')
    .join('\n');
}

export function textDiff(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ value: before }] : [];
  const parts = diffChars(before, after, { timeout: DIFF_TIMEOUT_MS });
  if (!parts) {
    return [
      ...(before ? [{ value: before, removed: true }] : []),
      ...(after ? [{ value: after, added: true }] : []),
    ];
  }
  return parts.map((p) => ({
    value: p.value,
    ...(p.added ? { added: true } : {}),
    ...(p.removed ? { removed: true } : {}),
  }));
}

export function versionDiff(from: VersionRow, to: VersionRow) {
  const changed: string[] = [];
  for (const f of ['title', 'author', 'summary', 'body_html', 'tier', 'cover_media_id'] as const)
    if (from[f] !== to[f]) changed.push(f === 'body_html' ? 'body' : f === 'cover_media_id' ? 'cover' : f);
  return {
    from: from.version,
    to: to.version,
    changed,
    title: textDiff(from.title, to.title),
    summary: textDiff(from.summary, to.summary),
    body: textDiff(bodyLines(from.body_html), bodyLines(to.body_html)),
    tier: { from: from.tier, to: to.tier },
    author: { from: from.author, to: to.author },
    coverMediaId: { from: from.cover_media_id, to: to.cover_media_id },
  };
}

export async function listVersions(deps: { database: Database }, articleId: number) {
  return ReviewRepository.of(deps.database).listVersions(articleId);
}

export async function diffVersions(
  deps: { database: Database },
  p: { articleId: number; from: number; to: number },
) {
  const repo = ReviewRepository.of(deps.database);
  const [a, b] = await Promise.all([
    repo.findVersion(p.articleId, p.from),
    repo.findVersion(p.articleId, p.to),
  ]);
  if (!a) throw new AppError('VERSION_NOT_FOUND', { field: 'from' });
  if (!b) throw new AppError('VERSION_NOT_FOUND', { field: 'to' });
  return versionDiff(a, b);
}

export async function getVersion(deps: { database: Database }, articleId: number, version: number) {
  const v = await ReviewRepository.of(deps.database).findVersion(articleId, version);
  if (!v) throw new AppError('VERSION_NOT_FOUND');
  return v;
}
