/** Reports as citizens and platform admins see them. */
import { FAKE_REPORT_REASONS, type FakeReportReason } from '../../db/tables/fakereports.js';
import type { GroupRow, ReportedAccount, ReportRow, ScreenshotRow } from './repository.js';

const BEIJING_MS = 8 * 3600_000;

/**
 * The number a citizen quotes when asking about a report: "JB" (举报), the Beijing date it was
 * filed and the id, e.g. JB20261207-000042. Derived, so it never disagrees with the row.
 */
export function trackingNumber(report: { id: number; created_at: number }): string {
  const day = new Date(report.created_at + BEIJING_MS).toISOString().slice(0, 10).replaceAll('-', '');
  return `JB${day}-${String(report.id).padStart(6, '0')}`;
}

/** 13912345678 → 139****5678: enough for an admin to tell reporters apart, no more. */
export function maskPhone(phone: string): string {
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}

export function presentMyReport(r: ReportRow & { account_name: string }) {
  return {
    id: r.id,
    trackingNo: trackingNumber(r),
    account: { id: r.account_id, name: r.account_name },
    reason: r.reason,
    description: r.description,
    status: r.status,
    outcomeNote: r.outcome_note,
    decidedAt: r.decided_at,
    /** A decided report the citizen has not opened yet. */
    unseen: r.status !== 'open' && r.outcome_seen_at === null,
    createdAt: r.created_at,
  };
}

export function presentAccount(a: ReportedAccount) {
  return {
    id: a.id,
    handle: a.handle,
    name: a.name,
    avatarUrl: a.avatar_url,
    verified: a.verified === 1,
    verifiedName: a.verified_name,
    status: a.status,
  };
}

export function screenshotUrl(id: number, thumb = false): string {
  return `/api/console/fake-reports/screenshots/${id}${thumb ? '?thumb=1' : ''}`;
}

export function presentScreenshot(s: ScreenshotRow) {
  return {
    id: s.id,
    url: screenshotUrl(s.id),
    thumbUrl: screenshotUrl(s.id, true),
    width: s.width,
    height: s.height,
  };
}

export function presentAdminReport(
  r: ReportRow & { phone: string; decided_by_name: string | null },
  shots: ScreenshotRow[],
) {
  return {
    id: r.id,
    trackingNo: trackingNumber(r),
    reason: r.reason,
    description: r.description,
    status: r.status,
    outcomeNote: r.outcome_note,
    decidedAt: r.decided_at,
    decidedBy: r.decided_by_name,
    createdAt: r.created_at,
    reporter: { citizenId: r.citizen_id, phone: maskPhone(r.phone) },
    screenshots: shots.map(presentScreenshot),
  };
}

export type ReasonCounts = Record<FakeReportReason, number>;

export function emptyReasons(): ReasonCounts {
  return Object.fromEntries(FAKE_REPORT_REASONS.map((r) => [r, 0])) as ReasonCounts;
}

export function presentGroup(g: GroupRow, account: ReportedAccount, reasons: ReasonCounts) {
  return {
    account: presentAccount(account),
    total: g.total,
    open: g.open,
    latestAt: g.latest_at,
    reasons,
  };
}
