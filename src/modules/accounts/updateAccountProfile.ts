import { isUniqueViolation } from '../../db/dialect.js';
import { AppError } from '../../infra/errors.js';
import { toAccountAdmin } from './presenters.js';
import type { AccountChanges, AccountRow, AccountsRepository } from './repository.js';
import type { AccountPatchT } from './schema.js';

export interface UpdateAccountProfileProps {
  actorId: number;
  /** The account, already loaded and authorised by the caller. */
  account: AccountRow;
  patch: AccountPatchT;
  now: number;
}

const COLUMNS = {
  handle: 'handle',
  name: 'name',
  level: 'level',
  departmentType: 'department_type',
  regionCode: 'region_code',
  owningUnit: 'owning_unit',
  contact: 'contact',
  avatarUrl: 'avatar_url',
  introduction: 'introduction',
} as const satisfies Record<keyof AccountPatchT, keyof AccountRow>;

/** Applies the fields that actually change and audits them (old and new values). */
export async function updateAccountProfile(repo: AccountsRepository, props: UpdateAccountProfileProps) {
  const { account, now } = props;
  const changes: Record<string, unknown> = {};
  const diff: Record<string, { from: unknown; to: unknown }> = {};
  for (const [field, column] of Object.entries(COLUMNS) as Array<[keyof AccountPatchT, keyof AccountRow]>) {
    let value = props.patch[field];
    if (value === undefined) continue;
    if (typeof value === 'string' && field !== 'handle' && field !== 'avatarUrl') value = value.trim();
    if (account[column] === value) continue;
    changes[column] = value;
    diff[field] = { from: account[column], to: value };
  }
  if (Object.keys(changes).length === 0) return toAccountAdmin(account);
  try {
    await repo.transaction(async (tx) => {
      if (changes.region_code !== undefined && !(await tx.regionExists(changes.region_code as string))) {
        throw new AppError('REGION_NOT_FOUND', { field: 'regionCode' });
      }
      const taken = await tx.takenIdentity(
        changes.name as string | undefined,
        changes.handle as string | undefined,
        account.id,
      );
      if (taken) throw new AppError('ACCOUNT_NAME_TAKEN', { field: taken });
      await tx.update(account.id, { ...(changes as AccountChanges), updated_at: now });
      await tx.audit({
        at: now,
        actorKind: 'staff',
        actorId: props.actorId,
        accountId: account.id,
        action: 'account.profile_updated',
        target: `account:${account.id}`,
        details: { changes: diff },
      });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('ACCOUNT_NAME_TAKEN', { cause: err });
    throw err;
  }
  return toAccountAdmin((await repo.findById(account.id))!);
}
