/**
 * The rules every draft obeys, applied by both createDraft and updateDraft (and so by the
 * demo seed and any future importer, not only by the HTTP schema).
 */
import { AppError } from '../../infra/errors.js';
import type { PublishingRepository } from './repository.js';
import { deriveSummary, isEmptyBody, sanitizeArticleHtml, SUMMARY_MAX } from './sanitize.js';
import { TIERS } from './policy.js';

export const TITLE_MAX = 64;
export const AUTHOR_MAX = 32;
export const BODY_MAX = 200_000;

const length = (s: string) => [...s].length;

export function checkTitle(raw: string): string {
  const title = raw.replace(/\s+/g, ' ').trim();
  if (length(title) < 1 || length(title) > TITLE_MAX)
    throw new AppError('VALIDATION_FAILED', { field: 'title' });
  return title;
}

export function checkAuthor(raw: string | undefined): string {
  const author = (raw ?? '').trim();
  if (length(author) > AUTHOR_MAX) throw new AppError('VALIDATION_FAILED', { field: 'author' });
  return author;
}

/** The summary as given, or derived from the body when the editor left it empty. */
export function checkSummary(raw: string | undefined, sanitisedBody: string): string {
  const summary = (raw ?? '').replace(/\s+/g, ' ').trim();
  if (length(summary) > SUMMARY_MAX) throw new AppError('VALIDATION_FAILED', { field: 'summary' });
  return summary || deriveSummary(sanitisedBody);
}

export function checkBody(raw: string): string {
  if (raw.length > BODY_MAX) throw new AppError('VALIDATION_FAILED', { field: 'bodyHtml' });
  const body = sanitizeArticleHtml(raw);
  if (isEmptyBody(body)) throw new AppError('ARTICLE_EMPTY', { field: 'bodyHtml' });
  return body;
}

export function checkTier(raw: number | undefined): number {
  const tier = raw ?? 1;
  if (!(TIERS as readonly number[]).includes(tier))
    throw new AppError('VALIDATION_FAILED', { field: 'tier' });
  return tier;
}

/**
 * A cover must be an image this account uploaded: no borrowing another account's media, and
 * no video, audio or document (the card and the Open Graph tags show it as a picture).
 */
export async function checkCover(
  repo: PublishingRepository,
  accountId: number,
  coverMediaId: number | null | undefined,
): Promise<number | null> {
  if (coverMediaId === undefined || coverMediaId === null) return null;
  const media = await repo.findMedia(accountId, coverMediaId);
  if (!media) throw new AppError('MEDIA_NOT_FOUND', { field: 'coverMediaId' });
  if (media.kind !== 'image') throw new AppError('COVER_NOT_IMAGE', { field: 'coverMediaId' });
  return media.id;
}
