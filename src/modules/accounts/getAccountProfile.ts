import { AppError } from '../../infra/errors.js';
import { parseId } from './ids.js';
import { toAccountProfile } from './presenters.js';
import type { AccountsRepository } from './repository.js';

export interface GetAccountProfileProps {
  /** Numeric id, or handle (handles are never all digits). */
  ref: string;
  /** The signed-in citizen, to tell whether they follow the account. */
  citizenId: number | null;
}

/** The public profile; suspended accounts are not shown to the public. */
export async function getAccountProfile(repo: AccountsRepository, props: GetAccountProfileProps) {
  const ref = props.ref.trim();
  let account;
  if (/^[0-9]+$/.test(ref)) {
    const id = parseId(ref);
    account = id === null ? undefined : await repo.findById(id);
  } else {
    account = await repo.findByHandle(ref.toLowerCase());
  }
  if (!account || account.status !== 'active') throw new AppError('ACCOUNT_NOT_FOUND');
  const following = props.citizenId !== null && (await repo.isFollowing(account.id, props.citizenId));
  return toAccountProfile(account, following);
}
