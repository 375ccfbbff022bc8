/**
 * The guard's scored comparison of two normalised names (docs/GUARD.md, "Score").
 *
 * A weighted optimal-string-alignment distance over tokens: each edit costs by its kind, so
 * that the edits impostors make (a variant, look-alike or homophone character, a swapped
 * pair, a dropped 市, an added 官方, the name spelled in pinyin) are cheap, while the edits
 * that separate real units (信阳 → 南阳, 公安局 → 交通局, 抚顺市 → 抚顺县) cost a full point.
 * The score is 1 − cost / 2, floored at 0; a name is flagged at SCORE_THRESHOLD (cost ≤ 0.8).
 */
import type { NormalizedName, Token } from './normalizeName.js';

export const COST = {
  /** Any difference at all between the trimmed names (only an identical name scores 1). */
  notIdentical: 0.02,
  /** A decoration (官方, 发布 …) one name has and the other lacks. */
  decoration: 0.15,
  /** 省/市/县/区 dropped or added. */
  adminIndel: 0.15,
  /** A character exchanged for one that looks like it (己/已). */
  lookalike: 0.3,
  /** A character exchanged for a homophone with the same tone (阳/扬). */
  homophone: 0.3,
  /**
   * The same syllable in another tone (陕 shǎn / 山 shān, 福 fú / 抚 fǔ): a different word
   * to a Chinese reader, and real places differ exactly like this — almost a substitution.
   */
  homophoneOtherTone: 0.85,
  /** Per character written in pinyin ("xinyang" for 信阳). */
  pinyinPerChar: 0.1,
  /** Two neighbouring characters swapped. */
  transpose: 0.35,
  /** Any other character inserted or dropped. */
  indel: 0.7,
  /** Any other character exchanged. */
  substitute: 1,
  /** One administrative level dropped and another added: a different unit (抚顺市 / 抚顺县). */
  levelChange: 0.85,
} as const;

export const SCORE_THRESHOLD = 0.6;

export type DifferenceKind =
  | 'variant'
  | 'decoration'
  | 'admin'
  | 'lookalike'
  | 'homophone'
  | 'pinyin'
  | 'transpose'
  | 'insert'
  | 'delete'
  | 'substitute'
  | 'level';

export interface Difference {
  kind: DifferenceKind;
  /** What the candidate has there ('' for a drop). */
  candidate: string;
  /** What the verified name has there ('' for an insertion). */
  verified: string;
}

export interface Comparison {
  score: number;
  cost: number;
  differences: Difference[];
}

export function scoreOf(cost: number): number {
  return Math.max(0, 1 - cost / 2);
}

const SUB_KIND: ReadonlyArray<DifferenceKind | null> = [
  null,
  'lookalike',
  'homophone',
  'homophone',
  'substitute',
];
const SUB_COST = [0, COST.lookalike, COST.homophone, COST.homophoneOtherTone, COST.substitute];

/** Kind (index into SUB_KIND / SUB_COST) of putting candidate token `a` where the verified name has `b`. */
function substitution(a: Token, b: Token): number {
  if (a.text === b.text) return 0;
  if (a.latin || b.latin) return 4;
  if (a.look === b.look) return 1;
  if (a.tone !== '' && a.tone === b.tone) return 2;
  if (a.plain !== '' && a.plain === b.plain) return 3;
  return 4;
}

/** Whether `run` spells tokens[from..to) in toneless pinyin (any reading of each). */
function spells(run: string, tokens: readonly Token[], from: number, to: number, at = 0): boolean {
  if (from === to) return at === run.length;
  const t = tokens[from]!;
  if (t.latin) return false;
  for (const p of t.readings)
    if (run.startsWith(p, at) && spells(run, tokens, from + 1, to, at + p.length)) return true;
  return false;
}

const MAX_SPELLED = 8;

