/** Name holds of the impersonation guard (0019). Row types; see ../schema.ts for the conventions. */
import type { Generated } from 'kysely';

export type NameHoldKind = 'create' | 'rename';
export type NameHoldStatus = 'pending' | 'approved' | 'rejected' | 'superseded';

export interface NameHoldsTable {
  id: Generated<number>;
  account_id: number;
  kind: NameHoldKind;
  proposed_name: string;
  closest_account_id: number | null;
  closest_name: string;
  /** The guard's score × 1000. */
  score_milli: number;
  /** JSON: the guard's differences (compare.ts Difference[]). */
  differences: string;
  status: Generated<NameHoldStatus>;
  requested_by: number | null;
  decided_by: number | null;
  decided_at: number | null;
  decision_reason: string | null;
  created_at: number;
}

export interface GuardTables {
  name_holds: NameHoldsTable;
}
