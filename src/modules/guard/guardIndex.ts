/**
 * The verified-name registry in memory, indexed so that one check costs a few milliseconds
 * at 100,000 names (docs/GUARD.md, "Index"):
 *
 * 1. every verified name is normalised once; each of its tokens (decorations included, so
 *    that 郑州发布 is found by 发布 too) contributes keys — the character ("c"), its
 *    look-alike class ("l"), each toneless pinyin reading ("p"), a Latin run ("r") — and each
 *    pair of neighbours its usual pinyin pair ("b": 信阳 and 信扬 share "xin|yang"), to an
 *    inverted index key → entry positions;
 * 2. a candidate's keys are looked up (a Latin run also as every pinyin syllable it
 *    contains, so "xinyang" reaches 信 and 阳), each shared key adding its idf weight
 *    ln(1 + N / df) to the entry; keys held by more than a tenth of all names are left out
 *    of this step (they cannot tell names apart and their lists are the longest);
 * 3. the TOP_CANDIDATES entries with the most weight — and at least 40% of the heaviest's —
 *    are scored exactly (compare.ts); an entry identical to the candidate always is.
 *
 * A look-alike shares all but one or two of its keys with the name it imitates, so it ranks
 * among the first few; a loop of edit distances over all names is what bench/guard.ts
 * measures against.
 */
import { compareNames, SCORE_THRESHOLD, type Difference } from './compare.js';
import { normalizeName, type NormalizedName, type Token } from './normalizeName.js';

export interface GuardEntry {
  id: number;
  name: string;
}

export interface GuardResult {
  flagged: boolean;
  /** In [0, 1], rounded to 3 decimals; 1 only for an identical name. */
  score: number;
  /** The closest verified entry, null when nothing shares a key with the candidate. */
  closest: GuardEntry | null;
  differences: Difference[];
}

const TOP_CANDIDATES = 64;
const COMMON_KEY_SHARE = 0.1;
const MIN_WEIGHT_SHARE = 0.4;

function tokenKeys(t: Token, out: Set<string>): void {
  if (t.latin) {
    out.add('r' + t.text);
    return;
  }
  out.add('c' + t.text);
  if (t.look !== t.text) out.add('l' + t.look);
  for (const p of t.readings) out.add('p' + p);
}

/** Keys of a token sequence: each token's, and the usual pinyin of each neighbouring pair. */
function nameKeys(tokens: readonly Token[], out: Set<string>): void {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    tokenKeys(t, out);
    const next = tokens[i + 1];
    if (next && !t.latin && !next.latin) out.add('b' + t.plain + '|' + next.plain);
  }
}

export class GuardIndex {
  private readonly entries: GuardEntry[];
  private readonly normalized: NormalizedName[];
  private readonly postings = new Map<string, Int32Array>();
  private readonly exact = new Map<string, number[]>();
  private readonly weight: Float32Array;

  constructor(entries: readonly GuardEntry[]) {
    this.entries = entries.map((e) => ({ id: e.id, name: e.name.trim() }));
    this.normalized = this.entries.map((e) => normalizeName(e.name));
    this.weight = new Float32Array(this.entries.length);
    const lists = new Map<string, number[]>();
    this.normalized.forEach((nm, i) => {
      const keys = new Set<string>();
      nameKeys(nm.fullTokens, keys);
      for (const k of keys) {
        let l = lists.get(k);
        if (!l) lists.set(k, (l = []));
        l.push(i);
      }
      const same = this.exact.get(nm.trimmed);
      if (same) same.push(i);
      else this.exact.set(nm.trimmed, [i]);
    });
    for (const [k, l] of lists) this.postings.set(k, Int32Array.from(l));
  }

  get size(): number {
    return this.entries.length;
  }