// Operation codes in the trace: a substitution is SUB + its kind; spans go in `spanOf`.
const INS = 1;
const DEL = 2;
const TRANSPOSE = 3;
const SPELL_A = 4;
const SPELL_B = 5;
const SUB = 10;

// Scratch matrices reused across calls (the guard scores dozens of pairs per check).
let dist = new Float64Array(0);
let opOf = new Uint8Array(0);
let spanOf = new Uint8Array(0);

/**
 * Weighted OSA alignment of candidate tokens `a` with verified tokens `b`: its cost and, when
 * `trace` is set, the edits (the level-change rule needs the path either way).
 */
export function align(
  a: readonly Token[],
  b: readonly Token[],
  trace = true,
): { cost: number; differences: Difference[] } {
  const n = a.length;
  const m = b.length;
  const w = m + 1;
  const size = (n + 1) * w;
  if (dist.length < size) {
    dist = new Float64Array(size * 2);
    opOf = new Uint8Array(size * 2);
    spanOf = new Uint8Array(size * 2);
  }
  const d = dist;
  const ops = opOf;
  const spans = spanOf;
  const indel = (t: Token) => (t.admin ? COST.adminIndel : COST.indel);
  d[0] = 0;
  for (let i = 1; i <= n; i++) {
    d[i * w] = d[(i - 1) * w]! + indel(a[i - 1]!);
    ops[i * w] = INS;
  }
  for (let j = 1; j <= m; j++) {
    d[j] = d[j - 1]! + indel(b[j - 1]!);
    ops[j] = DEL;
  }
  for (let i = 1; i <= n; i++) {
    const ai = a[i - 1]!;
    for (let j = 1; j <= m; j++) {
      const bj = b[j - 1]!;
      const sk = substitution(ai, bj);
      let best = d[(i - 1) * w + j - 1]! + SUB_COST[sk]!;
      let op = SUB + sk;
      let span = 0;
      const ins = d[(i - 1) * w + j]! + indel(ai);
      if (ins < best) [best, op] = [ins, INS];
      const del = d[i * w + j - 1]! + indel(bj);
      if (del < best) [best, op] = [del, DEL];
      if (i > 1 && j > 1 && sk !== 0 && ai.text === b[j - 2]!.text && a[i - 2]!.text === bj.text) {
        const tr = d[(i - 2) * w + j - 2]! + COST.transpose;
        if (tr < best) [best, op] = [tr, TRANSPOSE];
      }
      // A pinyin run in one name spelling several ideographs of the other.
      if (ai.latin) {
        for (let k = 1; k <= Math.min(j, MAX_SPELLED); k++) {
          const c = d[(i - 1) * w + j - k]! + COST.pinyinPerChar * k;
          if (c < best && spells(ai.text, b, j - k, j)) [best, op, span] = [c, SPELL_A, k];
        }
      }
      if (bj.latin) {
        for (let k = 1; k <= Math.min(i, MAX_SPELLED); k++) {
          const c = d[(i - k) * w + j - 1]! + COST.pinyinPerChar * k;
          if (c < best && spells(bj.text, a, i - k, i)) [best, op, span] = [c, SPELL_B, k];
        }
      }
      d[i * w + j] = best;
      ops[i * w + j] = op;
      spans[i * w + j] = span;
    }
  }
  // Walk back along the path: the edits, and which administrative characters came and went.
  const differences: Difference[] = [];
  const adminIns: string[] = [];
  const adminDel: string[] = [];
  const text = (ts: readonly Token[], from: number, to: number) =>
    ts
      .slice(from, to)
      .map((t) => t.text)
      .join('');
  for (let i = n, j = m; i > 0 || j > 0;) {
    const op = ops[i * w + j]!;
    if (op >= SUB) {
      const kind = SUB_KIND[op - SUB]!;
      if (kind && trace) differences.push({ kind, candidate: a[i - 1]!.text, verified: b[j - 1]!.text });
      i--;
      j--;
    } else if (op === INS) {
      const t = a[i - 1]!;
      if (t.admin) adminIns.push(t.text);
      if (trace) differences.push({ kind: t.admin ? 'admin' : 'insert', candidate: t.text, verified: '' });
      i--;
    } else if (op === DEL) {
      const t = b[j - 1]!;
      if (t.admin) adminDel.push(t.text);
      if (trace) differences.push({ kind: t.admin ? 'admin' : 'delete', candidate: '', verified: t.text });
      j--;
    } else if (op === TRANSPOSE) {
      if (trace)
        differences.push({ kind: 'transpose', candidate: text(a, i - 2, i), verified: text(b, j - 2, j) });
      i -= 2;
      j -= 2;
    } else if (op === SPELL_A) {
      const k = spans[i * w + j]!;
      if (trace) differences.push({ kind: 'pinyin', candidate: a[i - 1]!.text, verified: text(b, j - k, j) });
      i--;
      j -= k;
    } else {
      const k = spans[i * w + j]!;
      if (trace) differences.push({ kind: 'pinyin', candidate: text(a, i - k, i), verified: b[j - 1]!.text });
      i -= k;
      j--;
    }
  }
  differences.reverse();
  let cost = d[n * w + m]!;
  // 市 dropped in one place and added in another is a move; 市 dropped and 县 added is a level change.
  if (adminIns.some((x) => !adminDel.includes(x)) && adminDel.some((x) => !adminIns.includes(x))) {
    cost += COST.levelChange;
    if (trace) differences.push({ kind: 'level', candidate: adminIns.join(''), verified: adminDel.join('') });
  }
  return { cost, differences };
}

