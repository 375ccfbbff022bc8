/**
 * The automatic-reply engine other modules call (conversations): which reply answers a
 * citizen's message, menu click or follow.
 *
 * Precedence (docs/API.md, "Automatic replies"):
 * 1. A follow (`subscribe`) gets the greeting, when one is set and enabled; nothing else does.
 * 2. A text message or a menu click is matched against the keyword rules (matcher.ts): the
 *    higher priority wins; at equal priority exact > contains > regex; then the older rule.
 *    A click matches exact keywords only, compared with its key (`GAOKAO_SCORE`).
 * 3. Nothing matched: the default reply, when set and enabled (the caller throttles repeats).
 *
 * Each process keeps one compiled index per account in memory, keyed by the account's
 * `rules_version`; every rule, greeting or default write bumps it in the same transaction.
 * So every choose() costs one primary-key read (the settings row, which also holds the
 * greeting and default) plus in-memory matching, and a write made by any process is seen by
 * all of them on their next message.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { Schema } from '../../db/schema.js';
import type { AutoReplyMode } from '../../db/tables/autoreplies.js';
import { foldText, foldWithOffsets } from './fold.js';
import {
  buildIndex,
  matchFolded,
  matchKey,
  type Candidate,
  type IndexRule,
  type MatchIndex,
} from './matcher.js';
import { messagesFor, parseReplies, parseReplySet, type StoredReply } from './replies.js';
import { AutoRepliesRepository } from './repository.js';
import type { ChosenReply, ReplyInput, ReplyMessage } from './types.js';

export type { ChosenReply, ReplyInput, ReplyMessage } from './types.js';

interface CompiledAccount {
  index: MatchIndex;
  rules: Map<number, { name: string; mode: AutoReplyMode; replies: StoredReply[] }>;
}

/** What the console's try-it box shows (schema.ts, TryAnswer). */
export interface Explanation {
  reason: 'keyword' | 'default' | 'none';
  rule: { id: number; name: string } | null;
  matched: { keyword: string; matchType: Candidate['matchType']; at?: [number, number] } | null;
  folded: string;
  candidates: Array<{
    rule: { id: number; name: string };
    priority: number;
    keyword: string;
    matchType: Candidate['matchType'];
    at?: [number, number];
    lostBecause: 'lowerPriority' | 'weakerMatch' | 'newerRule';
  }>;
  messages: ReplyMessage[];
}

/** Accounts whose index one process keeps; the least recently used is dropped beyond it. */
const MAX_CACHED_ACCOUNTS = 1_000;

interface CacheEntry {
  version: number;
  compiled: Promise<CompiledAccount>;
  /** The connection or transaction the build reads through, and whether it has finished. */
  k: Kysely<Schema>;
  done: boolean;
}
const engines = new WeakMap<Database, AutoReplyEngine>();

export class AutoReplyEngine {
  private readonly cache = new Map<number, CacheEntry>();

  private constructor(private readonly database: Database) {}

  /** One engine (and so one cache) per database handle. */
  static of(database: Database): AutoReplyEngine {
    let engine = engines.get(database);
    if (!engine) engines.set(database, (engine = new AutoReplyEngine(database)));
    return engine;
  }

  /** Works inside the caller's transaction when given one (k). */
  async choose(
    accountId: number,
    input: ReplyInput,
    opts: { k?: Kysely<Schema>; random?: () => number } = {},
  ): Promise<ChosenReply | null> {
    const repo = this.repo(opts.k);
    const random = opts.random ?? Math.random;
    const settings = await repo.readSettings(accountId);
    if (input.kind === 'event' && input.event === 'subscribe') {
      const greeting = parseReplySet(settings?.greeting_json);
      if (!greeting.enabled || !greeting.replies.length) return null;
      return {
        ruleId: null,
        reason: 'greeting',
        messages: await messagesFor(repo, accountId, greeting, random),
      };
    }
    if (settings) {
      const compiled = await this.compiled(opts.k ?? this.database.k, accountId, settings.rules_version);
      const winner =
        input.kind === 'text'
          ? matchFolded(compiled.index, foldText(input.text))[0]
          : matchKey(compiled.index, input.key).candidates[0];
      const rule = winner && compiled.rules.get(winner.ruleId);
      if (winner && rule)
        return {
          ruleId: winner.ruleId,
          reason: 'keyword',
          matched: { keyword: winner.keyword, matchType: winner.matchType },
          messages: await messagesFor(repo, accountId, rule, random),
        };
    }
    const fallback = parseReplySet(settings?.default_json);
    if (!fallback.enabled || !fallback.replies.length) return null;
    return {
      ruleId: null,
      reason: 'default',
      messages: await messagesFor(repo, accountId, fallback, random),
    };
  }

