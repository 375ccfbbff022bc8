/** Who may do what with sensitive-word lists. */
import type { StaffRole } from '../../db/schema.js';
import { ARTICLE_READ_ROLES } from '../publishing/policy.js';

/** An account's list: its admins write it (platform admins pass every check). */
export const SCREENING_WRITE_ROLES: readonly StaffRole[] = ['admin'];
/** Editors and reviewers read it: they are the ones who must avoid the words. */
export const SCREENING_READ_ROLES: readonly StaffRole[] = ['admin', 'editor', 'reviewer', 'leader'];
/** The editor's live check: whoever may read the account's articles. */
export const SCREENING_CHECK_ROLES: readonly StaffRole[] = ARTICLE_READ_ROLES;

export const SCREENING_LIMITS = {
  wordLength: 30,
  noteLength: 100,
  platformWords: 100_000,
  accountWords: 10_000,
  importLines: 100_000,
  /** Bad lines listed in an import error (the count says how many there were in all). */
  importErrorsShown: 100,
  /** Hits one check answers with (a text full of one word is not a longer answer). */
  hitsPerCheck: 1_000,
} as const;
