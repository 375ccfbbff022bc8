/**
 * The screening gate other modules call before content moves on (submission for review,
 * release). CONTRACT (placeholder until the screening module lands): returns every hit
 * (block and warn) found in the title, summary and body text of an article; `assertReleasable`
 * throws CONTENT_BLOCKED with `details.hits` when any hit is "block" and otherwise returns the
 * warnings.
 */
import type { Database } from '../../db/database.js';

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

export async function screenContent(
  _database: Database,
  _accountId: number,
  _content: ScreenableContent,
): Promise<ScreeningHit[]> {
  return [];
}

export async function assertNoBlockedWords(
  database: Database,
  accountId: number,
  content: ScreenableContent,
): Promise<ScreeningHit[]> {
  return screenContent(database, accountId, content);
}