  /** Which rule answers a sample text or click key, the other rules that matched, and why they lost. */
  async explain(
    accountId: number,
    input: { text: string } | { key: string },
    opts: { random?: () => number } = {},
  ): Promise<Explanation> {
    const repo = this.repo();
    const random = opts.random ?? Math.random;
    const settings = await repo.readSettings(accountId);
    const compiled = settings
      ? await this.compiled(this.database.k, accountId, settings.rules_version)
      : null;
    let folded: string;
    let candidates: Candidate[] = [];
    let toOriginal: ((r: [number, number]) => [number, number]) | null = null;
    if ('text' in input) {
      const f = foldWithOffsets(input.text);
      folded = f.folded;
      toOriginal = f.toOriginal;
      if (compiled) candidates = matchFolded(compiled.index, folded);
    } else {
      const m = compiled ? matchKey(compiled.index, input.key) : null;
      folded = m?.folded ?? input.key;
      candidates = m?.candidates ?? [];
    }
    const at = (c: Candidate) => (toOriginal ? { at: toOriginal(c.at) } : {});
    const ref = (c: Candidate) => ({ id: c.ruleId, name: compiled?.rules.get(c.ruleId)?.name ?? '' });
    const [winner, ...others] = candidates;
    if (winner) {
      const rule = compiled!.rules.get(winner.ruleId)!;
      return {
        reason: 'keyword',
        rule: ref(winner),
        matched: { keyword: winner.keyword, matchType: winner.matchType, ...at(winner) },
        folded,
        candidates: others.map((c) => ({
          rule: ref(c),
          priority: c.priority,
          keyword: c.keyword,
          matchType: c.matchType,
          ...at(c),
          lostBecause:
            c.priority < winner.priority
              ? 'lowerPriority'
              : c.matchType !== winner.matchType
                ? 'weakerMatch'
                : 'newerRule',
        })),
        messages: await messagesFor(repo, accountId, rule, random),
      };
    }
    const fallback = parseReplySet(settings?.default_json);
    const answers = fallback.enabled && fallback.replies.length > 0;
    return {
      reason: answers ? 'default' : 'none',
      rule: null,
      matched: null,
      folded,
      candidates: [],
      messages: answers ? await messagesFor(repo, accountId, fallback, random) : [],
    };
  }

  private repo(k?: Kysely<Schema>): AutoRepliesRepository {
    return new AutoRepliesRepository(k ?? this.database.k, this.database.dialect);
  }

  /**
   * The account's index at `version`: from memory, or built. A finished index is shared by
   * everyone; a build still running only with callers reading through the same connection or
   * transaction. Waiting on a build that reads through another connection could wait forever:
   * on SQLite there is one connection, and a transaction (a citizen's message, inside a group
   * commit) waiting for a build queued behind it would never release it.
   */
  private compiled(k: Kysely<Schema>, accountId: number, version: number): Promise<CompiledAccount> {
    const hit = this.cache.get(accountId);
    if (hit && hit.version === version && (hit.done || hit.k === k)) {
      // Least recently used order: a Map iterates in insertion order.
      this.cache.delete(accountId);
      this.cache.set(accountId, hit);
      return hit.compiled;
    }
    const compiled = compileAccount(this.repo(k), accountId);
    const entry: CacheEntry = { version, compiled, k, done: false };
    this.cache.delete(accountId);
    this.cache.set(accountId, entry);
    compiled.then(
      () => void (entry.done = true),
      () => {
        if (this.cache.get(accountId) === entry) this.cache.delete(accountId);
      },
    );
    if (this.cache.size > MAX_CACHED_ACCOUNTS) this.cache.delete(this.cache.keys().next().value!);
    return compiled;
  }
}

async function compileAccount(repo: AutoRepliesRepository, accountId: number): Promise<CompiledAccount> {
  const { rules, keywords } = await repo.loadIndexRows(accountId);
  const byRule = new Map<number, IndexRule['keywords'][number][]>();
  for (const kw of keywords) {
    let list = byRule.get(kw.rule_id);
    if (!list) byRule.set(kw.rule_id, (list = []));
    list.push({ keyword: kw.keyword, folded: kw.folded, matchType: kw.match_type });
  }
  const indexRules: IndexRule[] = [];
  const info: CompiledAccount['rules'] = new Map();
  for (const r of rules) {
    indexRules.push({ id: r.id, priority: r.priority, keywords: byRule.get(r.id) ?? [] });
    info.set(r.id, { name: r.name, mode: r.reply_mode, replies: parseReplies(r.replies_json) });
  }
  return { index: buildIndex(indexRules), rules: info };
}
