/**
 * The compiled dictionary of one account (platform words plus the account's own) and the
 * scan of a text. Pure (no database): the gate, the routes' check, the tests and the
 * benchmark share it.
 *
 * Words are folded (normalize.ts) and matched with one Aho–Corasick automaton
 * (`@monyone/aho-corasick`, double-array variant) over the folded text, so a text is read
 * once whatever the dictionary size. A word on both lists counts with the stricter level.
 */
import { AhoCorasick } from '@monyone/aho-corasick/fast';
import type { ScreeningLevel } from '../../db/tables/screening.js';
import { charEnd, normalizeWithOrigin } from './normalize.js';

export interface DictionaryWord {
  /** Folded form (normalize.ts), as stored. */
  normalized: string;
  level: ScreeningLevel;
}

export interface CompiledDictionary {
  readonly automaton: AhoCorasick | null;
  readonly levels: ReadonlyMap<string, ScreeningLevel>;
  readonly size: number;
}

/** One hit on a text: the folded word, its level and the span it covers in the original text. */
export interface TextHit {
  word: string;
  level: ScreeningLevel;
  /** [start, end) in the original (unfolded) text. */
  start: number;
  end: number;
}

export function compileDictionary(words: Iterable<DictionaryWord>): CompiledDictionary {
  const levels = new Map<string, ScreeningLevel>();
  for (const w of words) {
    if (!w.normalized) continue;
    if (levels.get(w.normalized) !== 'block') levels.set(w.normalized, w.level);
  }
  return {
    automaton: levels.size ? new AhoCorasick([...levels.keys()]) : null,
    levels,
    size: levels.size,
  };
}

/** Every occurrence of every word in `text`, in text order (overlapping ones included). */
export function scanText(dict: CompiledDictionary, text: string): TextHit[] {
  if (!dict.automaton || !text) return [];
  const folded = normalizeWithOrigin(text);
  if (!folded.text) return [];
  const found = dict.automaton.matchInText(folded.text);
  const hits: TextHit[] = new Array(found.length);
  const origin = folded.origin;
  for (let i = 0; i < found.length; i++) {
    const m = found[i]!;
    hits[i] = {
      word: m.keyword,
      level: dict.levels.get(m.keyword)!,
      start: origin[m.begin]!,
      end: charEnd(text, origin[m.end - 1]!),
    };
  }
  return hits;
}
