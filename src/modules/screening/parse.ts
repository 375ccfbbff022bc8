/**
 * Reading and writing word lists as plain text and CSV. An import is checked line by line
 * before anything is written; every bad line is reported with its line number.
 *
 * Text: one word per line, optionally followed by a tab and `block` or `warn` (also 禁止 /
 * 提醒); empty lines and lines starting with `#` are skipped. CSV (RFC 4180 quoting):
 * word,level,note; a first row naming the columns is skipped.
 */
import type { ScreeningLevel } from '../../db/tables/screening.js';
import { AppError } from '../../infra/errors.js';
import { normalize } from './normalize.js';
import { SCREENING_LIMITS } from './policy.js';

export interface ParsedWord {
  line: number;
  word: string;
  normalized: string;
  level: ScreeningLevel;
  note: string;
}

export type LineProblem = 'empty' | 'too_long' | 'bad_level' | 'bad_csv' | 'too_many_fields';

export interface LineError {
  line: number;
  reason: LineProblem;
  /** The line as given (cut at 100 characters). */
  text: string;
}

const LEVELS: Record<string, ScreeningLevel> = {
  block: 'block',
  warn: 'warn',
  禁止: 'block',
  屏蔽: 'block',
  禁用: 'block',
  提醒: 'warn',
  警告: 'warn',
};

/** A word as typed, checked: what is stored (word, normalized) or why it is refused. */
export function checkWord(raw: string): { word: string; normalized: string } | LineProblem {
  // Inner tabs and line breaks would break the text export's one-word-per-line form.
  const word = raw.trim().replace(/\s+/g, ' ');
  if ([...word].length > SCREENING_LIMITS.wordLength) return 'too_long';
  const normalized = normalize(word);
  if (!normalized) return 'empty';
  return { word, normalized };
}

/** Splits one CSV record; null when a quote is left open. */
function csvFields(line: string): string[] | null {
  const out: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (line[i] === '"') {
      i++;
      for (;;) {
        const q = line.indexOf('"', i);
        if (q < 0) return null;
        field += line.slice(i, q);
        if (line[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      if (i < line.length && line[i] !== ',') return null;
    } else {
      const c = line.indexOf(',', i);
      field = c < 0 ? line.slice(i) : line.slice(i, c);
      i = c < 0 ? line.length : c;
    }
    out.push(field);
    if (i >= line.length) return out;
    i++; // the comma
  }
}

/**
 * Splits CSV content into records with their first line numbers; a quoted field may span
 * lines.
 */
function csvRecords(content: string): Array<{ line: number; text: string }> {
  const lines = content.split(/\r?\n/);
  const records: Array<{ line: number; text: string }> = [];
  for (let i = 0; i < lines.length; i++) {
    let text = lines[i]!;
    const line = i + 1;
    // An odd number of quotes: the record goes on on the next line.
    while ((text.match(/"/g)?.length ?? 0) % 2 === 1 && i + 1 < lines.length) text += `\n${lines[++i]}`;
    records.push({ line, text });
  }
  return records;
}

function levelOf(raw: string | undefined, fallback: ScreeningLevel): ScreeningLevel | null {
  const v = raw?.trim().toLowerCase() ?? '';
  if (!v) return fallback;
  return LEVELS[v] ?? null;
}

/**
 * Parses an import. Throws SCREENING_IMPORT_INVALID listing the bad lines when there is one;
 * otherwise answers the words, one per folded form (a later line wins over an earlier one).
 */
export function parseImport(
  format: 'text' | 'csv',
  content: string,
  defaultLevel: ScreeningLevel,
): ParsedWord[] {
  const errors: LineError[] = [];
  const words = new Map<string, ParsedWord>();
  const records =
    format === 'csv'
      ? csvRecords(content.replace(/^\ufeff/, ''))
      : content
          .replace(/^\ufeff/, '')
          .split(/\r?\n/)
          .map((text, i) => ({ line: i + 1, text }));
  if (records.length > SCREENING_LIMITS.importLines) throw new AppError('SCREENING_TOO_MANY_WORDS');
  const bad = (line: number, reason: LineProblem, text: string) =>
    errors.push({ line, reason, text: text.slice(0, 100) });

  for (const { line, text } of records) {
    if (!text.trim() || (format === 'text' && text.trimStart().startsWith('#'))) continue;
    let rawWord: string;
    let rawLevel: string | undefined;
    let note = '';
    if (format === 'text') {
      const parts = text.split('\t');
      if (parts.length > 2) {
        bad(line, 'too_many_fields', text);
        continue;
      }
      [rawWord, rawLevel] = [parts[0]!, parts[1]];
    } else {
      const fields = csvFields(text);
      if (!fields) {
        bad(line, 'bad_csv', text);
        continue;
      }
      if (fields.length > 3) {
        bad(line, 'too_many_fields', text);
        continue;
      }
      // A header row: the first record naming the columns.
      if (line === records[0]!.line && /^(word|词|敏感词|词语)$/i.test(fields[0]!.trim())) continue;
      [rawWord, rawLevel, note] = [fields[0]!, fields[1], (fields[2] ?? '').trim()];
    }
    const level = levelOf(rawLevel, defaultLevel);
    if (!level) {
      bad(line, 'bad_level', text);
      continue;
    }
    const checked = checkWord(rawWord);
    if (typeof checked === 'string') {
      bad(line, checked, text);
      continue;
    }
    if ([...note].length > SCREENING_LIMITS.noteLength) {
      bad(line, 'too_long', text);
      continue;
    }
    words.delete(checked.normalized); // keep the later line's position
    words.set(checked.normalized, { line, ...checked, level, note });
  }
  if (errors.length)
    throw new AppError('SCREENING_IMPORT_INVALID', {
      field: 'content',
      details: { errors: errors.slice(0, SCREENING_LIMITS.importErrorsShown), errorCount: errors.length },
    });
  return [...words.values()];
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A list as text (word<TAB>level per line) or CSV (with a header row). */
export function formatExport(
  format: 'text' | 'csv',
  words: ReadonlyArray<{ word: string; level: ScreeningLevel; note: string }>,
): string {
  if (format === 'text') return words.map((w) => `${w.word}\t${w.level}\n`).join('');
  return [
    'word,level,note\n',
    ...words.map((w) => `${csvField(w.word)},${w.level},${csvField(w.note)}\n`),
  ].join('');
}
