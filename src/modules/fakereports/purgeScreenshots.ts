/**
 * Screenshots uploaded for a report that was never filed (the citizen left the form) are
 * nobody's evidence: after a day their rows and bytes go. Bytes shared with another row
 * (identical uploads share a content-addressed key) stay.
 */
import type { Database } from '../../db/database.js';
import type { MediaStorage } from '../publishing/storage/index.js';
import { FakeReportsRepository } from './repository.js';

export const UNFILED_SCREENSHOT_TTL_MS = 86_400_000;
const BATCH = 500;

export async function purgeUnfiledScreenshots(
  deps: { database: Database; mediaStorage: MediaStorage },
  now: number,
): Promise<number> {
  const repo = FakeReportsRepository.of(deps.database);
  const stale = await repo.staleScreenshots(now - UNFILED_SCREENSHOT_TTL_MS, BATCH);
  await repo.deleteScreenshots(stale.map((s) => s.id));
  for (const s of stale)
    for (const key of [s.storage_key, s.thumb_key])
      if (!(await repo.keyInUse(key))) await deps.mediaStorage.delete(key);
  return stale.length;
}
