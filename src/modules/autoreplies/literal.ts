/**
 * The regex prefilter's literals: strings every match of a (folded) pattern must contain.
 * The matcher puts them in its Aho–Corasick automaton, so a regex runs only on messages that
 * contain all of them; 10,000 regex rules then cost one pass over the message, not 10,000
 * regex runs.
 *
 * Deliberately conservative, by a small scan of the pattern's top level rather than a full
 * parser: a pattern with a top-level `|` has no single required literal; groups, classes,
 * `.`, class escapes and anything quantified to zero end a literal run; a character
 * quantified with `+` or `{n,}` (n ≥ 1) is kept once and ends the run. When unsure it answers
 * null and the pattern joins the small list of regexes run on every message, which is slower
 * but never wrong.
 */

/**
 * A pattern character as it appears in folded text. Patterns are folded like messages and run
 * without the `i` flag, so every literal of the folded pattern appears as is; ASCII letters
 * are lower-cased here only in case a pattern was not folded.
 */
function literalChar(c: string): string {
  return /^[A-Z]$/.test(c) ? c.toLowerCase() : c;
}

const IDENTITY_ESCAPES = new Set('^$\\.*+?()[]{}|/-');

/** Index just past the group or class that opens at `i` (pattern assumed valid). */
function skipBracketed(p: string, i: number): number {
  let depth = 0;
  let inClass = false;
  for (; i < p.length; i++) {
    const c = p[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') {
        inClass = false;
        if (depth === 0) return i + 1;
      }
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return p.length;
}

/** Reads a quantifier at `i`: its minimum and where it ends, or null when there is none. */
function quantifierAt(p: string, i: number): { min: number; end: number } | null {
  const c = p[i];
  let min: number;
  let end: number;
  if (c === '*' || c === '?') [min, end] = [0, i + 1];
  else if (c === '+') [min, end] = [1, i + 1];
  else if (c === '{') {
    const m = /^\{(\d+)(,\d*)?\}/.exec(p.slice(i));
    if (!m) return null;
    [min, end] = [Number(m[1]), i + m[0].length];
  } else return null;
  if (p[end] === '?') end++; // lazy
  return { min, end };
}

/**
 * Where an escape that is not a literal character ends, its letter `e` read, `i` just past
 * it: the hex digits of `\x41` and `\u4e2d`, the braces of `\u{…}` and `\p{…}`, the letter
 * of `\cJ`, the name of `\k<name>`, every digit of a back-reference `\12`. Read as two
 * characters, their tails would pass for text every match must contain.
 */
function escapeEnd(p: string, i: number, e: string): number {
  const through = (close: string) => p.indexOf(close, i) + 1 || p.length;
  if (p[i] === '{' && /[pPu]/.test(e)) return through('}');
  if (e === 'x') return i + 2;
  if (e === 'u') return i + 4;
  if (e === 'c') return i + 1;
  if (e === 'k' && p[i] === '<') return through('>');
  if (/[1-9]/.test(e)) {
    while (/\d/.test(p[i] ?? '')) i++;
    return i;
  }
  return i;
}

/** Every literal each match of `pattern` contains (longest first); empty when none is certain. */
export function requiredLiterals(pattern: string): string[] {
  const runs: string[] = [];
  let run = '';
  const cut = () => {
    if (run) runs.push(run);
    run = '';
  };
  for (let i = 0; i < pattern.length;) {
    const c = pattern[i]!;
    if (c === '|') return [];
    if (c === '(' || c === '[') {
      i = skipBracketed(pattern, i);
      cut();
      const q = quantifierAt(pattern, i);
      if (q) i = q.end;
      continue;
    }
    if (c === '^' || c === '$') {
      i++;
      continue;
    }
    let lit: string | null = null;
    let next: number;
    if (c === '\\') {
      const e = pattern[i + 1] ?? '';
      lit = IDENTITY_ESCAPES.has(e) ? e : null;
      next = lit ? i + 2 : escapeEnd(pattern, i + 2, e);
    } else {
      const cp = pattern.codePointAt(i)!;
      const ch = String.fromCodePoint(cp);
      lit = c === '.' ? null : literalChar(ch);
      next = i + ch.length;
    }
    const q = quantifierAt(pattern, next);
    if (lit === null) {
      cut();
    } else if (!q) {
      run += lit;
    } else if (q.min === 0) {
      cut();
    } else {
      run += lit;
      cut();
    }
    i = q ? q.end : next;
  }
  cut();
  return [...new Set(runs)].sort((a, b) => b.length - a.length);
}

/** The longest literal every match of `pattern` contains, or null when none is certain. */
export function requiredLiteral(pattern: string): string | null {
  return requiredLiterals(pattern)[0] ?? null;
}
