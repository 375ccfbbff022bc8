/** Automatic replies: keyword rules, the on-follow greeting and the default reply. Row types; see ../schema.ts for the conventions. */
import type { Generated } from 'kysely';

export type AutoReplyMatchType = 'exact' | 'contains' | 'regex';
export type AutoReplyMode = 'all' | 'random';

/** One row per account that ever saved an automatic reply. */
export interface AutoReplySettingsTable {
  account_id: number;
  /** Bumped with every rule, greeting or default write: caches compare it (see engine.ts). */
  rules_version: Generated<number>;
  /** `{enabled, mode, replies}` (StoredReplySet), or null when never set. */
  greeting_json: string | null;
  default_json: string | null;
  updated_at: number;
}

export interface AutoReplyRulesTable {
  id: Generated<number>;
  account_id: number;
  name: string;
  /** Higher wins; ties go to the better match type, then the older rule. */
  priority: Generated<number>;
  /** 'all': send every reply; 'random': send one of them. */
  reply_mode: AutoReplyMode;
  /** StoredReply[] as JSON (media and publications by id, resolved when sent). */
  replies_json: string;
  enabled: Generated<number>;
  created_by: number | null;
  created_at: number;
  updated_at: number;
}

export interface AutoReplyKeywordsTable {
  id: Generated<number>;
  rule_id: number;
  /** Copied from the rule: an index build reads one account's keywords without a join. */
  account_id: number;
  position: number;
  /** As the editor typed it (a regex: its source). */
  keyword: string;
  /** After folding (fold.ts); a regex: its folded source. */
  folded: string;
  match_type: AutoReplyMatchType;
}

export interface AutoReplyTables {
  autoreply_settings: AutoReplySettingsTable;
  autoreply_rules: AutoReplyRulesTable;
  autoreply_keywords: AutoReplyKeywordsTable;
}
