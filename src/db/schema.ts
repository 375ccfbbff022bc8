/**
 * Row types of every table, as the query layer sees them. Migrations never import this file
 * (they are typed against Kysely<unknown>), so it describes the schema at the newest migration.
 *
 * Conventions: ids are integers; times are epoch milliseconds; booleans are 0/1 integers
 * (one representation on both dialects); JSON is stored as text.
 */
import type { Generated } from 'kysely';
import type { AutoReplyTables } from './tables/autoreplies.js';
import type { CalendarTables } from './tables/calendar.js';
import type { ConversationTables } from './tables/conversations.js';
import type { EngagementTables } from './tables/engagement.js';
import type { FakeReportTables } from './tables/fakereports.js';
import type { GuardTables } from './tables/guard.js';
import type { JobTables } from './tables/jobs.js';
import type { MenuVariantTables } from './tables/menus.js';
import type { PushTables } from './tables/pushes.js';
import type { ReviewTables } from './tables/review.js';
import type { CaseTables } from './tables/cases.js';
import type { ScreeningTables } from './tables/screening.js';
import type { SigningTables } from './tables/signing.js';
import type { VerificationTables } from './tables/verification.js';

export type AccountLevel = 'national' | 'provincial' | 'municipal' | 'county' | 'township';
export type StaffRole = 'admin' | 'editor' | 'reviewer' | 'leader' | 'responder' | 'analyst';

export interface RegionsTable {
  /** GB/T 2260 six-digit code. */
  code: string;
  name: string;
  parent_code: string | null;
  /** 1 province, 2 prefecture/city, 3 county/district. */
  level: number;
}

export interface AccountsTable {
  id: Generated<number>;
  /** Public handle used in URLs, e.g. "henan-edu". */
  handle: string;
  name: string;
  level: AccountLevel;
  department_type: string;
  region_code: string;
  owning_unit: string;
  contact: string;
  avatar_url: string | null;
  introduction: string;
  verified: Generated<number>;
  /** The approved name while verified (unique across the platform; 0016). */
  verified_name: Generated<string | null>;
  verified_at: Generated<number | null>;
  /** When the verification lapses unless renewed (epoch ms). */
  verified_until: Generated<number | null>;
  /** Unified social credit code (or organisation code) checked at verification. */
  credit_code: Generated<string | null>;
  /** 'held': created with a name the impersonation guard holds for review; hidden like 'suspended'. */
  status: Generated<'active' | 'suspended' | 'held'>;
  /** Counters kept in the same transaction as the change, so reads never count rows. */
  follower_count: Generated<number>;
  publication_seq: Generated<number>;
  last_publication_id: number | null;
  last_published_at: number | null;
  /** Newest seq released to part of the followers only (0014; unread counting). */
  last_targeted_seq: Generated<number>;
  created_at: number;
  updated_at: number;
}

export interface StaffUsersTable {
  id: Generated<number>;
  username: string;
  password_hash: string;
  display_name: string;
  is_platform_admin: Generated<number>;
  /** Region code prefix a supervisor may read, or null when not a supervisor. */
  supervisor_region: string | null;
  disabled: Generated<number>;
  created_at: number;
}

export interface StaffRolesTable {
  user_id: number;
  account_id: number;
  role: StaffRole;
  granted_at: number;
}

/** One failed console sign-in; counted per username over a sliding window. */
export interface StaffLoginAttemptsTable {
  id: Generated<number>;
  /** Lower-cased as typed, whether or not such a user exists. */
  username: string;
  attempted_at: number;
}

export interface SessionsTable {
  /** SHA-256 of the cookie value: a leaked table does not leak live sessions. */
  id_hash: string;
  kind: 'staff' | 'citizen';
  subject_id: number;
  csrf_token: string;
  created_at: number;
  expires_at: number;
}

export interface CitizensTable {
  id: Generated<number>;
  phone: string;
  created_at: number;
  /** Where the citizen says they live (GB/T 2260), for per-region menus; null = not said. Added by 0006. */
  region_code: Generated<string | null>;
}

export interface OtpCodesTable {
  phone: string;
  code_hash: string;
  expires_at: number;
  attempts: number;
  sent_at: number;
  /** Start of the current hourly send window and the sends inside it. */
  window_start: number;
  window_sends: number;
}

export interface FollowsTable {
  account_id: number;
  citizen_id: number;
  /** Per-account pseudonym: the only citizen id staff and developers ever see. */
  openid: string;
  followed_at: number;
  /** The account's publication_seq the citizen has read up to (unread = seq - this). */
  last_read_seq: number;
  /** QR scene the follower came from, if any. */
  scene: string | null;
}

