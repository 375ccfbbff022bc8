/** Release tiers' review workflow and article versions (0011). Row types; see ../schema.ts for the conventions. */
import type { Generated } from 'kysely';

/** An account's approval chain of one tier; absent = the default (review/chains.ts). */
export interface ReviewChainsTable {
  account_id: number;
  tier: number;
  /** JSON array of roles ('reviewer' | 'leader' | 'admin' | 'editor'), in approval order. */
  roles: string;
  updated_by: number | null;
  updated_at: number;
}

/** 'draft': a saved change before release; 'correction': an edit of a published article. */
export type ArticleVersionKind = 'draft' | 'correction';

/** A snapshot of an article's content as saved; numbered per article. */
export interface ArticleVersionsTable {
  id: Generated<number>;
  account_id: number;
  article_id: number;
  version: number;
  kind: ArticleVersionKind;
  title: string;
  author: string;
  summary: string;
  body_html: string;
  cover_media_id: number | null;
  tier: number;
  created_by: number | null;
  created_at: number;
}

/** 'release': the article's first way out; 'correction': a revision of a published article. */
export type SubmissionKind = 'release' | 'correction';
export type SubmissionStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn' | 'superseded';

export interface ReviewSubmissionsTable {
  id: Generated<number>;
  account_id: number;
  article_id: number;
  kind: SubmissionKind;
  /** The article version submitted (article_versions.version). */
  version: number;
  /** JSON array of roles: the chain as it was at submission. */
  chain: string;
  /** Index into `chain` of the approval awaited (== chain length once approved). */
  step: Generated<number>;
  status: SubmissionStatus;
  submitted_by: number | null;
  submitted_at: number;
  decided_at: number | null;
}

export interface ReviewDecisionsTable {
  id: Generated<number>;
  submission_id: number;
  account_id: number;
  article_id: number;
  step: number;
  role: string;
  decision: 'approve' | 'reject';
  /** Required for a rejection; may be empty for an approval. */
  comment: string;
  actor_id: number | null;
  at: number;
}

export interface ReviewTables {
  review_chains: ReviewChainsTable;
  article_versions: ArticleVersionsTable;
  review_submissions: ReviewSubmissionsTable;
  review_decisions: ReviewDecisionsTable;
}
