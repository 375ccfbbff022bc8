/**
 * Changing a scheduled push before it goes out: cancel (its articles return to `approved`,
 * its quota slot frees) or reschedule (the job keyed `push:<id>` is re-timed in place; the
 * quota is checked again for the new day). Both are conditional on `status = 'scheduled'`,
 * so they lose cleanly against the release job's `scheduled → sending`.
 */
import { AppError } from '../../infra/errors.js';
import { cancelJobs, enqueueJob } from '../../infra/jobs/queue.js';
import { pushAudit, MAX_SCHEDULE_LEAD_MS, MIN_SCHEDULE_LEAD_MS, type PushDeps } from './createPush.js';
import { toPushProgress, toPushView, type PushView } from './presenters.js';
import { beijingDay, MAX_PUSHES_PER_DAY, nextBeijingMidnight, type QuotaView } from './quota.js';
import { PushesRepository } from './repository.js';

interface Actor {
  accountId: number;
  pushId: number;
  actorId: number;
  now: number;
}

export async function cancelPush(deps: PushDeps, props: Actor): Promise<PushView> {
  const row = await PushesRepository.of(deps.database).transaction(async (tx) => {
    const push = await tx.findPush(props.accountId, props.pushId);
    if (!push) throw new AppError('PUSH_NOT_FOUND');
    if (!(await tx.transition(push.id, 'scheduled', 'cancelled', { cancelled_at: props.now })))
      throw new AppError('PUSH_NOT_SCHEDULED');
    await cancelJobs(tx.k, [`push:${push.id}`]);
    const articleIds = JSON.parse(push.article_ids) as number[];
    await tx.setArticleStatus(articleIds, ['scheduled'], 'approved', props.now);
    const updated = { ...push, status: 'cancelled' as const, cancelled_at: props.now };
    await tx.enqueue(props.now, `staff-account:${push.account_id}`, 'push.progress', toPushProgress(updated));
    await tx.audit(
      pushAudit(push.id, push.account_id, props.actorId, props.now, 'push.cancelled', { articleIds }),
    );
    return updated;
  });
  void deps.outbox.kick();
  return toPushView(row);
}

export async function reschedulePush(
  deps: PushDeps,
  props: Actor & { scheduledAt: number },
): Promise<PushView> {
  const at = props.scheduledAt;
  if (at < props.now + MIN_SCHEDULE_LEAD_MS || at > props.now + MAX_SCHEDULE_LEAD_MS)
    throw new AppError('PUSH_TIME_INVALID', { field: 'scheduledAt' });
  const row = await PushesRepository.of(deps.database).transaction(async (tx) => {
    await tx.lockAccount(props.accountId);
    const push = await tx.findPush(props.accountId, props.pushId);
    if (!push) throw new AppError('PUSH_NOT_FOUND');
    if (push.status !== 'scheduled') throw new AppError('PUSH_NOT_SCHEDULED');
    const day = beijingDay(at);
    const perDay = await tx.perDay(push.account_id);
    const used = await tx.usedOn(push.account_id, day, push.id);
    if (used >= perDay) throw new AppError('PUSH_QUOTA_EXCEEDED', { details: { day, perDay, used } });
    if (!(await tx.reschedule(push.id, at, day))) throw new AppError('PUSH_NOT_SCHEDULED');
    await enqueueJob(
      tx.k,
      { name: 'push.release', payload: { pushId: push.id }, runAt: at, key: `push:${push.id}` },
      props.now,
    );
    await tx.audit(
      pushAudit(push.id, push.account_id, props.actorId, props.now, 'push.rescheduled', {
        from: push.scheduled_at,
        to: at,
      }),
    );
    return { ...push, scheduled_at: at, quota_day: day };
  });
  return toPushView(row);
}

export async function getQuota(repo: PushesRepository, accountId: number, now: number): Promise<QuotaView> {
  const day = beijingDay(now);
  const perDay = await repo.perDay(accountId);
  const used = await repo.usedOn(accountId, day);
  return { day, perDay, used, remaining: Math.max(0, perDay - used), resetsAt: nextBeijingMidnight(now) };
}

/** Platform admins only (the route checks): sets an account's pushes per Beijing day. */
export async function setQuota(
  repo: PushesRepository,
  props: { accountId: number; perDay: number; actorId: number; now: number },
): Promise<QuotaView> {
  if (!Number.isInteger(props.perDay) || props.perDay < 0 || props.perDay > MAX_PUSHES_PER_DAY)
    throw new AppError('VALIDATION_FAILED', { field: 'perDay' });
  await repo.transaction(async (tx) => {
    await tx.setPerDay(props.accountId, props.perDay, props.actorId, props.now);
    await tx.audit({
      at: props.now,
      actorKind: 'staff',
      actorId: props.actorId,
      accountId: props.accountId,
      action: 'push.quota_set',
      target: `account:${props.accountId}`,
      details: { perDay: props.perDay },
    });
  });
  return getQuota(repo, props.accountId, props.now);
}