export interface MediaTable {
  id: Generated<number>;
  account_id: number;
  sha256: string;
  mime: string;
  size: number;
  /** Path under the media root (content-addressed). */
  storage_key: string;
  created_by: number;
  created_at: number;
  /** What the file is (0015_media); decides how articles embed it. */
  kind: Generated<MediaKind>;
  /** The uploaded file's name (attachments are linked by it). */
  original_name: string | null;
  /** Pixels of a stored image (after server-side resizing). */
  width: number | null;
  height: number | null;
  /** Storage key of an image's ~360 px WebP thumbnail. */
  thumb_key: string | null;
}

export type MediaKind = 'image' | 'video' | 'audio' | 'attachment';

/**
 * An article's place in the release procedure: draft → in_review (through the tier's approval
 * chain) → approved → scheduled (a push is due) → published → withdrawn; a rejection sends it
 * to `rejected`, which edits like a draft and is resubmitted.
 */
export type ArticleStatus =
  'draft' | 'in_review' | 'rejected' | 'approved' | 'scheduled' | 'published' | 'withdrawn';

export interface ArticlesTable {
  id: Generated<number>;
  account_id: number;
  title: string;
  author: string;
  summary: string;
  /** Sanitised HTML: sanitize-html runs before every write. */
  body_html: string;
  cover_media_id: number | null;
  /** Release tier of the paper (1 convenience, 2 news, 3 emergency/sensitive). */
  tier: Generated<number>;
  status: Generated<ArticleStatus>;
  version: Generated<number>;
  created_by: number;
  created_at: number;
  updated_at: number;
}

export interface PublicationsTable {
  id: Generated<number>;
  account_id: number;
  article_id: number;
  /** Stable public URL part: /a/<slug>. */
  slug: string;
  /** Per-account sequence number; drives unread counts. */
  seq: number;
  title: string;
  summary: string;
  cover_url: string | null;
  published_by: number;
  published_at: number;
  /** Set when the account withdrew it (0010). */
  withdrawn_at: Generated<number | null>;
  /** Set when an approved correction replaced its public text (0010). */
  revised_at: Generated<number | null>;
  /** The mass push that released it (0010). */
  push_id: Generated<number | null>;
  /** null = every follower; JSON `{"tags":[…]}` or `{"region":"<GB/T 2260 prefix>"}` (0010). */
  audience: Generated<string | null>;
}

/** An account's default custom menu. */
export interface MenusTable {
  account_id: number;
  /** WeChat's menu/create body, `{"button":[...]}`, checked by validateMenu before every write. */
  menu_json: string;
  updated_at: number;
}

/** A fixed-window rate-limit counter (embedded profile; Redis holds them when configured). */
export interface RateLimitsTable {
  /** What is limited and for whom, e.g. "otp-ip:203.0.113.7". */
  key: string;
  /** Start of the window, epoch ms, a multiple of the window length. */
  window_start: number;
  /** Hits in this window, refused ones included. */
  count: number;
  /** End of the window: the row is purged after it. */
  expires_at: number;
}

export interface OutboxTable {
  id: Generated<number>;
  /** Real-time room, e.g. "account:12". */
  room: string;
  event: string;
  payload: string;
  created_at: number;
  dispatched_at: number | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: number;
  actor_kind: 'staff' | 'citizen' | 'system';
  actor_id: number | null;
  account_id: number | null;
  action: string;
  target: string | null;
  details: string;
  /** Hash chain: sha256(prev_hash + this row's content); any edit breaks every later hash. */
  prev_hash: string;
  hash: string;
}

export interface MetaTable {
  key: string;
  value: string;
}

/**
 * Every table. Tables of the messaging domains are declared in `./tables/<domain>.ts` so each
 * domain's row types sit in one small file.
 */
export interface Schema
  extends
    MenuVariantTables,
    AutoReplyTables,
    CalendarTables,
    CaseTables,
    ConversationTables,
    JobTables,
    EngagementTables,
    FakeReportTables,
    GuardTables,
    PushTables,
    ReviewTables,
    ScreeningTables,
    SigningTables,
    VerificationTables {
  regions: RegionsTable;
  accounts: AccountsTable;
  staff_users: StaffUsersTable;
  staff_roles: StaffRolesTable;
  staff_login_attempts: StaffLoginAttemptsTable;
  sessions: SessionsTable;
  citizens: CitizensTable;
  otp_codes: OtpCodesTable;
  follows: FollowsTable;
  media: MediaTable;
  articles: ArticlesTable;
  publications: PublicationsTable;
  menus: MenusTable;
  rate_limits: RateLimitsTable;
  outbox: OutboxTable;
  audit_log: AuditLogTable;
  meta: MetaTable;
}
