/**
 * The departments' view of cases. What a department sees depends on its part in the case:
 * the handling department (and supervisors, platform admins) the whole history; a department
 * the case was transferred away from, the history up to its transfer; an assisting department,
 * the public timeline and the exchange of its own assists. The reporter per access.ts.
 */
import type { CaseParticipantRole } from '../../db/tables/cases.js';
import { allowedActions, seesIdentity, type CaseView } from './access.js';
import type {
  AccountBrief,
  AssistRow,
  AttachmentRow,
  CaseEventRow,
  CaseListRow,
  CaseRow,
  CaseworkRepository,
} from './repository.js';

type Ref = { id: number; handle: string; name: string };
const ref = (a: AccountBrief | undefined, id: number): Ref =>
  a ? { id: a.id, handle: a.handle, name: a.name } : { id, handle: '', name: '' };

function summaryFields(
  row: CaseRow,
  role: CaseParticipantRole,
  category: { id: number; code: string; zh: string; en: string },
  account: Ref,
) {
  return {
    id: row.id,
    trackingNo: row.tracking_no,
    kind: row.kind,
    category: { id: category.id, code: category.code, name: { zh: category.zh, en: category.en } },
    title: row.title,
    status: row.status,
    role,
    account,
    major: row.major === 1,
    createdAt: row.created_at,
    warnAt: row.warn_at,
    dueAt: row.due_at,
    statementDueAt: row.statement_due_at,
    statementAt: row.statement_at,
    warnedAt: row.warned_at,
    breachedAt: row.breached_at,
    answeredAt: row.answered_at,
    closedAt: row.closed_at,
    updatedAt: row.updated_at,
  };
}

export async function presentSummaries(repo: CaseworkRepository, rows: CaseListRow[]) {
  const accounts = new Map((await repo.accountsByIds(rows.map((r) => r.account_id))).map((a) => [a.id, a]));
  return rows.map((r) =>
    summaryFields(
      r,
      r.role,
      { id: r.category_id, code: r.category_code, zh: r.category_name_zh, en: r.category_name_en },
      ref(accounts.get(r.account_id), r.account_id),
    ),
  );
}

