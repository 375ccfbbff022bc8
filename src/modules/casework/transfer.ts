/**
 * Handing a case over to the responsible department ("no wrong door"), and asking another
 * department for help without handing it over (joint handling).
 *
 * A transfer moves the case to another active account, which receives it as `received` and must
 * accept it; the clock (due_at, warn_at, clock_*), the history and the attachments travel with
 * the case row. The old department keeps read-only access to the history up to the transfer
 * (`transferred_away`). The citizen's timeline shows a public 'transferred' event naming the new
 * department; the reason stays with the departments (event data). A report never goes to the
 * unit it reports on.
 *
 * An assist request adds the other account as `assisting`: it reads the case and the exchange
 * of its assist and may post in it; either side may post and close the assist.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { Schema } from '../../db/schema.js';
import { AppError } from '../../infra/errors.js';
import { notifyAccountStaff } from '../notifications/notify.js';
import { actOnCase, record, type ActProps } from './actions.js';
import { OPEN_STATUSES, type CaseView } from './access.js';
import type { AccountBrief, AssistRow, CaseworkRepository } from './repository.js';

/** Who hears of a case arriving or an assist request: the team that acts on cases. */
const TEAM = ['admin', 'responder', 'leader'] as const;

export function caseLink(accountId: number, caseId: number): string {
  return `/console/accounts/${accountId}/cases/${caseId}`;
}

async function targetAccount(
  tx: CaseworkRepository,
  view: CaseView,
  toAccountId: number,
): Promise<AccountBrief> {
  if (toAccountId === view.account.id || toAccountId === view.row.account_id)
    throw new AppError('CASE_TARGET_INVALID', { field: 'toAccountId' });
  const target = await tx.findAccount(toAccountId);
  if (!target || target.status !== 'active')
    throw new AppError('CASE_TARGET_INVALID', { field: 'toAccountId' });
  if (view.row.kind === 'report' && view.row.reported_account_id === target.id)
    throw new AppError('CASE_TARGET_IS_REPORTED_UNIT', { field: 'toAccountId' });
  return target;
}

export function transferCase(
  database: Database,
  props: ActProps & { toAccountId: number; reason: string },
): Promise<{ toAccountId: number }> {
  const reason = props.reason.trim();
  if (!reason) throw new AppError('VALIDATION_FAILED', { field: 'reason' });
  return actOnCase(database, props, async (tx, view) => {
    if (!(OPEN_STATUSES as readonly string[]).includes(view.row.status))
      throw new AppError('CASE_STATUS_CONFLICT', { details: { status: view.row.status } });
    const target = await targetAccount(tx, view, props.toAccountId);
    const row = view.row;
    // The clock columns are not touched: the deadline travels.
    await tx.updateCase(row.id, { account_id: target.id, status: 'received', updated_at: props.now });
    await tx.setParticipant(row.id, view.account.id, 'transferred_away', props.now);
    await tx.setParticipant(row.id, target.id, 'handling', props.now);
    // Help asked of the new department is moot now that it handles the case.
    const closedAssists = await tx.closeAssistsTo(row.id, target.id, props.now);
    await record(
      tx,
      view,
      props,
      { kind: 'transferred', public: true, toAccountId: target.id, data: { reason, fromStatus: row.status } },
      { action: 'case.transfer', details: { to: target.id, toName: target.name, reason, closedAssists } },
    );
    await notifyAccountStaff(tx.k, props.now, {
      accountId: target.id,
      roles: [...TEAM],
      kind: 'case.transferred',
      title: { zh: `收到转办诉求 ${row.tracking_no}`, en: `Case ${row.tracking_no} transferred to you` },
      body: {
        zh: `${view.account.name}将诉求“${row.title}”转交本单位办理，原因：${reason}。办理时限不变，请及时受理。`,
        en: `${view.account.name} transferred the case “${row.title}” to your department: ${reason}. The deadline stays; please accept it.`,
      },
      link: caseLink(target.id, row.id),
    });
    return { toAccountId: target.id };
  });
}

