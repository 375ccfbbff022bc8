/** Citizens' reports of suspected fake accounts (0020). Row types; see ../schema.ts for the conventions. */
import type { Generated } from 'kysely';

export const FAKE_REPORT_REASONS = [
  /** Pretends to be a government department or office. */
  'impersonates_department',
  /** Uses a government body's name, emblem or logo. */
  'uses_government_name',
  /** Asks for money, payment or personal data. */
  'asks_money_or_data',
  /** Spreads false "official" notices or information. */
  'false_information',
  'other',
] as const;
export type FakeReportReason = (typeof FAKE_REPORT_REASONS)[number];

/** `upheld`: the account was suspended; `dismissed`: the platform found nothing to act on. */
export type FakeReportStatus = 'open' | 'upheld' | 'dismissed';

export interface FakeReportsTable {
  id: Generated<number>;
  account_id: number;
  citizen_id: number;
  reason: FakeReportReason;
  description: string;
  status: Generated<FakeReportStatus>;
  /** The decision's reason as the reporter reads it. */
  outcome_note: string | null;
  decided_by: number | null;
  decided_at: number | null;
  /** When the reporter opened the decided report (null: the citizen app shows a dot). */
  outcome_seen_at: number | null;
  created_at: number;
}

export interface FakeReportScreenshotsTable {
  id: Generated<number>;
  citizen_id: number;
  /** Null until the report is filed. */
  report_id: number | null;
  position: Generated<number>;
  /** `evidence/<ab>/<sha256>.<ext>` in the media storage (never served by /media/). */
  storage_key: string;
  thumb_key: string;
  mime: string;
  size: number;
  width: number;
  height: number;
  created_at: number;
}

export interface FakeReportTables {
  fake_reports: FakeReportsTable;
  fake_report_screenshots: FakeReportScreenshotsTable;
}
