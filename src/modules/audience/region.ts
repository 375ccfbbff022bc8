/**
 * The citizen's home region: what they say about where they live, so accounts can show
 * them a per-region menu. Optional and theirs to clear; never shown to staff.
 */
import { AppError } from '../../infra/errors.js';
import type { AudienceRepository } from './repository.js';

export interface MyRegion {
  regionCode: string | null;
  /** Province first, down to the region itself; empty when none is set. */
  path: Array<{ code: string; name: string }>;
}

export async function getMyRegion(repo: AudienceRepository, citizenId: number): Promise<MyRegion> {
  const code = await repo.citizenRegion(citizenId);
  return { regionCode: code, path: code ? await repo.regionPath(code) : [] };
}

/** Sets (a known GB/T 2260 code) or clears (null) the citizen's region. */
export async function setMyRegion(
  repo: AudienceRepository,
  props: { citizenId: number; regionCode: string | null },
): Promise<MyRegion> {
  const code = props.regionCode;
  if (code !== null && !(await repo.regionExists(code)))
    throw new AppError('REGION_NOT_FOUND', { field: 'regionCode' });
  await repo.setCitizenRegion(props.citizenId, code);
  return getMyRegion(repo, props.citizenId);
}
