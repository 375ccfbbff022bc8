import { isUniqueViolation } from '../../db/dialect.js';
import { AppError } from '../../infra/errors.js';
import { toAccountAdmin } from './presenters.js';
import type { AccountsRepository } from './repository.js';
import type { AccountInputT } from './schema.js';

export interface CreateAccountProps {
  /** The platform admin creating it (authorised by the caller). */
  actorId: number;
  input: AccountInputT;
  now: number;
}

/** Creates an unverified, active account and audits it, in one transaction. */
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
      return id;
    });
    return toAccountAdmin((await repo.findById(id))!);
  } catch (err) {
    // Two creations racing past the check: the unique index decides.
    if (isUniqueViolation(err)) throw new AppError('ACCOUNT_NAME_TAKEN', { cause: err });
    throw err;
  }
}
