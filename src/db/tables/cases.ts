/** Cases: consultations, complaints, reports and suggestions with statutory clocks (0022). */
import type { Generated } from 'kysely';

export const CASE_KINDS = ['consultation', 'complaint', 'report', 'suggestion'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

/**
 * received → accepted → in_progress → answered → closed; answered/closed → in_progress again
 * when the citizen reopens (once, within 7 days). A transfer keeps the status it had, except
 * that a case moved to a new department is `received` there until it accepts it.
 */
export const CASE_STATUSES = ['received', 'accepted', 'in_progress', 'answered', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** calendar: wall-clock hours; working: only time on working days counts (see cases/clock.ts). */
export type CaseTimeBasis = 'calendar' | 'working';

/** The next thing the clock sweep does for a case: stage + when (cases.clock_next_at). */
export type CaseClockStage = 'statement_warning' | 'statement_breach' | 'warning' | 'breach';

export type CaseContactPreference = 'phone' | 'message' | 'none';

export type CaseEventKind =
  | 'received'
  | 'routed' // moved by a routing rule at filing
  | 'accepted'
  | 'transferred'
  | 'in_progress'
  | 'statement' // first public statement (major public-opinion events)
  | 'answered'
  | 'closed'
  | 'reopened'
  | 'rated'
  | 'note' // internal note of the handling team
  | 'warning'
  | 'breach'
  | 'escalated'
  | 'assist_requested'
  | 'assist_message'
  | 'assist_closed';

export type CaseParticipantRole = 'handling' | 'transferred_away' | 'assisting';

/** The platform-wide taxonomy (platform admins). Each active category is an Open311 service. */
export interface CaseCategoriesTable {
  id: Generated<number>;
  /** Stable code, also the Open311 service_code: [a-z0-9_-]{2,40}. */
  code: string;
  /** One level of grouping (Open311 `group`): null for a top-level category. */
  parent_id: number | null;
  name_zh: string;
  name_en: string;
  description_zh: string;
  description_en: string;
  /** Keywords for Open311 and search, comma-separated. */
  keywords: string;
  /** 1: a major matter / emergency (24 h by default). */
  major: Generated<number>;
  /** Hours to answer; default 48, or 24 for major. */
  due_hours: number;
  /** Hours to a first public statement (major public-opinion events); null = none. */
  statement_hours: number | null;
  time_basis: CaseTimeBasis;
  /** Warn the handling team at this share of the time, in percent (default 75). */
  warn_percent: number;
  /** JSON array of Open311 attributes: {code, datatype, required, description, order, values?}. */
  attributes: string;
  active: Generated<number>;
  position: Generated<number>;
  created_at: number;
  updated_at: number;
}

/** An account's own clock for one category, or for all its cases (category_id null). */
export interface CaseClockSettingsTable {
  id: Generated<number>;
  account_id: number;
  category_id: number | null;
  due_hours: number;
  statement_hours: number | null;
  time_basis: CaseTimeBasis;
  warn_percent: number;
  updated_by: number | null;
  updated_at: number;
}

/** category + region prefix → responsible account; the longest matching prefix wins. */
export interface CaseRoutingRulesTable {
  id: Generated<number>;
  category_id: number;
  /** GB/T 2260 code prefix (2, 4 or 6 digits); '' matches every region. */
  region_prefix: string;
  account_id: number;
  created_by: number | null;
  created_at: number;
}

export interface CasesTable {
  id: Generated<number>;
  /** What the citizen quotes: `SQ20261207-000042` (Beijing date of filing + id). */
  tracking_no: string;
  kind: CaseKind;
  category_id: number;
  /** Where the citizen filed it (the door); never changes. */
  filed_account_id: number;
  /** The department handling it now. */
  account_id: number;
  /** null for requests filed through Open311 without a citizen account. */
  citizen_id: number | null;
  /** 1: the department does not see who filed it (the platform does). */
  anonymous: Generated<number>;
  /** For reports: the account reported on; it never sees the reporter, never handles the case. */
  reported_account_id: number | null;
  title: string;
  description: string;
  contact_preference: CaseContactPreference;
  /** Name/phone/email the filer gave for this case (JSON), e.g. from Open311. */
  contact: string | null;
  region_code: string | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  status: CaseStatus;
  /** Copied from the category/account settings when the clock starts. */
  major: Generated<number>;
  time_basis: CaseTimeBasis;
  warn_percent: number;
  /** When the current clock started (filing, or reopening). */
  clock_started_at: number;
  /** Deadlines of the current clock (cases/clock.ts caseDeadlines). */
  warn_at: number;
  due_at: number;
  statement_warn_at: number | null;
  statement_due_at: number | null;
  statement_at: number | null;
  /** The sweep's next step for this case; null once the clock stopped (answered/closed). */
  clock_next_at: number | null;
  clock_stage: CaseClockStage | null;
  warned_at: number | null;
  breached_at: number | null;
  answer: string | null;
  answered_at: number | null;
  answered_by: number | null;
  /** The first answer, for statistics: when, and whether by the deadline of that time (1/0). */
  first_answered_at: number | null;
  answered_on_time: number | null;
  closed_at: number | null;
  reopened_at: number | null;
  reopen_count: Generated<number>;
  satisfaction: number | null;
  satisfaction_comment: string | null;
  rated_at: number | null;
  /** 'app' | 'open311'. */
  source: string;
  /** Open311: the client (api key) that created it, and the token of its create answer. */
  open311_client_id: number | null;
  open311_token: string | null;
  /** Open311 (0025): the client's own public photo link, and the attribute answers (JSON). */
  media_url: Generated<string | null>;
  open311_attributes: Generated<string | null>;
  created_at: number;
  updated_at: number;
}

/** The case's history. `public` events are what the citizen's case page shows. */
export interface CaseEventsTable {
  id: Generated<number>;
  case_id: number;
  kind: CaseEventKind;
  actor_kind: 'citizen' | 'staff' | 'system';
  actor_id: number | null;
  /** The department acting (or the case's department for system events). */
  account_id: number | null;
  /** Transfer / assist target. */
  to_account_id: number | null;
  public: number;
  body: string | null;
  /** JSON details (e.g. {"rule":3}, {"dueAt":…}). */
  data: string | null;
  created_at: number;
}

/** Departments that may see a case; access checks look here. */
export interface CaseParticipantsTable {
  case_id: number;
  account_id: number;
  role: CaseParticipantRole;
  since: number;
}

/** Joint handling: one department asks another for help without handing the case over. */
export interface CaseAssistsTable {
  id: Generated<number>;
  case_id: number;
  from_account_id: number;
  to_account_id: number;
  status: 'open' | 'closed';
  request: string;
  created_by: number;
  created_at: number;
  closed_at: number | null;
}

/** Photos and files. Private storage keys (`cases/…`), served only through an access check. */
export interface CaseAttachmentsTable {
  id: Generated<number>;
  /** null until the case is filed. */
  case_id: number | null;
  /** Uploader: a citizen (before filing) or staff (with an answer); one of the two. */
  citizen_id: number | null;
  staff_user_id: number | null;
  /** The event it belongs to (e.g. the answer); null = filed with the case. */
  event_id: number | null;
  position: Generated<number>;
  name: string;
  storage_key: string;
  thumb_key: string | null;
  mime: string;
  size: number;
  width: number | null;
  height: number | null;
  created_at: number;
}

/** Open311 api keys (platform admins issue them); only the SHA-256 is kept. */
export interface Open311ClientsTable {
  id: Generated<number>;
  name: string;
  key_hash: string;
  created_by: number | null;
  created_at: number;
  revoked_at: number | null;
}

export interface CaseTables {
  case_categories: CaseCategoriesTable;
  case_clock_settings: CaseClockSettingsTable;
  case_routing_rules: CaseRoutingRulesTable;
  cases: CasesTable;
  case_events: CaseEventsTable;
  case_participants: CaseParticipantsTable;
  case_assists: CaseAssistsTable;
  case_attachments: CaseAttachmentsTable;
  open311_clients: Open311ClientsTable;
}
