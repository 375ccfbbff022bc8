/** Durable jobs, messaging settings (response-clock policy) and staff notifications. Row types; see ../schema.ts for the conventions. */
import type { Generated } from 'kysely';

/** One durable job (ENGINEERING.md, shape 8): a row, so a crash or restart loses nothing. */
export interface JobsTable {
  id: Generated<number>;
  /** A name of `JobPayloads` (src/infra/jobs/names.ts). */
  name: string;
  /** JSON of the payload. */
  payload: string;
  /** Not before this time. */
  run_at: number;
  /** Optional de-duplication key, unique when not null (e.g. "conversation.clock:17"). */
  key: string | null;
  status: 'pending' | 'running' | 'done' | 'failed';
  attempts: number;
  /** Lease of the runner that claimed it; after it passes another runner may take the job over. */
  locked_until: number | null;
  last_error: string | null;
  created_at: number;
  finished_at: number | null;
}

/** An account's first-response policy; no row means the defaults (DEFAULT_POLICY). */
export interface MessagingSettingsTable {
  account_id: number;
  first_response_minutes: number;
  working_hours_only: number;
  /** ISO weekdays, comma-separated, e.g. "1,2,3,4,5" (1 = Monday). */
  working_days: string;
  /** 'HH:MM', Beijing time. */
  work_start: string;
  work_end: string;
  warn_before_minutes: number;
  updated_at: number;
}

/** A personal notification of one staff user (bell in the console). */
export interface StaffNotificationsTable {
  id: Generated<number>;
  user_id: number;
  account_id: number | null;
  kind:
    | 'clock.warning'
    | 'clock.breached'
    | 'conversation.assigned'
    | 'conversation.transferred'
    | 'review.awaiting'
    | 'review.approved'
    | 'review.rejected'
    | 'account.suspended'
    | 'account.reinstated'
    | 'verification.submitted'
    | 'verification.changes_requested'
    | 'verification.approved'
    | 'verification.rejected'
    | 'verification.expiring'
    | 'verification.lapsed'
    | 'name_hold.approved'
    | 'name_hold.rejected'
    | 'case.warning'
    | 'case.breached'
    | 'case.escalated'
    | 'case.transferred'
    | 'case.assist'
    | 'case.received'
    | 'case.reopened';
  title_zh: string;
  title_en: string;
  body_zh: string;
  body_en: string;
  link: string | null;
  created_at: number;
  read_at: number | null;
}

export interface JobTables {
  jobs: JobsTable;
  messaging_settings: MessagingSettingsTable;
  staff_notifications: StaffNotificationsTable;
}
