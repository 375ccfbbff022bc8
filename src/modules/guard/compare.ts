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

/** Cost and kind of putting candidate token `a` where the verified name has `b`. */
function substitution(a: Token, b: Token): [number, DifferenceKind | null] {
  if (a.text === b.text) return [0, null];
  if (a.latin || b.latin) return [COST.substitute, 'substitute'];
  if (a.look === b.look) return [COST.lookalike, 'lookalike'];
  if (a.tone !== '' && a.tone === b.tone) return [COST.homophone, 'homophone'];
  if (a.plain !== '' && a.plain === b.plain) return [COST.homophoneOtherTone, 'homophone'];
  return [COST.substitute, 'substitute'];
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

type Op =
  | { kind: 'sub'; cost: number; diff: DifferenceKind | null }
  | { kind: 'ins' | 'del' | 'transpose' }
  | { kind: 'spellA' | 'spellB'; span: number };

/** Weighted OSA alignment of candidate tokens `a` with verified tokens `b`, with its edits. */
export function align(a: readonly Token[], b: readonly Token[]): { cost: number; differences: Difference[] } {
  const n = a.length;
  const m = b.length;
  const w = m + 1;
  const d = new Float64Array((n + 1) * w);
  const ops: Op[] = new Array((n + 1) * w);
  const indel = (t: Token) => (t.admin ? COST.adminIndel : COST.indel);
  for (let i = 1; i <= n; i++) {
    d[i * w] = d[(i - 1) * w]! + indel(a[i - 1]!);
    ops[i * w] = { kind: 'ins' };
  }
  for (let j = 1; j <= m; j++) {
    d[j] = d[j - 1]! + indel(b[j - 1]!);
    ops[j] = { kind: 'del' };
  }
  for (let i = 1; i <= n; i++) {
    const ai = a[i - 1]!;
    for (let j = 1; j <= m; j++) {
      const bj = b[j - 1]!;
      const [sc, sk] = substitution(ai, bj);
      let best = d[(i - 1) * w + j - 1]! + sc;
      let op: Op = { kind: 'sub', cost: sc, diff: sk };
      const ins = d[(i - 1) * w + j]! + indel(ai);
      if (ins < best) [best, op] = [ins, { kind: 'ins' }];
      const del = d[i * w + j - 1]! + indel(bj);
      if (del < best) [best, op] = [del, { kind: 'del' }];
      if (i > 1 && j > 1 && ai.text === b[j - 2]!.text && a[i - 2]!.text === bj.text && ai.text !== bj.text) {
        const tr = d[(i - 2) * w + j - 2]! + COST.transpose;
        if (tr < best) [best, op] = [tr, { kind: 'transpose' }];
      }
      // A pinyin run in one name spelling several ideographs of the other.
      if (ai.latin) {
        for (let k = 1; k <= Math.min(j, MAX_SPELLED); k++) {
          const c = d[(i - 1) * w + j - k]! + COST.pinyinPerChar * k;
          if (c < best && spells(ai.text, b, j - k, j)) [best, op] = [c, { kind: 'spellA', span: k }];
        }
      }
      if (bj.latin) {
        for (let k = 1; k <= Math.min(i, MAX_SPELLED); k++) {
          const c = d[(i - k) * w + j - 1]! + COST.pinyinPerChar * k;
          if (c < best && spells(bj.text, a, i - k, i)) [best, op] = [c, { kind: 'spellB', span: k }];
        }
      }
      d[i * w + j] = best;
      ops[i * w + j] = op;
    }
  }
  // Walk back to name the edits.
  const differences: Difference[] = [];
  const adminIns: string[] = [];
  const adminDel: string[] = [];
  for (let i = n, j = m; i > 0 || j > 0;) {
    const op = ops[i * w + j]!;
    if (op.kind === 'sub') {
      if (op.diff) differences.push({ kind: op.diff, candidate: a[i - 1]!.text, verified: b[j - 1]!.text });
      i--;
      j--;
    } else if (op.kind === 'ins') {
      const t = a[i - 1]!;
      if (t.admin) adminIns.push(t.text);
      differences.push({ kind: t.admin ? 'admin' : 'insert', candidate: t.text, verified: '' });
      i--;
    } else if (op.kind === 'del') {
      const t = b[j - 1]!;
      if (t.admin) adminDel.push(t.text);
      differences.push({ kind: t.admin ? 'admin' : 'delete', candidate: '', verified: t.text });
      j--;
    } else if (op.kind === 'transpose') {
      differences.push({
        kind: 'transpose',
        candidate: a[i - 2]!.text + a[i - 1]!.text,
        verified: b[j - 2]!.text + b[j - 1]!.text,
      });
      i -= 2;
      j -= 2;
    } else if (op.kind === 'spellA') {
      const v = b
        .slice(j - op.span, j)
        .map((t) => t.text)
        .join('');
      differences.push({ kind: 'pinyin', candidate: a[i - 1]!.text, verified: v });
      i--;
      j -= op.span;
    } else if (op.kind === 'spellB') {
      const c = a
        .slice(i - op.span, i)
        .map((t) => t.text)
        .join('');
      differences.push({ kind: 'pinyin', candidate: c, verified: b[j - 1]!.text });
      i -= op.span;
      j--;
    }
  }
  differences.reverse();
  let cost = d[n * w + m]!;
  // 市 dropped in one place and added in another is a move; 市 dropped and 县 added is a level change.
  if (adminIns.some((x) => !adminDel.includes(x)) && adminDel.some((x) => !adminIns.includes(x))) {
    cost += COST.levelChange;
    differences.push({ kind: 'level', candidate: '', verified: '' });
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
export function compareNames(candidate: NormalizedName, verified: NormalizedName): Comparison {
  if (candidate.trimmed === verified.trimmed) return { score: 1, cost: 0, differences: [] };
  if (candidate.tokens.length === 0 || verified.tokens.length === 0)
    return { score: 0, cost: Infinity, differences: [] };
  // Three readings of the decorations, the cheapest wins: (a) both stripped, each one present
  // on one side only charged; (b) none stripped (the decoration is the name's own word, as in
  // 郑州发布, and the impostor altered it: 郑州发怖, 郑州布发); (c) only the candidate's stripped.
  const a = align(candidate.tokens, verified.tokens);
  const aDecorations = decorationDifference(candidate.decorations, verified.decorations);
  let best = {
    cost: a.cost + COST.decoration * aDecorations.length,
    differences: [...aDecorations, ...a.differences],
  };
  if (candidate.decorations.length > 0 || verified.decorations.length > 0) {
    const b = align(candidate.fullTokens, verified.fullTokens);
    if (b.cost < best.cost) best = b;
    const c = align(candidate.tokens, verified.fullTokens);
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
