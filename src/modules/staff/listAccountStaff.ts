import { toMember } from './presenters.js';
import type { StaffRepository } from './repository.js';

/** Every member of the account with their roles, by username. */
export async function listAccountStaff(repo: StaffRepository, accountId: number) {
  return { items: (await repo.listMembers(accountId)).map(toMember) };
}