/** Decorations one name has and the other lacks (as multisets). */
function decorationDifference(a: readonly string[], b: readonly string[]): Difference[] {
  const rest = [...b];
  const out: Difference[] = [];
  for (const x of a) {
    const k = rest.indexOf(x);
    if (k >= 0) rest.splice(k, 1);
    else out.push({ kind: 'decoration', candidate: x, verified: '' });
  }
  for (const x of rest) out.push({ kind: 'decoration', candidate: '', verified: x });
  return out;
}

/** The full comparison of a candidate with one verified name. */
export function compareNames(candidate: NormalizedName, verified: NormalizedName, trace = true): Comparison {
  if (candidate.trimmed === verified.trimmed) return { score: 1, cost: 0, differences: [] };
  if (candidate.tokens.length === 0 || verified.tokens.length === 0)
    return { score: 0, cost: Infinity, differences: [] };
  // Three readings of the decorations, the cheapest wins: (a) both stripped, each one present
  // on one side only charged; (b) none stripped (the decoration is the name's own word, as in
  // 郑州发布, and the impostor altered it: 郑州发怖, 郑州布发); (c) only the candidate's stripped.
  const a = align(candidate.tokens, verified.tokens, trace);
  const aDecorations = decorationDifference(candidate.decorations, verified.decorations);
  let best = {
    cost: a.cost + COST.decoration * aDecorations.length,
    differences: [...aDecorations, ...a.differences],
  };
  if (candidate.decorations.length > 0 || verified.decorations.length > 0) {
    const b = align(candidate.fullTokens, verified.fullTokens, trace);
    if (b.cost < best.cost) best = b;
    const c = align(candidate.tokens, verified.fullTokens, trace);
    const cDecorations = decorationDifference(candidate.decorations, []);
    const cCost = c.cost + COST.decoration * cDecorations.length;
    if (cCost < best.cost) best = { cost: cCost, differences: [...cDecorations, ...c.differences] };
  }
  const variant: Difference[] =
    candidate.folded !== candidate.trimmed
      ? [{ kind: 'variant', candidate: candidate.trimmed, verified: '' }]
      : [];
  const cost = COST.notIdentical + best.cost;
  return { score: scoreOf(cost), cost, differences: [...variant, ...best.differences] };
}
