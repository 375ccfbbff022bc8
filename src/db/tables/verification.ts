/** Account verification (0017). Row types; see ../schema.ts for the conventions. */
import type { Generated } from 'kysely';

export type VerificationKind = 'initial' | 'renewal' | 'rename';

/**
 * pending (waiting for a platform admin) → changes_requested (the account edits and
 * resubmits: pending again) … → approved | rejected; the account may withdraw while open.
 */
export type VerificationStatus = 'pending' | 'changes_requested' | 'approved' | 'rejected' | 'withdrawn';

export type VerificationAction =
  'submitted' | 'resubmitted' | 'changes_requested' | 'approved' | 'rejected' | 'withdrawn';

/** An uploaded authorisation letter; readable by the account's staff and platform admins only. */
export interface VerificationLettersTable {
  id: Generated<number>;
  account_id: number;
  /** `verification/<sha256[0:2]>/<sha256>.<ext>` in the media storage (never public). */
  storage_key: string;
  mime: string;
  size: number;
  sha256: string;
  original_name: string | null;
  uploaded_by: number;
  created_at: number;
}

export interface VerificationApplicationsTable {
  id: Generated<number>;
  account_id: number;
  kind: VerificationKind;
  status: VerificationStatus;
  /** The verified name asked for (for a rename: the account's new name as well). */
  requested_name: string;
  /** Unified social credit code (18) or organisation code (9), normalised to upper case. */
  credit_code: string;
  letter_id: number | null;
  operator_name: string;
  operator_phone: string;
  applied_by: number;
  created_at: number;
  updated_at: number;
  /** Last (re)submission: the queue's order. */
  submitted_at: number;
  decided_at: number | null;
  decided_by: number | null;
}

/** One step of an application, with the words that came with it. */
export interface VerificationEventsTable {
  id: Generated<number>;
  application_id: number;
  at: number;
  actor_id: number | null;
  action: VerificationAction;
  comment: Generated<string>;
}

/** A reminder ('remind-30', 'remind-7', 'remind-1') or 'lapse' sent for one expiry: sent once. */
export interface VerificationNoticesTable {
  account_id: number;
  verified_until: number;
  notice: string;
  sent_at: number;
}

export interface VerificationTables {
  verification_letters: VerificationLettersTable;
  verification_applications: VerificationApplicationsTable;
  verification_events: VerificationEventsTable;
  verification_notices: VerificationNoticesTable;
}
