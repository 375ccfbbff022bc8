/**
 * The keyword matcher: an index over one account's rules, built once per rules version and
 * read by every message. Pure (no database), so the benchmark and unit tests use it as is.
 *
 * - exact: a Map from folded keyword to the rules that hold it;
 * - contains: one Aho–Corasick automaton (`@monyone/aho-corasick`, double-array variant) over
 *   every folded contains-keyword, so a message is scanned once whatever the rule count;
 * - regex: each pattern's required literals (literal.ts) go into the same automaton, and a
 *   pattern runs only when all of them occur; patterns without one run on every message.
 *   Regexes read at most REGEX_INPUT_MAX folded characters.
 *
 * Precedence: higher rule priority first; at equal priority exact beats contains beats
 * regex; then the older rule (lower id). A rule matched by several keywords counts with its
 * best one.
 */
import { AhoCorasick } from '@monyone/aho-corasick/fast';
import type { AutoReplyMatchType } from '../../db/tables/autoreplies.js';
import { foldText, REGEX_INPUT_MAX } from './fold.js';
import { requiredLiterals } from './literal.js';

export type MatchType = AutoReplyMatchType;

export interface IndexKeyword {
  /** As typed; reported back in answers. */
  keyword: string;
  /** Folded (fold.ts): foldText for exact/contains, foldPattern for regex. */
  folded: string;
  matchType: MatchType;
}

export interface IndexRule {
  id: number;
  priority: number;
  keywords: readonly IndexKeyword[];
}

interface Entry {
  ruleId: number;
  priority: number;
  keyword: string;
  matchType: MatchType;
  /** Regex entries only. */
  re?: RegExp;
  /** Regex entries only: the pattern's other required literals, all of which must occur too. */
  also?: readonly string[];
}

export interface MatchIndex {
  readonly exact: ReadonlyMap<string, readonly Entry[]>;
  readonly automaton: AhoCorasick | null;
  /** Contains keywords and regex literals, each with the entries it stands for. */
  readonly byPattern: ReadonlyMap<string, readonly Entry[]>;
  /** Regexes without a required literal: run on every message. */
  readonly alwaysRun: readonly Entry[];
  readonly size: { rules: number; keywords: number };
}

/** One rule that matched: its best keyword and where, in folded text. */
export interface Candidate {
  ruleId: number;
  priority: number;
  keyword: string;
  matchType: MatchType;
  /** [start, end) in the folded text. */
  at: [number, number];
}

const RANK: Record<MatchType, number> = { exact: 0, contains: 1, regex: 2 };

/** Negative when `a` wins over `b`. */
export function comparePrecedence(a: Candidate, b: Candidate): number {
  return (
    b.priority - a.priority ||
    RANK[a.matchType] - RANK[b.matchType] ||
    a.ruleId - b.ruleId ||
    a.at[0] - b.at[0]
  );
}

