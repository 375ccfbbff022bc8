/**
 * Chinese-aware folding: the one normal form keywords (at save time) and messages (at match
 * time) are brought to, so "１" matches "1", "ＡＢＣ" matches "abc" and "查 成绩" matches
 * "查成绩".
 *
 * Per code point: NFKC (full-width → half-width, compatibility forms such as "①" → "1" and
 * "㈠" → "(一)"), then lower case, then whitespace and invisible format characters (zero-width
 * spaces, BOM) are dropped. Folding each code point on its own, rather than the whole string,
 * lets the try-it box map a match in the folded text back to the characters the user typed;
 * the only difference from whole-string NFKC is that a letter followed by a separate
 * combining accent is not composed, which messages typed on phones do not contain.
 */

/** The matcher reads at most this many UTF-16 units of a message; the rest is ignored. */
export const MATCH_INPUT_MAX = 2000;
/** Regular expressions see at most this many folded characters (bounds every regex run). */
export const REGEX_INPUT_MAX = 500;

const DROP = /[\s\p{Cf}]/gu;
const foldedChars = new Map<string, string>();

/** The folded form of one code point that is neither ASCII nor a common CJK ideograph. */
function foldRare(ch: string): string {
  let f = foldedChars.get(ch);
  if (f === undefined) {
    f = ch.normalize('NFKC').toLowerCase().replace(DROP, '');
    // A bounded memo: messages repeat the same few hundred punctuation marks and letters.
    if (foldedChars.size > 20_000) foldedChars.clear();
    foldedChars.set(ch, f);
  }
  return f;
}

/**
 * Folds `text` (its first MATCH_INPUT_MAX units). With `offsets`, also records for every
 * folded UTF-16 unit where its source code point starts and ends in `text`.
 */
function foldInto(text: string, offsets?: { starts: number[]; ends: number[] }): string {
  const s = text.length > MATCH_INPUT_MAX ? text.slice(0, MATCH_INPUT_MAX) : text;
  let out = '';
  for (let i = 0; i < s.length;) {
    const cp = s.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    let piece: string;
    if (cp < 0x80) {
      if (cp === 32 || (cp >= 9 && cp <= 13)) piece = '';
      else if (cp >= 65 && cp <= 90) piece = String.fromCharCode(cp + 32);
      else piece = s[i]!;
    } else if (cp >= 0x4e00 && cp <= 0x9fff) {
      // CJK Unified Ideographs: NFKC leaves them alone and they have no case.
      piece = s[i]!;
    } else {
      piece = foldRare(s.slice(i, i + width));
    }
    if (offsets)
      for (let j = 0; j < piece.length; j++) {
        offsets.starts.push(i);
        offsets.ends.push(i + width);
      }
    out += piece;
    i += width;
  }
  return out;
}

/** The folded form of a message or keyword. */
export function foldText(text: string): string {
  return foldInto(text);
}

export interface FoldedWithOffsets {
  folded: string;
  /** Maps a [start, end) range of `folded` back to the range of the original text it came from. */
  toOriginal(range: readonly [number, number]): [number, number];
}

/** Folds and remembers where each folded character came from (the try-it box highlights it). */
export function foldWithOffsets(text: string): FoldedWithOffsets {
  const offsets = { starts: [] as number[], ends: [] as number[] };
  const folded = foldInto(text, offsets);
  return {
    folded,
    toOriginal([start, end]) {
      if (end <= start || start >= folded.length) return [0, 0];
      return [offsets.starts[start]!, offsets.ends[Math.min(end, folded.length) - 1]!];
    },
  };
}

const SYNTAX_OUTSIDE_CLASS = new Set('^$\\.*+?()[]{}|/');
const SYNTAX_IN_CLASS = new Set('^$\\.*+?()[]{}|/-');

/**
 * Folds a regular expression's source so it reads folded text without the `i` flag (which
 * makes V8 compile a pattern some 30 times slower): literals get the same NFKC and lower
 * casing as messages (a full-width "１" in the pattern matches the "1" a message folds to,
 * "ABC" matches "abc"), and whitespace outside escapes is dropped (folded messages contain
 * none). What must keep its case does: escapes (`\D` is not `\d`), property names
 * (`\p{Script=Han}`), group names. A character that NFKC turns into regex syntax, e.g. a
 * full-width "（", is escaped so it stays a literal.
 */
export function foldPattern(source: string): string {
  let out = '';
  let inClass = false;
  /** Copies `source` verbatim up to and including `close` (or to the end). */
  const copyThrough = (from: number, close: string): number => {
    const end = source.indexOf(close, from);
    const stop = end < 0 ? source.length : end + 1;
    out += source.slice(from, stop);
    return stop;
  };
  for (let i = 0; i < source.length;) {
    const cp = source.codePointAt(i)!;
    const width = cp > 0xffff ? 2 : 1;
    const ch = source.slice(i, i + width);
    if (ch === '\\') {
      const nextCp = source.codePointAt(i + 1);
      if (nextCp === undefined) {
        out += ch;
        i += 1;
        continue;
      }
      const next = String.fromCodePoint(nextCp);
      if (nextCp >= 0x80) {
        // An escaped non-ASCII character is a literal; `u` mode refuses the backslash.
        out += escapeLiteral(foldRare(next), inClass);
        i += 1 + next.length;
      } else if ('pPu'.includes(next) && source[i + 2] === '{') i = copyThrough(i, '}');
      else if (next === 'k' && source[i + 2] === '<') i = copyThrough(i, '>');
      else {
        // `\xHH`, `\uHHHH` and `\cX` carry their operands; every other escape is two characters.
        const length = next === 'x' ? 4 : next === 'u' ? 6 : next === 'c' ? 3 : 2;
        out += source.slice(i, i + length);
        i += length;
      }
      continue;
    }
    i += width;
    if (cp < 0x80) {
      if (cp === 32 || (cp >= 9 && cp <= 13)) continue;
      if (ch === '[' && !inClass) inClass = true;
      else if (ch === ']' && inClass) inClass = false;
      else if (ch === '(' && !inClass && source.startsWith('?<', i) && !'=!'.includes(source[i + 2] ?? '')) {
        out += ch;
        i = copyThrough(i, '>');
        continue;
      }
      out += cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : ch;
      continue;
    }
    out += escapeLiteral(cp >= 0x4e00 && cp <= 0x9fff ? ch : foldRare(ch), inClass);
  }
  return out;
}

function escapeLiteral(folded: string, inClass: boolean): string {
  const syntax = inClass ? SYNTAX_IN_CLASS : SYNTAX_OUTSIDE_CLASS;
  let out = '';
  for (const c of folded) out += syntax.has(c) ? `\\${c}` : c;
  return out;
}
