import type { Database } from '../../db/database.js';
import { isUniqueViolation } from '../../db/dialect.js';
import { AppError } from '../../infra/errors.js';
import { applyRenamePlan, planRename } from '../guard/holds.js';
import { toNameHoldSummary } from '../guard/presenters.js';
import type { NameGuard } from '../guard/registry.js';
import type { NameHoldSummaryT } from '../guard/schema.js';
import { holdVerifiedRename, type RenameInReview } from '../verification/rename.js';
import { toAccountAdmin } from './presenters.js';
import type { AccountChanges, AccountRow, AccountsRepository } from './repository.js';
import type { AccountPatchT } from './schema.js';

export interface UpdateAccountProfileProps {
  actorId: number;
  /** The account, already loaded and authorised by the caller. */
  account: AccountRow;
  patch: AccountPatchT;
  now: number;
  /** Given by the console route: a verified account's new name then goes to verification review. */
  database?: Database;
  /** The impersonation guard (docs/GUARD.md); without it names are not checked. */
  guard?: NameGuard;
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
export async function updateAccountProfile(
  repo: AccountsRepository,
  props: UpdateAccountProfileProps,
): Promise<
  ReturnType<typeof toAccountAdmin> & { renameInReview?: RenameInReview; nameHold?: NameHoldSummaryT }
> {
  // A verified name is checked by the platform: renaming a verified account opens a rename
  // application (src/modules/verification) and applies the rest of the patch only.
  const renameInReview = props.database
    ? await holdVerifiedRename(props.database, { ...props, newName: props.patch.name })
    : null;
  if (renameInReview) {
    const { name: _held, ...rest } = props.patch;
    const applied = Object.keys(rest).length > 0;
    const account = applied
      ? await updateAccountProfile(repo, { ...props, database: undefined, patch: rest })
      : null;
    return { ...(account ?? toAccountAdmin(props.account)), renameInReview };
  }
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
  // A name too close to another account's verified name waits for platform review (guard/holds.ts).
  const plan = await planRename(props.guard, account, changes, diff);
  if (Object.keys(changes).length === 0 && !plan) return toAccountAdmin(account);
  let hold = null;
  try {
    await repo.transaction(async (tx) => {
      if (changes.region_code !== undefined && !(await tx.regionExists(changes.region_code as string))) {
        throw new AppError('REGION_NOT_FOUND', { field: 'regionCode' });
      }
      const taken = await tx.takenIdentity(
        (changes.name ?? plan?.name) as string | undefined,
        changes.handle as string | undefined,
        account.id,
      );
      if (taken) throw new AppError('ACCOUNT_NAME_TAKEN', { field: taken });
      if (Object.keys(changes).length > 0) {
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
      }
      if (plan)
        hold = await applyRenamePlan(tx.nameHolds(), plan, {
          accountId: account.id,
          actorId: props.actorId,
          now,
        });
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('ACCOUNT_NAME_TAKEN', { cause: err });
    throw err;
  }
  const updated = toAccountAdmin((await repo.findById(account.id))!);
  return hold ? { ...updated, nameHold: toNameHoldSummary(hold) } : updated;
}
