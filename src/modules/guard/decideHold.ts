/**
 * The platform admin's decision on a name hold (authorised by the caller), in one
 * transaction with its audit entry and the notification to the account's admins:
 *
 * - approve a 'create' hold: the held account becomes active (citizens see it);
 * - approve a 'rename' hold: the proposed name is applied — unless another account took that
 *   name meanwhile (ACCOUNT_NAME_TAKEN: the hold stays pending);
 * - reject: nothing changes on the account (a held one stays hidden; its admins may choose
 *   another name, which the guard checks again); the reason goes to the account's admins.
 */
import { isUniqueViolation } from '../../db/dialect.js';
import { AppError } from '../../infra/errors.js';
import { notifyAccountStaff } from '../notifications/notify.js';
import { toNameHold } from './presenters.js';
import type { NameHoldsRepository } from './repository.js';

export interface DecideHoldProps {
  holdId: number;
  actorId: number;
  decision: 'approve' | 'reject';
  /** Required for a rejection. */
  reason?: string;
  now: number;
}

export async function decideHold(repo: NameHoldsRepository, p: DecideHoldProps) {
  try {
    await repo.transaction(async (tx) => {
      const hold = await tx.lockHold(p.holdId);
      if (!hold) throw new AppError('NAME_HOLD_NOT_FOUND');
      if (hold.status !== 'pending') throw new AppError('NAME_HOLD_NOT_PENDING');
      const account = await tx.findAccount(hold.account_id);
      if (!account) throw new AppError('NAME_HOLD_NOT_FOUND');
      const reason = p.decision === 'reject' ? (p.reason ?? '').trim() : null;
      if (p.decision === 'approve') {
        if (await tx.nameTaken(hold.proposed_name, account.id))
          throw new AppError('ACCOUNT_NAME_TAKEN', { field: 'name' });
        if (hold.kind === 'rename') await tx.renameAccount(account.id, hold.proposed_name, p.now);
        else if (account.status === 'held') await tx.setAccountStatus(account.id, 'active', p.now);
      }
      await tx.decide(hold.id, p.decision === 'approve' ? 'approved' : 'rejected', p.actorId, reason, p.now);
      await tx.audit({
        at: p.now,
        actorKind: 'staff',
        actorId: p.actorId,
        accountId: account.id,
        action: p.decision === 'approve' ? 'name_hold.approved' : 'name_hold.rejected',
        target: `name_hold:${hold.id}`,
        details: {
          kind: hold.kind,
          proposedName: hold.proposed_name,
          closestName: hold.closest_name,
          ...(reason ? { reason } : {}),
        },
      });
      const name = hold.proposed_name;
      const approved = p.decision === 'approve';
      await notifyAccountStaff(tx.k, p.now, {
        accountId: account.id,
        roles: ['admin'],
        kind: approved ? 'name_hold.approved' : 'name_hold.rejected',
        title: approved
          ? { zh: '名称审核已通过', en: 'Name approved' }
          : { zh: '名称审核未通过', en: 'Name not approved' },
        body: approved
          ? hold.kind === 'create'
            ? {
                zh: `公众号“${name}”已通过名称审核，现已对公众可见。`,
                en: `“${name}” passed the name review and is now public.`,
              }
            : {
                zh: `新名称“${name}”已通过审核并生效。`,
                en: `The new name “${name}” was approved and applied.`,
              }
          : {
              zh: `名称“${name}”未通过审核：${reason}`,
              en: `The name “${name}” was not approved: ${reason}`,
            },
        link: '/console/profile',
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('ACCOUNT_NAME_TAKEN', { field: 'name', cause: err });
    throw err;
  }
  return toNameHold((await repo.findListed(p.holdId))!);
}