function parseData(data: string | null): Record<string, unknown> | null {
  if (!data) return null;
  try {
    const v: unknown = JSON.parse(data);
    return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const assistIdOf = (e: CaseEventRow): number | null => {
  const id = parseData(e.data)?.assistId;
  return typeof id === 'number' ? id : null;
};

const ASSIST_KINDS = new Set(['assist_requested', 'assist_message', 'assist_closed']);

/** The events and assists the viewing department may see. */
async function visibleHistory(
  repo: CaseworkRepository,
  view: CaseView,
  events: CaseEventRow[],
  assists: AssistRow[],
) {
  if (view.role === 'transferred_away') {
    const until = await repo.lastTransferAway(view.row.id, view.account.id);
    const seen = until === null ? events : events.filter((e) => e.id <= until);
    const ids = new Set(seen.map(assistIdOf).filter((x): x is number => x !== null));
    return { events: seen, assists: assists.filter((a) => ids.has(a.id)) };
  }
  if (view.role === 'assisting') {
    const mine = new Set(assists.filter((a) => a.to_account_id === view.account.id).map((a) => a.id));
    return {
      events: events.filter(
        (e) => e.public === 1 || (ASSIST_KINDS.has(e.kind) && mine.has(assistIdOf(e) ?? 0)),
      ),
      assists: assists.filter((a) => mine.has(a.id)),
    };
  }
  return { events, assists };
}

export async function presentStaffCase(repo: CaseworkRepository, view: CaseView, now: number) {
  const row = view.row;
  const [category, allEvents, allAssists, attachments, participants] = await Promise.all([
    repo.categoryOf(row.category_id),
    repo.events(row.id),
    repo.assists(row.id),
    repo.attachments(row.id),
    repo.participants(row.id),
  ]);
  const { events, assists } = await visibleHistory(repo, view, allEvents, allAssists);
  const accountIds = [
    row.account_id,
    row.filed_account_id,
    ...(row.reported_account_id ? [row.reported_account_id] : []),
    ...events.flatMap((e) => [e.account_id, e.to_account_id].filter((x): x is number => x !== null)),
    ...assists.flatMap((a) => [a.from_account_id, a.to_account_id]),
    ...participants.map((p) => p.account_id),
  ];
  const accounts = new Map((await repo.accountsByIds(accountIds)).map((a) => [a.id, a]));
  const staffIds = [
    ...events.filter((e) => e.actor_kind === 'staff' && e.actor_id !== null).map((e) => e.actor_id!),
    ...(row.answered_by ? [row.answered_by] : []),
  ];
  const staff = new Map((await repo.staffNames(staffIds)).map((s) => [s.id, s.display_name]));
  const shown = seesIdentity(view);
  const phone = shown && row.citizen_id !== null ? await repo.citizenPhone(row.citizen_id) : null;
  const regionName = row.region_code ? await repo.regionName(row.region_code) : null;
  const accountName = (id: number | null) =>
    id === null ? null : { id, name: accounts.get(id)?.name ?? '' };
  const visibleEventIds = new Set(events.map((e) => e.id));
  const base = `/api/console/accounts/${view.account.id}/cases/${row.id}/attachments`;

  return {
    ...summaryFields(
      row,
      view.role,
      category
        ? { id: category.id, code: category.code, zh: category.name_zh, en: category.name_en }
        : { id: row.category_id, code: '', zh: '', en: '' },
      ref(accounts.get(row.account_id), row.account_id),
    ),
    description: row.description,
    filedAccount: ref(accounts.get(row.filed_account_id), row.filed_account_id),
    reportedAccount: row.reported_account_id
      ? ref(accounts.get(row.reported_account_id), row.reported_account_id)
      : null,
    anonymous: row.anonymous === 1,
    reporterHidden: !shown,
    reporter: shown ? { phone, contact: parseData(row.contact) } : null,
    contactPreference: row.contact_preference,
    regionCode: row.region_code,
    regionName,
    address: row.address,
    latitude: row.latitude,
    longitude: row.longitude,
    timeBasis: row.time_basis,
    clockStartedAt: row.clock_started_at,
    statementWarnAt: row.statement_warn_at,
    clockStage: row.clock_stage,
    clockNextAt: row.clock_next_at,
    answer: row.answer,
    answeredBy: row.answered_by ? (staff.get(row.answered_by) ?? null) : null,
    firstAnsweredAt: row.first_answered_at,
    answeredOnTime: row.answered_on_time === null ? null : row.answered_on_time === 1,
    reopenedAt: row.reopened_at,
    reopenCount: row.reopen_count,
    satisfaction: row.satisfaction,
    satisfactionComment: row.satisfaction_comment,
    source: row.source,
    // Files of the case and of answers the department may see.
    attachments: attachments
      .filter((a) => a.event_id === null || visibleEventIds.has(a.event_id))
      .map((a) => presentAttachment(a, base)),
    events: events.map((e) => ({
      id: e.id,
      kind: e.kind,
      public: e.public === 1,
      at: e.created_at,
      actor: {
        kind: e.actor_kind,
        // Citizens are not named here: the reporter block says who filed, when allowed.
        name: e.actor_kind === 'staff' && e.actor_id !== null ? (staff.get(e.actor_id) ?? null) : null,
      },
      account: accountName(e.account_id),
      toAccount: accountName(e.to_account_id),
      body: e.body,
      data: parseData(e.data),
    })),
    assists: assists.map((a) => {
      const messages = allEvents.filter((e) => ASSIST_KINDS.has(e.kind) && assistIdOf(e) === a.id);
      return {
        id: a.id,
        fromAccount: ref(accounts.get(a.from_account_id), a.from_account_id),
        toAccount: ref(accounts.get(a.to_account_id), a.to_account_id),
        status: a.status,
        request: a.request,
        createdAt: a.created_at,
        closedAt: a.closed_at,
        canPost:
          a.status === 'open' &&
          view.canAct &&
          (view.role === 'handling' || (view.role === 'assisting' && a.to_account_id === view.account.id)),
        messages: messages
          .filter((e) => view.role !== 'transferred_away' || visibleEventIds.has(e.id))
          .map((e) => ({
            id: e.id,
            at: e.created_at,
            account: accountName(e.account_id),
            author: e.actor_id !== null ? (staff.get(e.actor_id) ?? null) : null,
            body: e.kind === 'assist_closed' ? '' : (e.body ?? ''),
            kind:
              e.kind === 'assist_requested'
                ? ('request' as const)
                : e.kind === 'assist_closed'
                  ? ('closed' as const)
                  : ('message' as const),
          })),
      };
    }),
    participants: participants.map((p) => ({
      account: ref(accounts.get(p.account_id), p.account_id),
      role: p.role,
      since: p.since,
    })),
    actions: allowedActions(view),
    serverNow: now,
  };
}

export function presentAttachment(a: AttachmentRow, base: string) {
  return {
    id: a.id,
    name: a.name,
    mime: a.mime,
    size: a.size,
    width: a.width,
    height: a.height,
    url: `${base}/${a.id}`,
    thumbUrl: a.thumb_key ? `${base}/${a.id}?thumb=1` : null,
    eventId: a.event_id,
    byStaff: a.staff_user_id !== null,
  };
}
