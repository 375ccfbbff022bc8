/**
 * What the handling department does with a case: accept, report progress, answer, close, make
 * the first public statement, keep internal notes. Each action is one transaction: the case row
 * is locked, the status precondition checked (CASE_STATUS_CONFLICT otherwise), the change, its
 * event and its audit entry written together.
 *
 * Answering stops the answer clock: clock_next_at becomes the remaining statement step, if any,
 * or null. The first answer is kept for statistics with whether it came by the deadline. A first
 * statement stops the statement clock likewise.
 */
import type { Database } from '../../db/database.js';
import type { CaseEventKind, CaseStatus } from '../../db/tables/cases.js';
import type { StaffPrincipal } from '../../infra/auth/principal.js';
import { AppError } from '../../infra/errors.js';
import { appendCaseEvent } from '../cases/events.js';
import { loadCaseView, OPEN_STATUSES, requireActing, type CaseView } from './access.js';
import { resumedStep } from './clockSteps.js';
import { CaseworkRepository } from './repository.js';

export interface ActProps {
  principal: StaffPrincipal;
  accountId: number;
  caseId: number;
  now: number;
}

/** Runs `fn` on the locked case as its handling department may act on it. */
export function actOnCase<T>(
  database: Database,
  props: ActProps,
  fn: (tx: CaseworkRepository, view: CaseView) => Promise<T>,
  roles: Parameters<typeof requireActing>[1] = ['handling'],
): Promise<T> {
  return CaseworkRepository.of(database).transaction(async (tx) => {
    const view = await loadCaseView(tx, props.principal, props.accountId, props.caseId, { lock: true });
    requireActing(view, roles);
    return fn(tx, view);
  });
}

function requireStatus(view: CaseView, allowed: readonly CaseStatus[]): void {
  if (!allowed.includes(view.row.status))
    throw new AppError('CASE_STATUS_CONFLICT', { details: { status: view.row.status } });
}

/** A staff action's event on the case and its audit entry (the case's tracking number included). */
export async function record(
  tx: CaseworkRepository,
  view: CaseView,
  props: ActProps,
  e: {
    kind: CaseEventKind;
    public: boolean;
    toAccountId?: number | null;
    body?: string | null;
    data?: Record<string, unknown> | null;
  },
  audit: { action: string; details?: Record<string, unknown> },
): Promise<number> {
  const eventId = await appendCaseEvent(tx.k, {
    caseId: view.row.id,
    kind: e.kind,
    actorKind: 'staff',
    actorId: props.principal.userId,
    accountId: view.account.id,
    toAccountId: e.toAccountId ?? null,
    public: e.public,
    body: e.body ?? null,
    data: e.data ?? null,
    at: props.now,
  });
  await tx.audit({
    at: props.now,
    actorKind: 'staff',
    actorId: props.principal.userId,
    accountId: view.account.id,
    action: audit.action,
    target: `case:${view.row.id}`,
    details: { trackingNo: view.row.tracking_no, ...audit.details },
  });
  return eventId;
}

/** The department takes the case on: received → accepted. */
export function acceptCase(database: Database, props: ActProps): Promise<void> {
  return actOnCase(database, props, async (tx, view) => {
    requireStatus(view, ['received']);
    await tx.updateCase(view.row.id, { status: 'accepted', updated_at: props.now });
    await record(tx, view, props, { kind: 'accepted', public: true }, { action: 'case.accept' });
  });
}

/** Work is under way, with an optional note the citizen reads: accepted/in_progress → in_progress. */
export function reportProgress(database: Database, props: ActProps & { note: string }): Promise<void> {
  return actOnCase(database, props, async (tx, view) => {
    requireStatus(view, ['accepted', 'in_progress']);
    const note = props.note.trim();
    await tx.updateCase(view.row.id, { status: 'in_progress', updated_at: props.now });
    await record(
      tx,
      view,
      props,
      { kind: 'in_progress', public: true, body: note || null },
      { action: 'case.progress', details: { note } },
    );
  });
}

/** The answer the citizen reads, with optional files the same staff member uploaded. */
export function answerCase(
  database: Database,
  props: ActProps & { body: string; attachmentIds: number[] },
): Promise<void> {
  const body = props.body.trim();
  if (!body) throw new AppError('VALIDATION_FAILED', { field: 'body' });
  return actOnCase(database, props, async (tx, view) => {
    requireStatus(view, OPEN_STATUSES);
    const ids = [...new Set(props.attachmentIds)];
    const uploads = await tx.unattachedStaffUploads(props.principal.userId, ids);
    if (uploads.length !== ids.length)
      throw new AppError('CASE_ATTACHMENT_INVALID', { field: 'attachmentIds' });
    const row = view.row;
    const first = row.first_answered_at === null;
    const next = resumedStep(row, { statementMade: row.statement_at !== null, answered: true });
    await tx.updateCase(row.id, {
      status: 'answered',
      answer: body,
      answered_at: props.now,
      answered_by: props.principal.userId,
      ...(first ? { first_answered_at: props.now, answered_on_time: props.now <= row.due_at ? 1 : 0 } : {}),
      clock_stage: next?.stage ?? null,
      clock_next_at: next?.at ?? null,
      updated_at: props.now,
    });
    const eventId = await record(
      tx,
      view,
      props,
      { kind: 'answered', public: true, body },
      { action: 'case.answer', details: { attachments: ids, onTime: props.now <= row.due_at } },
    );
    await tx.attachUploads(ids, row.id, eventId);
  });
}

/** Staff close an answered case. */
export function closeCase(database: Database, props: ActProps): Promise<void> {
  return actOnCase(database, props, async (tx, view) => {
    requireStatus(view, ['answered']);
    await tx.updateCase(view.row.id, {
      status: 'closed',
      closed_at: props.now,
      clock_stage: null,
      clock_next_at: null,
      updated_at: props.now,
    });
    await record(tx, view, props, { kind: 'closed', public: true }, { action: 'case.close' });
  });
}

/** The first public statement (major public-opinion events): stops the statement clock. */
export function makeStatement(database: Database, props: ActProps & { body: string }): Promise<void> {
  const body = props.body.trim();
  if (!body) throw new AppError('VALIDATION_FAILED', { field: 'body' });
  return actOnCase(database, props, async (tx, view) => {
    requireStatus(view, [...OPEN_STATUSES, 'answered']);
    const row = view.row;
    if (row.statement_at !== null) throw new AppError('CASE_STATEMENT_ALREADY_MADE');
    const next = resumedStep(row, {
      statementMade: true,
      answered: row.status === 'answered',
    });
    await tx.updateCase(row.id, {
      statement_at: props.now,
      clock_stage: next?.stage ?? null,
      clock_next_at: next?.at ?? null,
      updated_at: props.now,
    });
    await record(
      tx,
      view,
      props,
      { kind: 'statement', public: true, body },
      {
        action: 'case.statement',
        details: { onTime: row.statement_due_at === null || props.now <= row.statement_due_at },
      },
    );
  });
}

/** An internal note of the handling team (never shown to the citizen). */
export function addNote(database: Database, props: ActProps & { body: string }): Promise<void> {
  const body = props.body.trim();
  if (!body) throw new AppError('VALIDATION_FAILED', { field: 'body' });
  return actOnCase(database, props, async (tx, view) => {
    await record(tx, view, props, { kind: 'note', public: false, body }, { action: 'case.note' });
  });
}
