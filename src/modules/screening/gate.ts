/**
 * The screening gate other modules call before content moves on (submission for review,
 * release) and the editor's live check: every hit (block and warn) in an article's title,
 * summary and body text. `assertNoBlockedWords` throws CONTENT_BLOCKED with `details.hits`
 * when any hit is "block" and otherwise returns the warnings.
 *
 * Inside a transaction, pass the transaction's Database (`{k: trx, dialect}`): on SQLite a
 * read through the pool would wait for the transaction that is waiting for it.
 */
import type { Database } from '../../db/database.js';
import { AppError } from '../../infra/errors.js';
import { htmlToText, sanitizeArticleHtml } from '../publishing/sanitize.js';
import { dictionaryFor } from './engine.js';
import { scanText, type TextHit } from './matcher.js';
import { SCREENING_LIMITS } from './policy.js';

export interface ScreeningHit {
  /** The dictionary word that matched (normalised form). */
  word: string;
  level: 'block' | 'warn';
  /** Where it was found. */
  field: 'title' | 'summary' | 'body';
  /** The original text that matched, as the editor shows it (for highlighting). */
  text: string;
  /** Character offset of `text` in the field's plain text. */
  index: number;
}

export interface ScreenableContent {
  title: string;
  summary: string;
  bodyHtml: string;
}

/** The body as screened: the sanitised HTML's text, which is what readers get. */
export function bodyText(bodyHtml: string): string {
  return bodyHtml ? htmlToText(sanitizeArticleHtml(bodyHtml)) : '';
}

/**
 * Drops a hit lying inside another one at least as strict ("赌博" inside a "网络赌博" that
 * blocks too, a warning inside a block): the editor shows the longer word once. A block hit
 * inside a mere warning stays. Answers in text order.
 */
export function outermost(hits: readonly TextHit[]): TextHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: TextHit[] = [];
  let blockEnd = -1;
  let anyEnd = -1;
  for (const h of sorted) {
    if (h.end <= (h.level === 'block' ? blockEnd : anyEnd)) continue;
    kept.push(h);
    anyEnd = Math.max(anyEnd, h.end);
    if (h.level === 'block') blockEnd = Math.max(blockEnd, h.end);
  }
  return kept;
}

/**
 * Every hit, field by field in text order, at most SCREENING_LIMITS.hitsPerCheck of them
 * (block hits are kept first when the cap cuts).
 */
export async function screenContent(
  database: Database,
  accountId: number,
  content: ScreenableContent,
): Promise<ScreeningHit[]> {
  const dict = await dictionaryFor(database, accountId);
  if (!dict.parts.length) return [];
  const hits: ScreeningHit[] = [];
  const fields: Array<[ScreeningHit['field'], string]> = [
    ['title', content.title ?? ''],
    ['summary', content.summary ?? ''],
    ['body', bodyText(content.bodyHtml ?? '')],
  ];
  for (const [field, text] of fields)
    for (const h of outermost(scanText(dict, text)))
      hits.push({ word: h.word, level: h.level, field, text: text.slice(h.start, h.end), index: h.start });
  if (hits.length <= SCREENING_LIMITS.hitsPerCheck) return hits;
  const blocks = hits.filter((h) => h.level === 'block');
  const warns = hits.filter((h) => h.level === 'warn');
  return [...blocks, ...warns].slice(0, SCREENING_LIMITS.hitsPerCheck);
}

export async function assertNoBlockedWords(
  database: Database,
  accountId: number,
  content: ScreenableContent,
): Promise<ScreeningHit[]> {
  const hits = await screenContent(database, accountId, content);
  const blocked = hits.filter((h) => h.level === 'block');
  if (blocked.length) throw new AppError('CONTENT_BLOCKED', { details: { hits } });
  return hits;
}
