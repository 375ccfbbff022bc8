/**
 * The `push.release` job (keyed `push:<id>`): releases a scheduled push exactly once. The
 * `scheduled → sending` UPDATE and the publications commit in one transaction, so:
 * a runner that dies before commit leaves the push `scheduled` and the job's lease runs out,
 * then another runner releases it; a re-run after commit (lease passed, restart) finds the
 * push no longer `scheduled` and skips. Cancelled pushes skip too.
 */
import type { AppDeps } from '../../deps.js';
import type { JobHandler } from '../../infra/jobs/names.js';
import { pushAudit } from './createPush.js';
import { releasePush } from './release.js';
import { PushesRepository } from './repository.js';

export function pushReleaseJob(deps: Pick<AppDeps, 'database' | 'outbox'>): JobHandler<'push.release'> {
  return async (payload, ctx) => {
    const result = await PushesRepository.of(deps.database).transaction(async (tx) => {
      const push = await tx.findPushById(payload.pushId);
      if (!push || push.status !== 'scheduled') return 'skipped' as const;
      // Re-timed later meanwhile (the keyed job is normally re-timed with it): not yet.
      if (push.scheduled_at !== null && push.scheduled_at > ctx.now) return { retryAt: push.scheduled_at };
      if (!(await tx.transition(push.id, 'scheduled', 'sending', { sent_at: ctx.now })))
        return 'skipped' as const;
      const articleIds = JSON.parse(push.article_ids) as number[];
      await releasePush(
        tx,
        { ...push, status: 'sending', sent_at: ctx.now },
        articleIds,
        push.created_by,
        ctx.now,
      );
      await tx.audit(
        pushAudit(push.id, push.account_id, null, ctx.now, 'push.sent', { articleIds, scheduled: true }),
      );
      return 'done' as const;
    });
    if (result === 'done') void deps.outbox.kick();
    return result;
  };
}
