/** Reach and engagement of publications (0013). Row types; see ../schema.ts for the conventions. */
import type { Generated } from 'kysely';

/** One signed-in reader of a publication on one Beijing day (the key de-duplicates). */
export interface PublicationReadsTable {
  publication_id: number;
  citizen_id: number;
  /** Days since 1970-01-01 in Beijing time (UTC+8). */
  day: number;
  read_at: number;
}

/** Reads without a citizen session, counted per publication per Beijing day. */
export interface PublicationAnonReadsTable {
  publication_id: number;
  day: number;
  count: number;
}

/** Reads of an account's publications by hour of the Beijing day (0–23). */
export interface ReadHoursTable {
  account_id: number;
  hour: number;
  count: number;
}

/** Counters of one publication, kept with every change. */
export interface PublicationEngagementTable {
  publication_id: number;
  /** Signed-in reads (one per citizen per day). */
  reads: Generated<number>;
  anon_reads: Generated<number>;
  likes: Generated<number>;
  /** Share links made. */
  shares: Generated<number>;
  /** Opens of the public page through a share link. */
  share_opens: Generated<number>;
  useful: Generated<number>;
  not_useful: Generated<number>;
  /** Published comments (held and deleted ones are not counted). */
  comments: Generated<number>;
}

export interface PublicationLikesTable {
  publication_id: number;
  citizen_id: number;
  created_at: number;
}

/** "有用 / 没用": one answer per citizen per publication, changeable. */
export interface PublicationFeedbackTable {
  publication_id: number;
  citizen_id: number;
  /** 1 useful, 0 not useful. */
  useful: number;
  updated_at: number;
}

/** A share link `/a/<slug>?from=<token>`: attributed to the account, opens counted. */
export interface PublicationSharesTable {
  id: Generated<number>;
  publication_id: number;
  account_id: number;
  token: string;
  /** Who shared, when signed in. */
  citizen_id: number | null;
  opens: Generated<number>;
  created_at: number;
}

export type CommentStatus = 'held' | 'published' | 'deleted';

export interface PublicationCommentsTable {
  id: Generated<number>;
  publication_id: number;
  account_id: number;
  citizen_id: number;
  body: string;
  status: CommentStatus;
  /** Pinned above the others. */
  featured: Generated<number>;
  /** The account's one official reply, shown under the comment. */
  reply_body: string | null;
  reply_by: number | null;
  reply_at: number | null;
  delete_reason: string | null;
  moderated_by: number | null;
  moderated_at: number | null;
  created_at: number;
}

/** No row means the defaults (comments held for review). */
export interface EngagementSettingsTable {
  account_id: number;
  auto_publish_comments: number;
  updated_at: number;
}

export interface EngagementTables {
  publication_reads: PublicationReadsTable;
  publication_anon_reads: PublicationAnonReadsTable;
  read_hours: ReadHoursTable;
  publication_engagement: PublicationEngagementTable;
  publication_likes: PublicationLikesTable;
  publication_feedback: PublicationFeedbackTable;
  publication_shares: PublicationSharesTable;
  publication_comments: PublicationCommentsTable;
  engagement_settings: EngagementSettingsTable;
}
