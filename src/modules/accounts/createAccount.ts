import { isUniqueViolation } from '../../db/dialect.js';
import { AppError } from '../../infra/errors.js';
import { holdCreation } from '../guard/holds.js';
import { toNameHoldSummary } from '../guard/presenters.js';
import type { NameGuard } from '../guard/registry.js';
import type { NameHoldRow } from '../guard/repository.js';
import { toAccountAdmin } from './presenters.js';
import type { AccountsRepository } from './repository.js';
import type { AccountInputT } from './schema.js';

export interface CreateAccountProps {
  /** The platform admin creating it (authorised by the caller). */
  actorId: number;
  input: AccountInputT;
  now: number;
  /** The impersonation guard (docs/GUARD.md); without it names are not checked. */
  guard?: NameGuard;
}

/**
 * Creates an unverified, active account and audits it, in one transaction. A name the guard
 * flags creates the account held (hidden from citizens) with a hold for platform review.
 */
export async function createAccount(repo: AccountsRepository, props: CreateAccountProps) {
  const { input, now } = props;
  const values = {
    handle: input.handle,
    name: input.name.trim(),
    level: input.level,
    department_type: input.departmentType,
    region_code: input.regionCode,
    owning_unit: input.owningUnit.trim(),
    contact: input.contact.trim(),
    avatar_url: input.avatarUrl ?? null,
    introduction: input.introduction.trim(),
    created_at: now,
    updated_at: now,
  };
  const verdict = props.guard ? await props.guard(values.name, null) : null;
  let hold: NameHoldRow | null = null;
  try {
    const id = await repo.transaction(async (tx) => {
      if (!(await tx.regionExists(values.region_code)))
        throw new AppError('REGION_NOT_FOUND', { field: 'regionCode' });
      const taken = await tx.takenIdentity(values.name, values.handle);
      if (taken) throw new AppError('ACCOUNT_NAME_TAKEN', { field: taken });
      const id = await tx.insert(values);
      await tx.audit({
        at: now,
        actorKind: 'staff',
        actorId: props.actorId,
        accountId: id,
        action: 'account.created',
        target: `account:${id}`,
        details: { handle: values.handle, name: values.name, regionCode: values.region_code },
      });
      if (verdict?.flagged) {
        hold = await holdCreation(tx.nameHolds(), {
          accountId: id,
          proposedName: values.name,
          verdict,
          actorId: props.actorId,
          now,
        });
      }
      return id;
    });
    const account = toAccountAdmin((await repo.findById(id))!);
    return hold ? { ...account, nameHold: toNameHoldSummary(hold) } : account;
  } catch (err) {
    // Two creations racing past the check: the unique index decides.
    if (isUniqueViolation(err)) throw new AppError('ACCOUNT_NAME_TAKEN', { cause: err });
    throw err;
  }
}
