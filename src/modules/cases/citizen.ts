/**
 * The citizen's side of a case: my cases, the case page (public timeline, attachments, the
 * answer, the live clock's deadline), rating the answer (once per answer) and reopening the
 * case (once, within 7 days of the answer: a new clock from the reopen time). A case that is
 * not the citizen's own is CASE_NOT_FOUND, whether it exists or not.
 */
import type { Static } from 'typebox';
import type { Database } from '../../db/database.js';
import { AppError } from '../../infra/errors.js';
import { notifyAccountStaff } from '../notifications/notify.js';
import { startClock } from './clockStart.js';
import { appendCaseEvent, PUBLIC_EVENT_KINDS } from './events.js';
import { CasesRepository, type AttachmentRow, type CaseRow, type CategoryRow } from './repository.js';
import type { CitizenCase, CitizenCaseSummary } from './schema.js';

export const REOPEN_WINDOW_MS = 7 * 86_400_000;
export const MY_CASES_PAGE = 20;

type CaseJson = Static<typeof CitizenCase>;
type SummaryJson = Static<typeof CitizenCaseSummary>;

const categoryRef = (c: CategoryRow) => ({ id: c.id, code: c.code, name: { zh: c.name_zh, en: c.name_en } });

export function canRate(c: CaseRow): boolean {
  return (
    (c.status === 'answered' || c.status === 'closed') &&
    c.answered_at !== null &&
    (c.rated_at === null || c.rated_at < c.answered_at)
  );
}

/** The last moment a reopen is accepted, or null when none is. */
export function reopenUntil(c: CaseRow): number | null {
  if (c.reopen_count > 0 || c.answered_at === null) return null;
  if (c.status !== 'answered' && c.status !== 'closed') return null;
  return c.answered_at + REOPEN_WINDOW_MS;
}

export async function listMyCases(
  database: Database,
  citizenId: number,
  cursor: string | undefined,
  now: number,
): Promise<{ items: SummaryJson[]; nextCursor: string | null }> {
  const repo = CasesRepository.of(database);
  const rows = await repo.citizenCases(citizenId, cursor ? Number(cursor) : null, MY_CASES_PAGE + 1);
  const page = rows.slice(0, MY_CASES_PAGE);
  const [accounts, categories] = await Promise.all([
    repo.accountsByIds(page.map((r) => r.account_id)),
    repo.categoriesByIds(page.map((r) => r.category_id)),
  ]);
  const acc = new Map(accounts.map((a) => [a.id, a]));
  const cat = new Map(categories.map((c) => [c.id, c]));
  return {
    items: page.map((r) => {
      const a = acc.get(r.account_id)!;
      return {
        id: r.id,
        trackingNo: r.tracking_no,
        kind: r.kind,
        title: r.title,
        status: r.status,
        category: categoryRef(cat.get(r.category_id)!),
        account: { id: a.id, handle: a.handle, name: a.name },
        createdAt: r.created_at,
        dueAt: r.due_at,
        answeredAt: r.answered_at,
        overdue: r.answered_at === null && r.status !== 'closed' && now > r.due_at,
        canRate: canRate(r),
      };
    }),
    nextCursor: rows.length > MY_CASES_PAGE ? String(page[page.length - 1]!.id) : null,
  };
}

export async function findMyCase(
  repo: CasesRepository,
  citizenId: number,
  trackingNo: string,
): Promise<CaseRow> {
  const row = await repo.findCitizenCase(citizenId, trackingNo);
  if (!row) throw new AppError('CASE_NOT_FOUND');
  return row;
}

export function attachmentUrl(trackingNo: string, id: number, thumb = false): string {
  return `/api/me/cases/${trackingNo}/attachments/${id}${thumb ? '?thumb=1' : ''}`;
}

