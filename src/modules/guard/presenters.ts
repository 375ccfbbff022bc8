/** How name holds appear in API answers (schema.ts). */
import type { Difference } from './compare.js';
import type { NameHoldListRow, NameHoldRow } from './repository.js';
import type { NameHoldSummaryT } from './schema.js';

function differencesOf(json: string): Difference[] {
  try {
    const parsed = JSON.parse(json) as unknown;
    return Array.isArray(parsed) ? (parsed as Difference[]) : [];
  } catch {
    return [];
  }
}

export function toNameHoldSummary(row: NameHoldRow): NameHoldSummaryT {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    proposedName: row.proposed_name,
    closestName: row.closest_name,
    score: Number(row.score_milli) / 1000,
    differences: differencesOf(row.differences),
    createdAt: Number(row.created_at),
    decisionReason: row.decision_reason,
  };
}

export function toNameHold(row: NameHoldListRow) {
  return {
    ...toNameHoldSummary(row),
    account: {
      id: row.account_id,
      handle: row.account_handle,
      name: row.account_name,
      status: row.account_status,
    },
    closestAccountId: row.closest_account_id,
    decidedAt: row.decided_at === null ? null : Number(row.decided_at),
  };
}