export function requestAssist(
  database: Database,
  props: ActProps & { toAccountId: number; request: string },
): Promise<{ assistId: number }> {
  const request = props.request.trim();
  if (!request) throw new AppError('VALIDATION_FAILED', { field: 'request' });
  return actOnCase(database, props, async (tx, view) => {
    if (!(OPEN_STATUSES as readonly string[]).includes(view.row.status))
      throw new AppError('CASE_STATUS_CONFLICT', { details: { status: view.row.status } });
    const target = await targetAccount(tx, view, props.toAccountId);
    const row = view.row;
    if (await tx.openAssistTo(row.id, target.id)) throw new AppError('CASE_ASSIST_ALREADY_OPEN');
    const assist = await tx.insertAssist({
      case_id: row.id,
      from_account_id: view.account.id,
      to_account_id: target.id,
      status: 'open',
      request,
      created_by: props.principal.userId,
      created_at: props.now,
      closed_at: null,
    });
    await tx.setParticipant(row.id, target.id, 'assisting', props.now);
    await record(
      tx,
      view,
      props,
      {
        kind: 'assist_requested',
        public: false,
        toAccountId: target.id,
        body: request,
        data: { assistId: assist.id },
      },
      { action: 'case.assist_request', details: { assistId: assist.id, to: target.id, toName: target.name } },
    );
    await notifyAccountStaff(tx.k, props.now, {
      accountId: target.id,
      roles: [...TEAM],
      kind: 'case.assist',
      title: { zh: `协办请求：${row.tracking_no}`, en: `Request for assistance: ${row.tracking_no}` },
      body: {
        zh: `${view.account.name}请本单位协助办理诉求“${row.title}”：${request}`,
        en: `${view.account.name} asks your department to help with the case “${row.title}”: ${request}`,
      },
      link: caseLink(target.id, row.id),
    });
    return { assistId: assist.id };
  });
}

/**
 * The assist as the viewer's department takes part in it: the asked department, or the case's
 * handling department (whoever asked: a transfer hands the exchange over too).
 */
async function assistOf(tx: CaseworkRepository, view: CaseView, assistId: number): Promise<AssistRow> {
  const assist = await tx.findAssist(view.row.id, assistId);
  const mine =
    assist &&
    ((view.role === 'assisting' && assist.to_account_id === view.account.id) || view.role === 'handling');
  if (!assist || !mine) throw new AppError('CASE_ASSIST_NOT_FOUND');
  if (assist.status !== 'open') throw new AppError('CASE_ASSIST_CLOSED');
  return assist;
}

/** The other side of the assist from `accountId`'s point of view. */
function otherSide(view: CaseView, assist: AssistRow): number {
  return assist.to_account_id === view.account.id ? view.row.account_id : assist.to_account_id;
}

export function postAssistMessage(
  database: Database,
  props: ActProps & { assistId: number; body: string },
): Promise<void> {
  const body = props.body.trim();
  if (!body) throw new AppError('VALIDATION_FAILED', { field: 'body' });
  return actOnCase(
    database,
    props,
    async (tx, view) => {
      const assist = await assistOf(tx, view, props.assistId);
      await record(
        tx,
        view,
        props,
        {
          kind: 'assist_message',
          public: false,
          toAccountId: otherSide(view, assist),
          body,
          data: { assistId: assist.id },
        },
        { action: 'case.assist_message', details: { assistId: assist.id } },
      );
      await notifyOtherSide(tx.k, props.now, view, assist, {
        title: {
          zh: `协办交流：${view.row.tracking_no}`,
          en: `Assistance exchange: ${view.row.tracking_no}`,
        },
        body: { zh: `${view.account.name}：${body}`, en: `${view.account.name}: ${body}` },
      });
    },
    ['handling', 'assisting'],
  );
}

export function closeAssist(database: Database, props: ActProps & { assistId: number }): Promise<void> {
  return actOnCase(
    database,
    props,
    async (tx, view) => {
      const assist = await assistOf(tx, view, props.assistId);
      if (!(await tx.closeAssist(assist.id, props.now))) throw new AppError('CASE_ASSIST_CLOSED');
      await record(
        tx,
        view,
        props,
        {
          kind: 'assist_closed',
          public: false,
          toAccountId: otherSide(view, assist),
          data: { assistId: assist.id },
        },
        { action: 'case.assist_close', details: { assistId: assist.id } },
      );
      await notifyOtherSide(tx.k, props.now, view, assist, {
        title: {
          zh: `协办已结束：${view.row.tracking_no}`,
          en: `Assistance closed: ${view.row.tracking_no}`,
        },
        body: {
          zh: `${view.account.name}结束了诉求“${view.row.title}”的协办。`,
          en: `${view.account.name} closed the assistance on the case “${view.row.title}”.`,
        },
      });
    },
    ['handling', 'assisting'],
  );
}

function notifyOtherSide(
  k: Kysely<Schema>,
  now: number,
  view: CaseView,
  assist: AssistRow,
  text: { title: { zh: string; en: string }; body: { zh: string; en: string } },
) {
  const to = otherSide(view, assist);
  return notifyAccountStaff(k, now, {
    accountId: to,
    roles: [...TEAM],
    kind: 'case.assist',
    ...text,
    link: caseLink(to, view.row.id),
  });
}