/** The case page as the citizen sees it. */
export async function presentMyCase(repo: CasesRepository, c: CaseRow, now: number): Promise<CaseJson> {
  const [events, attachments, category] = await Promise.all([
    repo.publicEvents(c.id, [...PUBLIC_EVENT_KINDS]),
    repo.caseAttachments(c.id),
    repo.findCategory(c.category_id),
  ]);
  const accountIds = [c.filed_account_id, c.account_id];
  if (c.reported_account_id !== null) accountIds.push(c.reported_account_id);
  for (const e of events) {
    if (e.account_id !== null) accountIds.push(e.account_id);
    if (e.to_account_id !== null) accountIds.push(e.to_account_id);
  }
  const accounts = new Map((await repo.accountsByIds(accountIds)).map((a) => [a.id, a]));
  const ref = (id: number) => {
    const a = accounts.get(id);
    return { id, handle: a?.handle ?? '', name: a?.name ?? '' };
  };
  const named = (id: number | null) => (id === null ? null : { id, name: accounts.get(id)?.name ?? '' });
  const regionName = c.region_code ? await repo.regionName(c.region_code) : null;
  const publicIds = new Set(events.map((e) => e.id));
  const until = reopenUntil(c);
  return {
    id: c.id,
    trackingNo: c.tracking_no,
    kind: c.kind,
    category: categoryRef(category!),
    title: c.title,
    description: c.description,
    status: c.status,
    filedAccount: ref(c.filed_account_id),
    account: ref(c.account_id),
    reportedAccount: named(c.reported_account_id),
    anonymous: c.anonymous === 1,
    regionCode: c.region_code,
    regionName,
    address: c.address,
    latitude: c.latitude,
    longitude: c.longitude,
    contactPreference: c.contact_preference,
    major: c.major === 1,
    timeBasis: c.time_basis,
    createdAt: c.created_at,
    clockStartedAt: c.clock_started_at,
    dueAt: c.due_at,
    statementDueAt: c.statement_due_at,
    statementAt: c.statement_at,
    answer: c.answer,
    answeredAt: c.answered_at,
    closedAt: c.closed_at,
    reopenCount: c.reopen_count,
    reopenUntil: until !== null && now <= until ? until : null,
    canReopen: until !== null && now <= until,
    canRate: canRate(c),
    satisfaction: c.satisfaction,
    satisfactionComment: c.satisfaction_comment,
    attachments: attachments
      .filter((a) => citizenMaySee(a, publicIds))
      .map((a) => ({
        id: a.id,
        name: a.name,
        mime: a.mime,
        size: a.size,
        width: a.width,
        height: a.height,
        eventId: a.event_id,
        url: attachmentUrl(c.tracking_no, a.id),
        thumbUrl: a.thumb_key ? attachmentUrl(c.tracking_no, a.id, true) : null,
      })),
    events: events.map((e) => ({
      id: e.id,
      kind: e.kind as CaseJson['events'][number]['kind'],
      at: e.created_at,
      account: named(e.account_id),
      toAccount: named(e.to_account_id),
      body: e.body,
      score: e.kind === 'rated' ? scoreOf(e.data) : null,
    })),
    serverNow: now,
  };
}

/** The citizen's own files and those of public events (an answer's); never internal ones. */
function citizenMaySee(a: AttachmentRow, publicEventIds: ReadonlySet<number>): boolean {
  return a.event_id === null ? a.citizen_id !== null : publicEventIds.has(a.event_id);
}

/** An attachment of the citizen's case the case page shows, or undefined. */
export async function visibleAttachment(
  repo: CasesRepository,
  c: CaseRow,
  id: number,
): Promise<AttachmentRow | undefined> {
  const row = await repo.findAttachment(c.id, id);
  if (!row) return undefined;
  if (row.event_id === null) return row.citizen_id !== null ? row : undefined;
  const events = await repo.publicEvents(c.id, [...PUBLIC_EVENT_KINDS]);
  return citizenMaySee(row, new Set(events.map((e) => e.id))) ? row : undefined;
}

function scoreOf(data: string | null): number | null {
  if (!data) return null;
  try {
    const v = (JSON.parse(data) as { score?: unknown }).score;
    return typeof v === 'number' ? v : null;
  } catch {
    return null;
  }
}