function push(map: Map<string, Entry[]>, key: string, entry: Entry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

/**
 * Compiled patterns, shared by every index this process builds: a rule write rebuilds the
 * account's index, and only patterns new to the process are compiled again. (Patterns have
 * no `g` or `y` flag, so exec keeps no state between messages.)
 */
const patterns = new Map<string, RegExp | null>();

/**
 * V8 compiles a regex lazily and separately for one-byte and two-byte subjects, first to
 * bytecode and on a later run to machine code. Running each pattern here, twice on each kind
 * of string, moves that cost from a citizen's message to the index build. No `i` flag: the
 * pattern was folded (foldPattern) to match folded text as is.
 */
function compiled(source: string): RegExp | null {
  let re = patterns.get(source);
  if (re !== undefined) return re;
  try {
    re = new RegExp(source, 'u');
    for (const s of ['a', 'a', '\u4e2d', '\u4e2d']) re.exec(s);
  } catch {
    re = null;
  }
  if (patterns.size >= 50_000) patterns.clear();
  patterns.set(source, re);
  return re;
}

/** Builds the index of an account's enabled rules. Patterns that do not compile are skipped. */
export function buildIndex(rules: readonly IndexRule[]): MatchIndex {
  const exact = new Map<string, Entry[]>();
  const byPattern = new Map<string, Entry[]>();
  const alwaysRun: Entry[] = [];
  let keywords = 0;
  for (const rule of rules) {
    for (const k of rule.keywords) {
      if (!k.folded) continue;
      const entry: Entry = {
        ruleId: rule.id,
        priority: rule.priority,
        keyword: k.keyword,
        matchType: k.matchType,
      };
      keywords++;
      if (k.matchType === 'exact') push(exact, k.folded, entry);
      else if (k.matchType === 'contains') push(byPattern, k.folded, entry);
      else {
        const re = compiled(k.folded);
        if (!re) continue; // refused on save; a row edited by hand must not break the account
        entry.re = re;
        // Filed under its longest literal; the others must be found by the automaton too.
        const [anchor, ...also] = requiredLiterals(k.folded);
        if (!anchor) {
          alwaysRun.push(entry);
          continue;
        }
        entry.also = also;
        push(byPattern, anchor, entry);
        for (const l of also) if (!byPattern.has(l)) byPattern.set(l, []);
      }
    }
  }
  const automaton = byPattern.size ? new AhoCorasick([...byPattern.keys()]) : null;
  return { exact, automaton, byPattern, alwaysRun, size: { rules: rules.length, keywords } };
}

function runRegex(entry: Entry, capped: string, wasCut: boolean): [number, number] | null {
  // On a cut message, "ends with" would be judged on the cut, not on what the citizen wrote.
  if (wasCut && entry.re!.source.includes('$')) return null;
  const m = entry.re!.exec(capped);
  return m ? [m.index, m.index + m[0].length] : null;
}

/**
 * Every rule that matches the folded text, one candidate per rule (its best keyword), in
 * precedence order: the first one answers.
 */
export function matchFolded(index: MatchIndex, folded: string): Candidate[] {
  const best = new Map<number, Candidate>();
  const offer = (c: Candidate) => {
    const had = best.get(c.ruleId);
    if (!had || comparePrecedence(c, had) < 0) best.set(c.ruleId, c);
  };
  if (!folded) return [];
  for (const e of index.exact.get(folded) ?? [])
    offer({
      ruleId: e.ruleId,
      priority: e.priority,
      keyword: e.keyword,
      matchType: 'exact',
      at: [0, folded.length],
    });

  const wasCut = folded.length > REGEX_INPUT_MAX;
  const capped = wasCut ? folded.slice(0, REGEX_INPUT_MAX) : folded;
  if (index.automaton) {
    const seen = new Set<string>();
    for (const hit of index.automaton.matchInText(folded)) {
      const entries = index.byPattern.get(hit.keyword);
      if (!entries) continue;
      seen.add(hit.keyword);
      for (const e of entries)
        if (e.matchType === 'contains')
          offer({
            ruleId: e.ruleId,
            priority: e.priority,
            keyword: e.keyword,
            matchType: 'contains',
            at: [hit.begin, hit.end],
          });
    }
    // A regex runs once per message, and only when every literal it requires occurs.
    for (const literal of seen)
      for (const e of index.byPattern.get(literal)!) {
        if (e.matchType !== 'regex' || !e.also!.every((l) => seen.has(l))) continue;
        const at = runRegex(e, capped, wasCut);
        if (at) offer({ ruleId: e.ruleId, priority: e.priority, keyword: e.keyword, matchType: 'regex', at });
      }
  }
  for (const e of index.alwaysRun) {
    const at = runRegex(e, capped, wasCut);
    if (at) offer({ ruleId: e.ruleId, priority: e.priority, keyword: e.keyword, matchType: 'regex', at });
  }
  return [...best.values()].sort(comparePrecedence);
}

/** Folds `text` and matches it: what a citizen's text message finds. */
export function matchIndex(index: MatchIndex, text: string): { folded: string; candidates: Candidate[] } {
  const folded = foldText(text);
  return { folded, candidates: matchFolded(index, folded) };
}

/** A menu click: rules whose exact keyword is the click key (folded the same way). */
export function matchKey(index: MatchIndex, key: string): { folded: string; candidates: Candidate[] } {
  const folded = foldText(key);
  const candidates = (index.exact.get(folded) ?? [])
    .map((e): Candidate => ({ ...e, matchType: 'exact', at: [0, folded.length] }))
    .sort(comparePrecedence);
  return { folded, candidates };
}
