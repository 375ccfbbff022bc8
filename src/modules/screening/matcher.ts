/**
 * Compiled word lists and the scan of a text. Pure (no database): the gate, the routes'
 * check, the tests and the benchmark share it.
 *
 * A list's words are folded (normalize.ts) and compiled into one Aho–Corasick automaton
 * (`@monyone/aho-corasick`, double-array variant), so a text is read once per list whatever
 * its size. An account is screened with two parts, the platform's (compiled once and shared
 * by every account: a 20,000-word dictionary takes about 8 MB) and its own; the text is
 * folded once and each part scans the folded text. A word on both lists counts once, with
 * the stricter level.
 */
import { AhoCorasick } from '@monyone/aho-corasick/fast';
import type { ScreeningLevel } from '../../db/tables/screening.js';
import { charEnd, normalizeWithOrigin } from './normalize.js';

export interface DictionaryWord {
  /** Folded form (normalize.ts), as stored. */
  normalized: string;
  level: ScreeningLevel;
}

/** One list, compiled. */
export interface CompiledPart {
  readonly automaton: AhoCorasick | null;
  readonly levels: ReadonlyMap<string, ScreeningLevel>;
}

/** What a text is screened against: one part per list. */
export interface CompiledDictionary {
  readonly parts: readonly CompiledPart[];
  /** Distinct words over all parts. */
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

export function compilePart(words: Iterable<DictionaryWord>): CompiledPart {
  const levels = new Map<string, ScreeningLevel>();
  for (const w of words) {
    if (!w.normalized) continue;
    if (levels.get(w.normalized) !== 'block') levels.set(w.normalized, w.level);
  }
  return { automaton: levels.size ? new AhoCorasick([...levels.keys()]) : null, levels };
}

/** Several compiled lists screened together. */
export function combine(...parts: CompiledPart[]): CompiledDictionary {
  const used = parts.filter((p) => p.automaton);
  const words = new Set<string>();
  for (const p of used) for (const w of p.levels.keys()) words.add(w);
  return { parts: used, size: words.size };
}

/** One list as a dictionary of its own. */
export function compileDictionary(words: Iterable<DictionaryWord>): CompiledDictionary {
  return combine(compilePart(words));
}

/** Every occurrence of every word in `text`, in text order (overlapping ones included). */
export function scanText(dict: CompiledDictionary, text: string): TextHit[] {
  if (!dict.parts.length || !text) return [];
  const folded = normalizeWithOrigin(text);
  if (!folded.text) return [];
  const origin = folded.origin;
  const hits: TextHit[] = [];
  for (const part of dict.parts)
    for (const m of part.automaton!.matchInText(folded.text))
      hits.push({
        word: m.keyword,
        level: part.levels.get(m.keyword)!,
        start: origin[m.begin]!,
        end: charEnd(text, origin[m.end - 1]!),
      });
  if (dict.parts.length === 1) return hits;
  // Several parts: into text order, and a word found by two lists once, the stricter.
  hits.sort((a, b) => a.end - b.end || b.start - a.start || (a.level === 'block' ? -1 : 1));
  return hits.filter((h, i) => {
    const prev = hits[i - 1];
    return !prev || prev.start !== h.start || prev.end !== h.end || prev.word !== h.word;
  });
}
