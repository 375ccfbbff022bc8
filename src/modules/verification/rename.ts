/**
 * A verified account's name is the name the platform checked: changing it goes back through
 * review. The profile update calls `holdVerifiedRename` before applying anything; for a
 * verified account whose name changes it opens a `rename` application (the documents of the
 * last approved application carried over; the account may edit them) instead of renaming,
 * and the answer tells the console so. Approval applies the name and the verified name.
 */
import type { Database } from '../../db/database.js';
import { AppError } from '../../infra/errors.js';
import { notifyPlatformAdmins } from './notify.js';
import { VerificationRepository } from './repository.js';

export interface RenameInReview {
  applicationId: number;
  requestedName: string;
  status: 'pending';
  message: { zh: string; en: string };
}

export async function holdVerifiedRename(
  database: Database,
  props: {
    account: { id: number; name: string; verified: number };
    newName: string | undefined;
    actorId: number;
    now: number;
  },
): Promise<RenameInReview | null> {
  const newName = props.newName?.trim();
  if (props.account.verified !== 1 || newName === undefined || newName === props.account.name) return null;
  const { now, actorId } = props;
  const repo = VerificationRepository.of(database);
  const app = await repo.transaction(async (tx) => {
    const account = await tx.lockAccount(props.account.id);
    if (!account) throw new AppError('ACCOUNT_NOT_FOUND');
    if (await tx.openApplication(account.id))
      throw new AppError('VERIFICATION_ALREADY_OPEN', { field: 'name' });
    if (await tx.nameHolder(newName, account.id))
      throw new AppError('VERIFIED_NAME_TAKEN', { field: 'name' });
    const last = await tx.lastApproved(account.id);
    const row = await tx.insertApplication({
      account_id: account.id,
      kind: 'rename',
      status: 'pending',
      requested_name: newName,
      credit_code: last?.credit_code ?? account.credit_code ?? '',
      letter_id: last?.letter_id ?? null,
      operator_name: last?.operator_name ?? '',
      operator_phone: last?.operator_phone ?? '',
      applied_by: actorId,
      created_at: now,
      updated_at: now,
      submitted_at: now,
      decided_at: null,
      decided_by: null,
    });
    await tx.addEvent(row.id, now, actorId, 'submitted', `${account.name} → ${newName}`);
    await tx.audit({
      at: now,
      actorKind: 'staff',
      actorId,
      accountId: account.id,
      action: 'verification.rename_requested',
      target: `verification:${row.id}`,
      details: { from: account.name, to: newName },
    });
    await notifyPlatformAdmins(tx.k, now, await tx.platformAdmins(), {
      accountId: account.id,
      applicationId: row.id,
      title: { zh: '已认证公众号申请改名', en: 'A verified account asks to be renamed' },
      body: { zh: `${account.name} → ${newName}`, en: `${account.name} → ${newName}` },
    });
    return row;
  });
  return {
    applicationId: app.id,
    requestedName: app.requested_name,
    status: 'pending',
    message: {
      zh: `已认证公众号改名需重新审核：已提交改名申请，审核通过后名称改为“${newName}”。`,
      en: `A verified account's new name is reviewed first: a rename application was opened; once approved the name becomes "${newName}".`,
    },
  };
}
