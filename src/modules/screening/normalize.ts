/**
 * The one normal form dictionary words (at save time) and screened text (at check time) are
 * brought to, so that an impostor's variants still hit:
 *
 * - full-width → half-width and other compatibility forms (NFKC of the single character:
 *   "ＡＢＣ" → "abc", "①" → "1"); a character whose NFKC is several characters stays itself;
 * - case folding (lower case);
 * - traditional → simplified Chinese, character by character, from opencc-js's
 *   TSCharacters table (after its Taiwan and Hong Kong variant tables, so 裡/裏 both fold);
 * - removal of separators put between characters: white space, punctuation, symbols
 *   (emoji included), control, format (zero-width) and combining characters, so "法*轮",
 *   "法 轮", "法.轮" and "法\u200b轮" all read "法轮".
 *
 * Why a table and not opencc-js's converter: its phrase converter walks a trie per
 * position and builds strings, which on 10 MB costs seconds; per-character conversion is
 * all matching needs (a dictionary word and the text are folded alike). Every BMP code
 * unit maps through one Uint16Array built once per process (0 = drop); characters outside
 * the BMP go through a small memo. The pass writes the folded UTF-16 units and, for each,
 * the offset of its source character in the original text, so hits are reported on the
 * original text (the editor highlights what the author typed).
 */
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';

/** Separators an impostor may slip between characters. */
const SEPARATOR = /^[\s\p{P}\p{S}\p{C}\p{M}\p{Z}]+$/u;

/** opencc-js dictionary text: "from to|from to|…" (single characters in these tables). */
function charPairs(dict: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const entry of dict.split('|')) {
    const [from, to] = entry.split(' ');
    if (!from || !to) continue;
    const f = from.codePointAt(0)!;
    const t = to.codePointAt(0)!;
    // Only one-character to one-character entries (all of them in these tables).
    if (String.fromCodePoint(f) === from && String.fromCodePoint(t) === to) out.push([f, t]);
  }
  return out;
}

interface Tables {
  /** BMP code unit → folded code unit; 0 = drop; 0xffff = astral result, see `wide`. */
  bmp: Uint16Array;
  /** Code points (astral source or astral result) → folded code point, -1 = drop. */
  wide: Map<number, number>;
  /** Traditional → simplified, code point → code point. */
  t2s: Map<number, number>;
}

let tables: Tables | null = null;

/** NFKC, lower case and separator removal of one character; null when several remain. */
function foldOne(cp: number, t2s: Map<number, number>): number | null {
  const ch = String.fromCodePoint(cp);
  const k = ch.normalize('NFKC').toLowerCase();
  if (k === '' || SEPARATOR.test(k)) return -1;
  const kcp = k.codePointAt(0)!;
  if (String.fromCodePoint(kcp) !== k) {
    // Several characters (e.g. "㈠" → "(一)"): keep the character, only lower-cased.
    const lower = ch.toLowerCase();
    const lcp = lower.codePointAt(0)!;
    return String.fromCodePoint(lcp) === lower ? (t2s.get(lcp) ?? lcp) : cp;
  }
  return t2s.get(kcp) ?? kcp;
}

function buildTables(): Tables {
  const t2s = new Map<number, number>();
  // Regional variants first (裡 → 裏), then traditional → simplified (裏 → 里).
  const variants = new Map<number, number>();
  for (const [f, t] of [...charPairs(TWVariantsRev), ...charPairs(HKVariantsRev)])
    if (!variants.has(f)) variants.set(f, t);
  const ts = new Map(charPairs(TSCharacters));
  for (const [f, t] of ts) t2s.set(f, t);
  for (const [f, v] of variants) if (!ts.has(f) || ts.get(f) === f) t2s.set(f, ts.get(v) ?? v);

  const bmp = new Uint16Array(0x10000);
  const wide = new Map<number, number>();
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdfff) {
      bmp[c] = c; // surrogates: handled as pairs by the caller; a lone one stays
      continue;
    }
    // CJK Unified Ideographs are their own NFKC, have no case and are never separators.
    const f = c >= 0x4e00 && c <= 0x9fff ? (t2s.get(c) ?? c) : foldOne(c, t2s);
    if (f === null || f === -1) bmp[c] = 0;
    else if (f > 0xffff) {
      bmp[c] = 0xffff;
      wide.set(c, f);
    } else bmp[c] = f;
  }
  return { bmp, wide, t2s };
}

function getTables(): Tables {
  return (tables ??= buildTables());
}

/** Folded code point of an astral character (memoised), -1 when it is a separator. */
function foldWide(t: Tables, cp: number): number {
  let f = t.wide.get(cp);
  if (f === undefined) {
    f = foldOne(cp, t.t2s) ?? cp;
    if (t.wide.size > 50_000) t.wide.clear();
    t.wide.set(cp, f);
  }
  return f;
}

/** A folded text and, for every UTF-16 unit of it, where its source character starts. */
export interface Normalized {
  text: string;
  /** origin[j] = offset in the original text of the character folded unit j came from. */
  origin: Uint32Array;
}

/** Reused scratch buffers: the screening pass allocates nothing per call but the result. */
const SCRATCH_MAX = 1 << 20;
let units = new Uint16Array(0);
let origin = new Uint32Array(0);
const decoder = new TextDecoder('utf-16le');

/** Folds `s` in one pass over its code units, keeping where each folded unit came from. */
export function normalizeWithOrigin(s: string): Normalized {
  const t = getTables();
  const bmp = t.bmp;
  const n = s.length;
  // A folded character takes at most two units (BMP → astral), as does its source when astral.
  // Article-sized texts reuse the scratch buffers; a huge one gets its own, not kept after.
  let u = units;
  let o = origin;
  if (u.length < n * 2) {
    u = new Uint16Array(n * 2);
    o = new Uint32Array(n * 2);
    if (n * 2 <= SCRATCH_MAX) [units, origin] = [u, o];
  }
  let j = 0;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    const f = bmp[c]!;
    if (f === 0) continue;
    if (f !== 0xffff && (c < 0xd800 || c > 0xdbff)) {
      u[j] = f;
      o[j++] = i;
      continue;
    }
    // A high surrogate followed by a low one, or a BMP character folding to an astral one.
    let cp = c;
    const start = i;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        i++;
      }
    }
    const g = cp === c && f !== 0xffff ? c : foldWide(t, cp);
    if (g === -1) continue;
    if (g > 0xffff) {
      u[j] = 0xd800 + ((g - 0x10000) >> 10);
      o[j++] = start;
      u[j] = 0xdc00 + ((g - 0x10000) & 0x3ff);
      o[j++] = start;
    } else {
      u[j] = g;
      o[j++] = start;
    }
  }
  const text = j === 0 ? '' : decoder.decode(u.subarray(0, j));
  // The scratch buffer is reused by the next call: copy out of it; a one-off buffer is lent.
  return { text, origin: o === origin ? o.slice(0, j) : o.subarray(0, j) };
}

/** The folded form of a dictionary word or a search string. */
export function normalize(s: string): string {
  return normalizeWithOrigin(s).text;
}

/** End (exclusive) in the original text of the character at `start`. */
export function charEnd(original: string, start: number): number {
  const c = original.charCodeAt(start);
  if (c >= 0xd800 && c <= 0xdbff && start + 1 < original.length) {
    const d = original.charCodeAt(start + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return start + 2;
  }
  return start + 1;
}
