/**
 * An account's audit log for the people who answer for it: its admins, platform admins and
 * the supervisors of its region (supervision is reading exactly this).
 */
import { canAccess, supervises, type StaffPrincipal } from '../../infra/auth/principal.js';
import type { AuditRepository, AuditRow } from './repository.js';

/** Account admins and platform admins (canAccess), and supervisors of the account's region. */
export function mayReadAudit(p: StaffPrincipal, account: { id: number; region_code: string }): boolean {
  return canAccess(p, account, { roles: ['admin'] }) || supervises(p, account.region_code);
}

export interface ListAuditEntriesProps {
  accountId: number;
  limit: number;
  /** The previous page's nextCursor: the id of its last entry. */
  cursor?: string;
  /** An exact action code, or a category prefix ending in a dot (`article.`). */
  action?: string;
}

export interface AuditEntryView {
  id: number;
  at: number;
  actorKind: AuditRow['actor_kind'];
  actor: { id: number; username: string; displayName: string } | null;
  action: string;
  target: string | null;
  details: Record<string, unknown>;
}

/** One page of entries, newest first; `nextCursor` is null on the last page. */
export async function listAuditEntries(
  repo: AuditRepository,
  props: ListAuditEntriesProps,
): Promise<{ items: AuditEntryView[]; nextCursor: string | null }> {
  const rows = await repo.listEntries({
    accountId: props.accountId,
    limit: props.limit + 1,
    beforeId: props.cursor === undefined ? undefined : Number(props.cursor),
    action: props.action,
  });
  const page = rows.slice(0, props.limit);
  const last = page.at(-1);
  return {
    items: page.map(presentEntry),
    nextCursor: rows.length > props.limit && last ? String(last.id) : null,
  };
}

export function presentEntry(row: AuditRow): AuditEntryView {
  return {
    id: row.id,
    at: Number(row.at),
    actorKind: row.actor_kind,
    actor:
      row.staff_id === null
        ? null
        : { id: row.staff_id, username: row.staff_username ?? '', displayName: row.staff_display_name ?? '' },
    action: row.action,
    target: row.target,
    details: parseDetails(row.details),
  };
}

/** Details are written by appendAudit as a JSON object; anything else is shown as found. */
function parseDetails(raw: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(raw);
    return v !== null && typeof v === 'object' && !Array.isArray(v)
      ? (v as Record<string, unknown>)
      : { value: v };
  } catch {
    return { raw };
  }
}