/** Identity of reports and anonymous cases stays at platform level in the audit log. */
const auditAccount = (c: CaseRow) => (c.kind === 'report' || c.anonymous === 1 ? null : c.account_id);

export async function rateCase(
  database: Database,
  props: { citizenId: number; trackingNo: string; score: number; comment: string; now: number },
): Promise<CaseRow> {
  const comment = props.comment.trim() || null;
  return CasesRepository.of(database).transaction(async (repo) => {
    const c = await findMyCase(repo, props.citizenId, props.trackingNo);
    if (!canRate(c)) throw new AppError('CASE_NOT_RATABLE');
    const ok = await repo.updateCase(
      c.id,
      { updated_at: c.updated_at },
      {
        satisfaction: props.score,
        satisfaction_comment: comment,
        rated_at: props.now,
        updated_at: props.now,
      },
    );
    if (!ok) throw new AppError('CASE_NOT_RATABLE');
    await appendCaseEvent(repo.k, {
      caseId: c.id,
      kind: 'rated',
      actorKind: 'citizen',
      actorId: props.citizenId,
      accountId: c.account_id,
      public: true,
      body: comment,
      data: { score: props.score },
      at: props.now,
    });
    await repo.audit({
      at: props.now,
      actorKind: 'citizen',
      actorId: props.citizenId,
      accountId: auditAccount(c),
      action: 'case.rate',
      target: `case:${c.id}`,
      details: { trackingNo: c.tracking_no, score: props.score },
    });
    return (await repo.findCase(c.id))!;
  });
}

export async function reopenCase(
  database: Database,
  props: { citizenId: number; trackingNo: string; reason: string; now: number },
): Promise<CaseRow> {
  const reason = props.reason.trim();
  if ([...reason].length < 5) throw new AppError('VALIDATION_FAILED', { field: 'reason' });
  return CasesRepository.of(database).transaction(async (repo) => {
    const c = await findMyCase(repo, props.citizenId, props.trackingNo);
    const until = reopenUntil(c);
    if (until === null || props.now > until)
      throw new AppError('CASE_REOPEN_NOT_ALLOWED', {
        details: {
          reason:
            c.reopen_count > 0 ? 'already_reopened' : c.answered_at === null ? 'not_answered' : 'expired',
        },
      });
    const ok = await repo.updateCase(
      c.id,
      { status: c.status, reopen_count: c.reopen_count },
      {
        status: 'in_progress',
        reopen_count: c.reopen_count + 1,
        reopened_at: props.now,
        answer: null,
        answered_at: null,
        answered_by: null,
        closed_at: null,
        updated_at: props.now,
      },
    );
    if (!ok) throw new AppError('CASE_REOPEN_NOT_ALLOWED', { details: { reason: 'already_reopened' } });
    await appendCaseEvent(repo.k, {
      caseId: c.id,
      kind: 'reopened',
      actorKind: 'citizen',
      actorId: props.citizenId,
      accountId: c.account_id,
      public: true,
      body: reason,
      at: props.now,
    });
    const clock = await startClock(repo.k, c.id, props.now);
    await repo.audit({
      at: props.now,
      actorKind: 'citizen',
      actorId: props.citizenId,
      accountId: auditAccount(c),
      action: 'case.reopen',
      target: `case:${c.id}`,
      details: { trackingNo: c.tracking_no, dueAt: clock.deadlines.dueAt },
    });
    await notifyAccountStaff(repo.k, props.now, {
      accountId: c.account_id,
      roles: ['responder', 'admin'],
      kind: 'case.reopened',
      title: {
        zh: `诉求被申请重新办理：${c.tracking_no}`,
        en: `Case reopened by its citizen: ${c.tracking_no}`,
      },
      body: { zh: c.title, en: c.title },
      link: `/console/accounts/${c.account_id}/cases/${c.id}`,
    });
    return (await repo.findCase(c.id))!;
  });
}
