/**
 * Comparing things with signed content: the live content (field by field) and a citizen's
 * copy (a pasted text, sentence by sentence). Pure functions; verify.ts decides the status.
 */
import type { Canonical } from './canonical.js';

export interface FieldDifference {
  field: string;
  signed: string;
  current: string;
}

function show(v: Canonical | undefined): string {
  if (v === undefined) return '';
  return typeof v === 'string' ? v : JSON.stringify(v);
}

/** The fields whose values differ between what was signed and what is served now. */
export function diffContent(
  signed: Record<string, Canonical>,
  current: Record<string, Canonical>,
): FieldDifference[] {
  const out: FieldDifference[] = [];
  const fields = [...new Set([...Object.keys(signed), ...Object.keys(current)])].sort();
  for (const field of fields) {
    const a = show(signed[field]);
    const b = show(current[field]);
    if (a !== b) out.push({ field, ...excerpt(a, b) });
  }
  return out;
}

/** The neighbourhood of the first difference of two long strings, so a reader sees where. */
function excerpt(a: string, b: string): { signed: string; current: string } {
  if (a.length <= 160 && b.length <= 160) return { signed: a, current: b };
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const from = Math.max(0, start - 40);
  const cut = (s: string, end: number) =>
    `${from > 0 ? '…' : ''}${s.slice(from, Math.min(s.length, end + 40))}${end + 40 < s.length ? '…' : ''}`;
  return { signed: cut(a, endA), current: cut(b, endB) };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Visible text of sanitised HTML, block elements on their own lines. */
export function htmlToText(html: string): string {
  return html
    .replace(/<(br|\/p|\/h[1-6]|\/li|\/blockquote|\/tr|\/figcaption|\/div)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
      if (e[0] === '#')
        return String.fromCodePoint(
          e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)),
        );
      return ENTITIES[e.toLowerCase()] ?? m;
    });
}

/** Width- and space-insensitive form: a copy through WeChat or a word processor still matches. */
function fold(s: string): string {
  return s.normalize('NFKC').replace(/\s+/g, '');
}

/** Sentences and lines of a text: what a copy is checked by. */
export function segments(text: string): string[] {
  return text
    .split(/\n|(?<=[。！？!?；;])/)
    .map((s) => s.trim())
    .filter((s) => fold(s).length > 0);
}

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < s.length; i++) out.add(s.slice(i, i + 2));
  return out;
}

function similarity(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return a === b ? 1 : 0;
  let both = 0;
  for (const g of x) if (y.has(g)) both++;
  return (2 * both) / (x.size + y.size);
}

export interface CopyDifference {
  /** A sentence of the copy that the signed content does not contain. */
  copy: string;
  /** The signed sentence closest to it, when one is similar (the likely original). */
  original: string | null;
}

/**
 * Checks a pasted copy against the signed text: every sentence of the copy must occur in the
 * signed text (a copy may be partial). Lines that are only page furniture (the publisher's
 * name, labels) are passed over via `ignore`.
 */
export function compareCopy(
  signedText: string,
  copy: string,
  ignore: readonly string[] = [],
): CopyDifference[] {
  const whole = fold(signedText);
  const originals = segments(signedText);
  const skip = new Set(ignore.map(fold));
  const out: CopyDifference[] = [];
  for (const s of segments(copy)) {
    const f = fold(s);
    if (skip.has(f) || whole.includes(f)) continue;
    let best: string | null = null;
    let score = 0.3;
    for (const o of originals) {
      const sc = similarity(f, fold(o));
      if (sc > score) {
        score = sc;
        best = o;
      }
    }
    out.push({ copy: s, original: best });
  }
  return out;
}