  /** The candidate's lookup keys; a Latin run yields every pinyin syllable inside it. */
  private candidateKeys(nm: NormalizedName): Set<string> {
    const keys = new Set<string>();
    nameKeys(nm.fullTokens, keys);
    for (const t of nm.fullTokens) {
      if (!t.latin) continue;
      // Every syllable inside the run, and every pair of adjacent ones ("xin"+"yang").
      const ends = new Map<number, string[]>();
      for (let s = 0; s < t.text.length; s++) {
        for (let e = s + 1; e <= Math.min(t.text.length, s + 6); e++) {
          const syllable = t.text.slice(s, e);
          if (!this.postings.has('p' + syllable)) continue;
          keys.add('p' + syllable);
          for (const before of ends.get(s) ?? []) {
            const k = 'b' + before + '|' + syllable;
            if (this.postings.has(k)) keys.add(k);
          }
          ends.set(e, [...(ends.get(e) ?? []), syllable]);
        }
      }
    }
    return keys;
  }

  /** Entry positions worth an exact comparison, best first. */
  private candidates(nm: NormalizedName, exclude: (id: number) => boolean): number[] {
    const n = this.entries.length;
    const lists: Int32Array[] = [];
    for (const k of this.candidateKeys(nm)) {
      const l = this.postings.get(k);
      if (l) lists.push(l);
    }
    const rare = lists.filter((l) => l.length <= n * COMMON_KEY_SHARE);
    const used = rare.length > 0 ? rare : lists;
    const weight = this.weight;
    const touched: number[] = [];
    for (const l of used) {
      const w = Math.log(1 + n / l.length);
      for (let x = 0; x < l.length; x++) {
        const i = l[x]!;
        if (weight[i] === 0) touched.push(i);
        weight[i] += w;
      }
    }
    // Keep the TOP_CANDIDATES heaviest (insertion into a small sorted array).
    const top: number[] = [];
    for (const i of touched) {
      const w = weight[i]!;
      if (top.length === TOP_CANDIDATES && w <= weight[top[top.length - 1]!]!) continue;
      if (exclude(this.entries[i]!.id)) continue;
      let p = top.length;
      while (p > 0 && weight[top[p - 1]!]! < w) p--;
      top.splice(p, 0, i);
      if (top.length > TOP_CANDIDATES) top.pop();
    }
    // Entries far lighter than the heaviest share only common parts (公安局) with the candidate.
    const floor = top.length ? weight[top[0]!]! * MIN_WEIGHT_SHARE : 0;
    while (top.length > 1 && weight[top[top.length - 1]!]! < floor) top.pop();
    for (const i of touched) weight[i] = 0;
    for (const i of this.exact.get(nm.trimmed) ?? []) {
      if (!top.includes(i) && !exclude(this.entries[i]!.id)) top.unshift(i);
    }
    return top;
  }

  /** Checks one candidate name against every entry except those `exclude` names. */
  check(candidate: string, exclude: (id: number) => boolean = () => false): GuardResult {
    const nm = normalizeName(candidate);
    let best: { i: number; cost: number } | null = null;
    for (const i of this.candidates(nm, exclude)) {
      const c = compareNames(nm, this.normalized[i]!, false);
      if (!best || c.cost < best.cost) best = { i, cost: c.cost };
      if (c.score === 1) break;
    }
    if (!best) return { flagged: false, score: 0, closest: null, differences: [] };
    return this.result(nm, best.i);
  }

  /** The answer for entry `i`, its edits named. */
  private result(nm: NormalizedName, i: number): GuardResult {
    const c = compareNames(nm, this.normalized[i]!);
    const score = Math.round(c.score * 1000) / 1000;
    return {
      flagged: score >= SCORE_THRESHOLD,
      score,
      closest: { ...this.entries[i]! },
      differences: c.differences,
    };
  }

  /** The same answer by comparing with every entry: the reference the index is tested against. */
  checkNaive(candidate: string, exclude: (id: number) => boolean = () => false): GuardResult {
    const nm = normalizeName(candidate);
    let best: { i: number; cost: number } | null = null;
    for (let i = 0; i < this.entries.length; i++) {
      if (exclude(this.entries[i]!.id)) continue;
      const c = compareNames(nm, this.normalized[i]!, false);
      if (Number.isFinite(c.cost) && (!best || c.cost < best.cost)) best = { i, cost: c.cost };
    }
    if (!best) return { flagged: false, score: 0, closest: null, differences: [] };
    return this.result(nm, best.i);
  }
}
