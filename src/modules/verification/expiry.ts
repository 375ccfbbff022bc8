/**
 * Renewal reminders and the lapse of a badge, as durable jobs planned when a verification is
 * approved: `verification.remind` 30, 7 and 1 days before `verified_until`, and
 * `verification.lapse` at it. Jobs are keyed per account and notice, so a renewal re-plans
 * them (the keyed rows are replaced); each job carries the expiry it was planned for and does
 * nothing once the account's expiry moved. Each notice is claimed in `verification_notices`
 * in the same transaction as its notification: a job that re-runs (a crashed runner, a
 * restart) finds the claim and sends nothing twice.
 */
import type { Kysely } from 'kysely';
import type { AppDeps } from '../../deps.js';
import type { Schema } from '../../db/schema.js';
import type { JobHandler } from '../../infra/jobs/names.js';
import { enqueueJob } from '../../infra/jobs/queue.js';
import { notifyAccountAdmins } from './notify.js';
import { VerificationRepository } from './repository.js';

export const DAY = 86_400_000;
export const REMINDER_DAYS = [30, 7, 1] as const;

/** One year on, by the calendar (29 February becomes 1 March). */
export function oneYearAfter(t: number): number {
  const d = new Date(t);
  d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d.getTime();
}

/** Days left until `until`, rounded up (the console's "N days left"). */
export function daysLeft(until: number, now: number): number {
  return Math.max(0, Math.ceil((until - now) / DAY));
}

/** Plans (or re-plans) the reminders and the lapse of an expiry, in the caller's transaction. */
export async function planExpiry(
  k: Kysely<Schema>,
  accountId: number,
  until: number,
  now: number,
): Promise<void> {
  for (const days of REMINDER_DAYS) {
    // A reminder already past (a short validity) still goes out now, once.
    await enqueueJob(
      k,
      {
        name: 'verification.remind',
        payload: { accountId, verifiedUntil: until, daysBefore: days },
        runAt: Math.max(now, until - days * DAY),
        key: `verification.remind:${accountId}:${days}`,
      },
      now,
    );
  }
  await enqueueJob(
    k,
    {
      name: 'verification.lapse',
      payload: { accountId, verifiedUntil: until },
      runAt: until,
      key: `verification.lapse:${accountId}`,
    },
    now,
  );
}

export async function sendReminder(
  deps: Pick<AppDeps, 'database'>,
  p: { accountId: number; verifiedUntil: number; daysBefore: number },
  now: number,
): Promise<'done' | 'skipped'> {
  return VerificationRepository.of(deps.database).transaction(async (tx) => {
    const account = await tx.lockAccount(p.accountId);
    // Renewed (another expiry), lapsed or gone: this reminder is not about anything any more.
    if (!account || account.verified !== 1 || account.verified_until !== p.verifiedUntil) return 'skipped';
    // A later, nearer reminder already went out (the runner was down): do not send an older one.
    const sent = await tx.noticesOf(p.accountId);
    const nearer = sent.some(
      (n) =>
        n.verified_until === p.verifiedUntil &&
        n.notice.startsWith('remind-') &&
        Number(n.notice.slice(7)) < p.daysBefore,
    );
    if (nearer || !(await tx.claimNotice(p.accountId, p.verifiedUntil, `remind-${p.daysBefore}`, now)))
      return 'skipped';
    const left = daysLeft(p.verifiedUntil, now);
    const date = new Date(p.verifiedUntil + 8 * 3600_000).toISOString().slice(0, 10);
    await notifyAccountAdmins(
      tx.k,
      now,
      p.accountId,
      'verification.expiring',
      { zh: `认证将于 ${left} 天后到期`, en: `Verification expires in ${left} day${left === 1 ? '' : 's'}` },
      {
        zh: `“${account.verified_name ?? account.name}”的认证有效期至 ${date}，请及时提交年审（续期）申请，逾期认证标识将自动取消。`,
        en: `The verification of "${account.verified_name ?? account.name}" is valid until ${date}. Apply for renewal in time; the badge is removed automatically when it lapses.`,
      },
    );
    await tx.audit({
      at: now,
      actorKind: 'system',
      actorId: null,
      accountId: p.accountId,
      action: 'verification.reminded',
      target: `account:${p.accountId}`,
      details: { verifiedUntil: p.verifiedUntil, daysBefore: p.daysBefore },
    });
    return 'done';
  });
}

/** Removes the badge at its expiry: verified = 0, verified name released; audited; admins told. */
export async function lapseVerification(
  deps: Pick<AppDeps, 'database'>,
  p: { accountId: number; verifiedUntil: number },
  now: number,
): Promise<'done' | 'skipped'> {
  return VerificationRepository.of(deps.database).transaction(async (tx) => {
    const account = await tx.lockAccount(p.accountId);
    if (!account || !(await tx.lapseAccount(p.accountId, p.verifiedUntil, now))) return 'skipped';
    if (!(await tx.claimNotice(p.accountId, p.verifiedUntil, 'lapse', now))) return 'skipped';
    await notifyAccountAdmins(
      tx.k,
      now,
      p.accountId,
      'verification.lapsed',
      { zh: '认证已过期，认证标识已取消', en: 'Verification lapsed; the badge is gone' },
      {
        zh: `“${account.verified_name ?? account.name}”的认证已到期。提交续期申请并通过审核后恢复认证。`,
        en: `The verification of "${account.verified_name ?? account.name}" has expired. Apply for renewal to get it back once approved.`,
      },
    );
    await tx.audit({
      at: now,
      actorKind: 'system',
      actorId: null,
      accountId: p.accountId,
      action: 'verification.lapsed',
      target: `account:${p.accountId}`,
      details: { verifiedUntil: p.verifiedUntil, verifiedName: account.verified_name },
    });
    return 'done';
  });
}

export function verificationRemindJob(deps: Pick<AppDeps, 'database'>): JobHandler<'verification.remind'> {
  return (payload, ctx) => sendReminder(deps, payload, ctx.now);
}

export function verificationLapseJob(deps: Pick<AppDeps, 'database'>): JobHandler<'verification.lapse'> {
  return (payload, ctx) => lapseVerification(deps, payload, ctx.now);
}

/**
 * The scheduler's safety net (housekeeping, every 10 minutes): badges that got no jobs — the
 * demo seed's, or any set outside an approval — still get their due reminder and their lapse.
 * Each goes through the same once-only claims as the jobs, so nothing is sent twice.
 */
export async function sweepExpiries(deps: Pick<AppDeps, 'database'>, now: number): Promise<number> {
  const due = await VerificationRepository.of(deps.database).expiringBy(now + REMINDER_DAYS[0] * DAY);
  let sent = 0;
  for (const a of due) {
    const p = { accountId: a.id, verifiedUntil: a.verified_until };
    if (a.verified_until <= now) {
      if ((await lapseVerification(deps, p, now)) === 'done') sent++;
      continue;
    }
    // The nearest threshold already reached (5 days left: the 7-day reminder).
    const days = [...REMINDER_DAYS].reverse().find((d) => a.verified_until - d * DAY <= now)!;
    if ((await sendReminder(deps, { ...p, daysBefore: days }, now)) === 'done') sent++;
  }
  return sent;
}
