/** A citizen's own reports ("我的举报") with their outcome, and marking outcomes seen. */
import type { Database } from '../../db/database.js';
import { presentMyReport } from './presenters.js';
import { FakeReportsRepository } from './repository.js';

/** A citizen files few reports; the newest 100 are plenty for the list. */
const MY_REPORTS_LIMIT = 100;

export async function listMyReports(database: Database, citizenId: number) {
  const repo = FakeReportsRepository.of(database);
  const [rows, unseen] = await Promise.all([
    repo.reportsOfCitizen(citizenId, MY_REPORTS_LIMIT),
    repo.unseenOutcomes(citizenId),
  ]);
  return { reports: rows.map(presentMyReport), unseen };
}

export function markOutcomesSeen(database: Database, citizenId: number, now: number): Promise<void> {
  return FakeReportsRepository.of(database).markOutcomesSeen(citizenId, now);
}
