/**
 * The platform admin's side: ask for changes, reject (both with the reason the account will
 * read), approve. Approval is one transaction: the application, the account's badge, verified
 * name (and, for a rename, its name), the validity year, the credit code, the reminders and
 * the lapse planned, the audit entry and the admins' notification. Platform admins only (the
 * routes check).
 */
import { isUniqueViolation } from '../../db/dialect.js';
import { AppError } from '../../infra/errors.js';
import { oneYearAfter, planExpiry } from './expiry.js';
import { notifyAccountAdmins } from './notify.js';
import type { ApplicationRow, VerificationRepository } from './repository.js';

interface Decision {
  applicationId: number;
  reviewerId: number;
  now: number;
  reason: string;
}

const KIND_ZH = { initial: '认证', renewal: '认证续期', rename: '认证名称变更' } as const;
const KIND_EN = {
  initial: 'verification',
  renewal: 'verification renewal',
  rename: 'verified name change',
} as const;

async function decide(
  repo: VerificationRepository,
  d: Decision,
  to: 'changes_requested' | 'rejected',
): Promise<ApplicationRow> {
  const reason = d.reason.trim();
  if (reason === '') throw new AppError('VERIFICATION_REASON_REQUIRED', { field: 'reason' });
  return repo.transaction(async (tx) => {
    const app = await tx.findApplication(d.applicationId);
    if (!app) throw new AppError('VERIFICATION_NOT_FOUND');
    const moved = await tx.transition(app.id, ['pending'], {
      status: to,
      updated_at: d.now,
      ...(to === 'rejected' ? { decided_at: d.now, decided_by: d.reviewerId } : {}),
    });
    if (!moved) throw new AppError('VERIFICATION_STATE');
    await tx.addEvent(app.id, d.now, d.reviewerId, to, reason);
    await tx.audit({
      at: d.now,
      actorKind: 'staff',
      actorId: d.reviewerId,
      accountId: app.account_id,
      action: to === 'rejected' ? 'verification.rejected' : 'verification.changes_requested',
      target: `verification:${app.id}`,
      details: { reason },
    });
    await notifyAccountAdmins(
      tx.k,
      d.now,
      app.account_id,
      to === 'rejected' ? 'verification.rejected' : 'verification.changes_requested',
      to === 'rejected'
        ? { zh: `${KIND_ZH[app.kind]}申请未通过`, en: `The ${KIND_EN[app.kind]} application was rejected` }
        : {
            zh: `${KIND_ZH[app.kind]}申请需要修改`,
            en: `The ${KIND_EN[app.kind]} application needs changes`,
          },
      { zh: `审核意见：${reason}`, en: `Reviewer: ${reason}` },
    );
    return (await tx.findApplication(app.id))!;
  });
}

export function requestChanges(repo: VerificationRepository, d: Decision): Promise<ApplicationRow> {
  return decide(repo, d, 'changes_requested');
}

export function rejectApplication(repo: VerificationRepository, d: Decision): Promise<ApplicationRow> {
  return decide(repo, d, 'rejected');
}

/**
 * Approves. A renewal of a badge still valid extends it by one year from its old expiry;
 * otherwise (first verification, a lapsed badge) the year runs from the approval. A rename
 * keeps the expiry and applies the new name as both the name and the verified name.
 */
export async function approveApplication(
  repo: VerificationRepository,
  d: Omit<Decision, 'reason'> & { comment?: string },
): Promise<ApplicationRow> {
  const { now } = d;
  try {
    return await repo.transaction(async (tx) => {
      const app = await tx.findApplication(d.applicationId);
      if (!app) throw new AppError('VERIFICATION_NOT_FOUND');
      const account = await tx.lockAccount(app.account_id);
      if (!account) throw new AppError('ACCOUNT_NOT_FOUND');
      // A badge on a suspended (or guard-held) account would vouch for what the platform stopped.
      if (account.status !== 'active') throw new AppError('VERIFICATION_ACCOUNT_INACTIVE');
      if (await tx.nameHolder(app.requested_name, account.id)) throw new AppError('VERIFIED_NAME_TAKEN');
      if (
        !(await tx.transition(app.id, ['pending'], {
          status: 'approved',
          updated_at: now,
          decided_at: now,
          decided_by: d.reviewerId,
        }))
      )
        throw new AppError('VERIFICATION_STATE');

      const stillValid =
        account.verified === 1 && account.verified_until !== null && account.verified_until > now;
      let until: number;
      if (app.kind === 'rename' && stillValid) until = account.verified_until!;
      else if (app.kind === 'renewal' && stillValid) until = oneYearAfter(account.verified_until!);
      else until = oneYearAfter(now);

      await tx.updateAccount(account.id, {
        verified: 1,
        name: app.requested_name,
        verified_name: app.requested_name,
        verified_at: now,
        verified_until: until,
        credit_code: app.credit_code,
        updated_at: now,
      });
      if (until !== account.verified_until) await planExpiry(tx.k, account.id, until, now);
      await tx.addEvent(app.id, now, d.reviewerId, 'approved', d.comment?.trim() ?? '');
      await tx.audit({
        at: now,
        actorKind: 'staff',
        actorId: d.reviewerId,
        accountId: account.id,
        action: 'verification.approved',
        target: `verification:${app.id}`,
        details: {
          kind: app.kind,
          verifiedName: app.requested_name,
          previousName: account.name,
          creditCode: app.credit_code,
          verifiedUntil: until,
        },
      });
      const date = new Date(until + 8 * 3600_000).toISOString().slice(0, 10);
      await notifyAccountAdmins(
        tx.k,
        now,
        account.id,
        'verification.approved',
        { zh: `${KIND_ZH[app.kind]}申请已通过`, en: `The ${KIND_EN[app.kind]} application was approved` },
        {
          zh: `认证名称“${app.requested_name}”，有效期至 ${date}。`,
          en: `Verified as "${app.requested_name}", valid until ${date}.`,
        },
      );
      return (await tx.findApplication(app.id))!;
    });
  } catch (err) {
    // Two approvals of one name at once: the unique index on verified_name decides.
    if (isUniqueViolation(err)) throw new AppError('VERIFIED_NAME_TAKEN', { cause: err });
    throw err;
  }
}
