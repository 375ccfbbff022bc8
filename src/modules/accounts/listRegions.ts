import { AppError } from '../../infra/errors.js';
import type { AccountsRepository } from './repository.js';

/** Provinces when `parent` is absent, else the direct children of `parent` (a known code). */
export async function listRegions(repo: AccountsRepository, parent: string | undefined) {
  if (parent !== undefined && !(await repo.regionExists(parent))) {
    throw new AppError('REGION_NOT_FOUND', { field: 'parent' });
  }
  return repo.listRegions(parent ?? null);
}
