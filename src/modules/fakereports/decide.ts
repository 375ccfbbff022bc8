/**
 * The platform admin's decision on one reported account, taken for its whole group of open
 * reports in one transaction:
 *
 * - suspend: the account becomes `suspended` (hidden from citizens everywhere: directory,
 *   profile, threads, home, search, following, messages — see feed/accounts repositories);
 *   its open reports become `upheld`. Allowed with no open report too (the admin may act on
 *   earlier reports). Its staff are notified.
 * - dismiss: the open reports become `dismissed`; the account is untouched and not told.
 * - reinstate: a suspended account becomes `active` again (e.g. the suspension was a mistake,
 *   or the owner proved it is genuine); reports keep their outcome. Its staff are notified.
 *
 * The reason is required: it is audited, and for suspend/dismiss it is the outcome note every
 * reporter of the group reads in "我的举报". Account status moves by a conditional update, so
 * of two admins deciding at once one wins and the other gets FAKE_REPORT_ACCOUNT_STATE.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { Schema } from '../../db/schema.js';
import { enqueueJob } from '../../infra/jobs/queue.js';
import { AppError } from '../../infra/errors.js';
import { notifyAccountStaff } from '../notifications/notify.js';
import { FakeReportsRepository } from './repository.js';

export type DecisionAction = 'suspend' | 'dismiss' | 'reinstate';

export interface DecideProps {
  accountId: number;
  action: DecisionAction;
  reason: string;
  actorId: number;
  now: number;
}

export interface DecisionResult {
  action: DecisionAction;
  /** How many open reports this decision closed (their reporters are told). */
  reportsClosed: number;
  accountStatus: 'active' | 'suspended';
}

export async function decideReports(database: Database, props: DecideProps): Promise<DecisionResult> {
  const reason = props.reason.trim();
  if (reason.length === 0) throw new AppError('VALIDATION_FAILED', { field: 'reason' });
  const repo = FakeReportsRepository.of(database);
  return repo.transaction(async (trx) => {
    const account = await trx.findAccount(props.accountId);
    if (!account) throw new AppError('ACCOUNT_NOT_FOUND');
    let closed: Array<{ id: number; citizen_id: number }> = [];
    let status = account.status;

    if (props.action === 'suspend') {
      if (!(await trx.moveAccountStatus(account.id, 'active', 'suspended', props.now)))
        throw new AppError('FAKE_REPORT_ACCOUNT_STATE');
      status = 'suspended';
      closed = await trx.decideOpenReports(account.id, 'upheld', reason, props.actorId, props.now);
    } else if (props.action === 'dismiss') {
      closed = await trx.decideOpenReports(account.id, 'dismissed', reason, props.actorId, props.now);
      if (closed.length === 0) throw new AppError('FAKE_REPORT_NOTHING_OPEN');
    } else {
      if (!(await trx.moveAccountStatus(account.id, 'suspended', 'active', props.now)))
        throw new AppError('FAKE_REPORT_ACCOUNT_STATE');
      status = 'active';
    }

    await trx.audit({
      at: props.now,
      actorKind: 'staff',
      actorId: props.actorId,
      // A dismissal stays platform-level: the account's staff never learn they were reported.
      accountId: props.action === 'dismiss' ? null : account.id,
      action:
        props.action === 'suspend'
          ? 'fakereport.suspend'
          : props.action === 'dismiss'
            ? 'fakereport.dismiss'
            : 'fakereport.reinstate',
      target: `account:${account.id}`,
      details: { reason, reports: closed.map((r) => r.id), name: account.name },
    });
    if (props.action !== 'dismiss') await notifyStaff(trx.k, props.now, account, props.action, reason);
    if (closed.length > 0)
      // Reporters with Web Push subscriptions hear of the outcome on their devices (jobs.ts).
      await enqueueJob(
        trx.k,
        { name: 'fakereport.outcome', payload: { reportIds: closed.map((r) => r.id) }, runAt: props.now },
        props.now,
      );
    return { action: props.action, reportsClosed: closed.length, accountStatus: status };
  });
}

function notifyStaff(
  k: Kysely<Schema>,
  now: number,
  account: { id: number; name: string },
  action: 'suspend' | 'reinstate',
  reason: string,
) {
  const suspended = action === 'suspend';
  return notifyAccountStaff(k, now, {
    accountId: account.id,
    roles: ['admin', 'editor', 'reviewer', 'leader', 'responder', 'analyst'],
    kind: suspended ? 'account.suspended' : 'account.reinstated',
    title: suspended
      ? {
          zh: `公众号“${account.name}”已被平台停用`,
          en: `The account “${account.name}” was suspended by the platform`,
        }
      : { zh: `公众号“${account.name}”已恢复`, en: `The account “${account.name}” was reinstated` },
    body: suspended
      ? {
          zh: `原因：${reason}。停用期间群众无法看到本公众号。如有异议请联系平台管理员。`,
          en: `Reason: ${reason}. Citizens cannot see the account while it is suspended. Contact the platform admins to appeal.`,
        }
      : {
          zh: `说明：${reason}。群众已可重新看到本公众号。`,
          en: `Note: ${reason}. Citizens can see the account again.`,
        },
    link: null,
  });
}
