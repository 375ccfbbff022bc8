/**
 * Appending to a case's history. Every change of a case writes its event in the same
 * transaction; `public` events are the citizen's timeline, the rest stay with the departments.
 */
import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.js';
import type { CaseEventKind } from '../../db/tables/cases.js';

export interface NewCaseEvent {
  caseId: number;
  kind: CaseEventKind;
  actorKind: 'citizen' | 'staff' | 'system';
  actorId: number | null;
  accountId: number | null;
  toAccountId?: number | null;
  public: boolean;
  body?: string | null;
  data?: Record<string, unknown> | null;
  at: number;
}

/** The kinds a citizen sees on the case page (bodies of answers and statements included). */
export const PUBLIC_EVENT_KINDS: ReadonlySet<CaseEventKind> = new Set<CaseEventKind>([
  'received',
  'routed',
  'accepted',
  'transferred',
  'in_progress',
  'statement',
  'answered',
  'closed',
  'reopened',
  'rated',
]);

export async function appendCaseEvent(k: Kysely<Schema>, e: NewCaseEvent): Promise<number> {
  const row = await k
    .insertInto('case_events')
    .values({
      case_id: e.caseId,
      kind: e.kind,
      actor_kind: e.actorKind,
      actor_id: e.actorId,
      account_id: e.accountId,
      to_account_id: e.toAccountId ?? null,
      public: e.public ? 1 : 0,
      body: e.body ?? null,
      data: e.data ? JSON.stringify(e.data) : null,
      created_at: e.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** "SQ" + Beijing date of filing + the id, zero-padded: what the citizen quotes. */
export function trackingNumber(id: number, filedAt: number): string {
  const date = new Date(filedAt + 8 * 3_600_000).toISOString().slice(0, 10).replaceAll('-', '');
  return `SQ${date}-${String(id).padStart(6, '0')}`;
}
