/** The platform admin's views: reported accounts as groups, and one account's reports. */
import type { Database } from '../../db/database.js';
import { AppError } from '../../infra/errors.js';
import {
  emptyReasons,
  presentAccount,
  presentAdminReport,
  presentGroup,
  type ReasonCounts,
} from './presenters.js';
import { FakeReportsRepository, type GroupState } from './repository.js';

/**
 * One page of groups: accounts with open reports first (most open reports first), then the
 * decided ones. Each group's reason breakdown counts its open reports while it has any (what
 * the admin is deciding on), else all of them.
 */
export async function listGroups(
  database: Database,
  q: { state: GroupState; page: number; pageSize: number },
) {
  const repo = FakeReportsRepository.of(database);
  const { rows, total } = await repo.groups(q.state, (q.page - 1) * q.pageSize, q.pageSize);
  const ids = rows.map((r) => r.account_id);
  const [accounts, counts, openAccounts] = await Promise.all([
    repo.accountsByIds(ids),
    repo.reasonCounts(ids),
    repo.openCount(),
  ]);
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const reasons = new Map<number, ReasonCounts>(ids.map((id) => [id, emptyReasons()]));
  const hasOpen = new Set(rows.filter((r) => r.open > 0).map((r) => r.account_id));
  for (const c of counts) {
    if (hasOpen.has(c.account_id) && c.status !== 'open') continue;
    reasons.get(c.account_id)![c.reason] += c.n;
  }
  return {
    groups: rows.flatMap((g) => {
      const account = byId.get(g.account_id);
      return account ? [presentGroup(g, account, reasons.get(g.account_id)!)] : [];
    }),
    total,
    /** Accounts with open reports, for the menu's badge. */
    openAccounts,
  };
}

export async function accountReports(database: Database, accountId: number) {
  const repo = FakeReportsRepository.of(database);
  const account = await repo.findAccount(accountId);
  if (!account) throw new AppError('ACCOUNT_NOT_FOUND');
  const reports = await repo.reportsOfAccount(accountId);
  const shots = await repo.screenshotsOf(reports.map((r) => r.id));
  return {
    account: presentAccount(account),
    reports: reports.map((r) =>
      presentAdminReport(
        r,
        shots.filter((s) => s.report_id === r.id),
      ),
    ),
  };
}
