/** Sensitive-word screening: the platform dictionary and account lists. Row types; see ../schema.ts for the conventions. */
import type { Generated } from 'kysely';

export type ScreeningLevel = 'block' | 'warn';

/** Scope 0 is the platform dictionary; any other scope is an account id (its own list). */
export const PLATFORM_SCOPE = 0;

export interface ScreeningWordsTable {
  id: Generated<number>;
  /** 0 = platform dictionary, otherwise the account id. */
  scope: number;
  /** As typed (trimmed). */
  word: string;
  /** Folded (src/modules/screening/normalize.ts); unique per scope. */
  normalized: string;
  level: ScreeningLevel;
  /** Free text: a category or why the word is listed. */
  note: string;
  created_by: number | null;
  created_at: number;
  updated_at: number;
}

/** One row per scope that was ever written: compiled dictionaries compare the version. */
export interface ScreeningVersionsTable {
  scope: number;
  version: number;
  /** Random, rewritten with every bump: the key compiled dictionaries are cached under. */
  stamp: string;
  updated_at: number;
}

export interface ScreeningTables {
  screening_words: ScreeningWordsTable;
  screening_versions: ScreeningVersionsTable;
}
