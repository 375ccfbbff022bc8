/**
 * A citizen files a report about an account of the platform. One open report per citizen per
 * account (the partial unique index backs the check when two filings race): a second one is
 * refused with FAKE_REPORT_ALREADY_OPEN and the open report's id, so the app can show it.
 * Suspended accounts are hidden from citizens and cannot be reported (ACCOUNT_NOT_FOUND).
 */
import type { Database } from '../../db/database.js';
import { isUniqueViolation } from '../../db/dialect.js';
import type { FakeReportReason } from '../../db/tables/fakereports.js';
import { AppError } from '../../infra/errors.js';
import { FakeReportsRepository, type ReportRow } from './repository.js';

export const MAX_SCREENSHOTS = 6;

export interface FileReportProps {
  citizenId: number;
  accountId: number;
  reason: FakeReportReason;
  description: string;
  screenshotIds: number[];
  now: number;
}

export async function fileReport(database: Database, props: FileReportProps): Promise<ReportRow> {
  const description = props.description.trim();
  if (props.reason === 'other' && description.length < 5)
    throw new AppError('FAKE_REPORT_DESCRIPTION_REQUIRED', { field: 'description' });
  const ids = [...new Set(props.screenshotIds)];
  if (ids.length > MAX_SCREENSHOTS) throw new AppError('VALIDATION_FAILED', { field: 'screenshotIds' });

  const repo = FakeReportsRepository.of(database);
  try {
    return await repo.transaction(async (trx) => {
      const account = await trx.findAccount(props.accountId);
      if (!account || account.status !== 'active')
        throw new AppError('ACCOUNT_NOT_FOUND', { field: 'accountId' });
      const open = await trx.findOpenReport(props.citizenId, props.accountId);
      if (open) throw alreadyOpen(open.id);
      const shots = await trx.unattachedScreenshots(props.citizenId, ids);
      if (shots.length !== ids.length)
        throw new AppError('FAKE_REPORT_SCREENSHOT_INVALID', { field: 'screenshotIds' });

      const report = await trx.insertReport({
        account_id: props.accountId,
        citizen_id: props.citizenId,
        reason: props.reason,
        description,
        outcome_note: null,
        decided_by: null,
        decided_at: null,
        outcome_seen_at: null,
        created_at: props.now,
      });
      for (const [position, id] of ids.entries()) {
        if (!(await trx.attachScreenshot(id, report.id, position)))
          throw new AppError('FAKE_REPORT_SCREENSHOT_INVALID', { field: 'screenshotIds' });
      }
      await trx.audit({
        at: props.now,
        actorKind: 'citizen',
        actorId: props.citizenId,
        // Platform-level: the reported account's own staff must not learn who reported them.
        accountId: null,
        action: 'fakereport.file',
        target: `fake_report:${report.id}`,
        details: { accountId: props.accountId, reason: props.reason, screenshots: ids.length },
      });
      return report;
    });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    // Two filings raced; the index let one in.
    const open = await repo.findOpenReport(props.citizenId, props.accountId);
    throw alreadyOpen(open?.id ?? null);
  }
}

function alreadyOpen(reportId: number | null): AppError {
  return new AppError('FAKE_REPORT_ALREADY_OPEN', { field: 'accountId', details: { reportId } });
}
