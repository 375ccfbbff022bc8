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
  /**
   * Writes a literal character as folded, `at` just past it; answers where to go on. Outside
   * a class, a character that folds away takes its quantifier with it (`你好　?吗` must not
   * become `你好?吗`), and one that folds to several (㎏ → kg) is grouped so the quantifier
   * still applies to all of it.
   */
  const literal = (folded: string, at: number): number => {
    const q = inClass ? null : /^(?:[*+?]|\{\d+(?:,\d*)?\})\??/.exec(source.slice(at, at + 24));
    if (q && [...folded].length !== 1) {
      if (folded) out += `(?:${escapeLiteral(folded, false)})${q[0]}`;
      return at + q[0].length;
    }
    out += escapeLiteral(folded, inClass);
    return at;
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
      const code = codeEscapeAt(source, i);
      if (nextCp >= 0x80) {
        // An escaped non-ASCII character is a literal; `u` mode refuses the backslash.
        i = literal(foldRare(next), i + 1 + next.length);
      } else if (code) {
        // `\x41`, `\u4e2d`, `\u{20000}` name a character: folded like the character itself,
        // so `\u0041` matches what a message folds "A" to, and `\uFF11` what "１" folds to.
        i = literal(foldChar(code.char), code.end);
      } else if ('pPu'.includes(next) && source[i + 2] === '{') i = copyThrough(i, '}');
      else if (next === 'k' && source[i + 2] === '<') i = copyThrough(i, '>');
      else {
        // `\cX` carries its operand; every other escape is two characters.
        const length = next === 'c' ? 3 : 2;
        out += source.slice(i, i + length);
        i += length;
      }
      continue;
    }
    i += width;
    if (cp < 0x80) {
      if (cp === 32 || (cp >= 9 && cp <= 13)) {
        i = literal('', i);
        continue;
      }
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
    i = literal(cp >= 0x4e00 && cp <= 0x9fff ? ch : foldRare(ch), i);
  }
  return out;
}

/** A `\xHH`, `\uHHHH` or `\u{H…}` escape at `i`: the character it names and where it ends. */
function codeEscapeAt(source: string, i: number): { char: string; end: number } | null {
  const m = /^\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|u\{([0-9a-fA-F]{1,6})\})/.exec(
    source.slice(i, i + 10),
  );
  if (!m) return null;
  const cp = parseInt(m[1] ?? m[2] ?? m[3]!, 16);
  if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
  return { char: String.fromCodePoint(cp), end: i + m[0].length };
}

/** One character folded as foldText folds it in a message (whitespace folds to nothing). */
function foldChar(ch: string): string {
  const cp = ch.codePointAt(0)!;
  if (cp < 0x80) {
    if (cp === 32 || (cp >= 9 && cp <= 13)) return '';
    return cp >= 65 && cp <= 90 ? String.fromCharCode(cp + 32) : ch;
  }
  return cp >= 0x4e00 && cp <= 0x9fff ? ch : foldRare(ch);
}

function escapeLiteral(folded: string, inClass: boolean): string {
  const syntax = inClass ? SYNTAX_IN_CLASS : SYNTAX_OUTSIDE_CLASS;
  let out = '';
  for (const c of folded) out += syntax.has(c) ? `\\${c}` : c;
  return out;
}
