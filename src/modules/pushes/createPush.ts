/**
 * Creating a push (群发): 1–8 releasable articles to an audience, now or at a time. One
 * transaction checks the articles, the audience and the account's quota for the Beijing day
 * the push goes out, and then either releases it (now) or schedules the durable job
 * `push.release` keyed `push:<id>` (later). The console's single-article "publish" is this
 * use case with one article, every follower, now.
 */
import type { Database } from '../../db/database.js';
import { AppError } from '../../infra/errors.js';
import { enqueueJob } from '../../infra/jobs/queue.js';
import type { PublicationCardPayload } from '../../shared/realtime.js';
import { audienceColumn, normaliseAudience, type Audience } from './audience.js';
import { toPushProgress, toPushView, type PushView } from './presenters.js';
import { beijingDay } from './quota.js';
import { ensureReleasable } from './releasable.js';
import { releasePush } from './release.js';
import { PushesRepository } from './repository.js';

export const MAX_ARTICLES_PER_PUSH = 8;
/** A scheduled push is due at least this far ahead, and at most 30 days. */
export const MIN_SCHEDULE_LEAD_MS = 5 * 60_000;
export const MAX_SCHEDULE_LEAD_MS = 30 * 86_400_000;

export interface PushDeps {
  database: Database;
  outbox: { kick(): Promise<void> };
}

export interface CreatePushProps {
  accountId: number;
  actorId: number;
  now: number;
  articleIds: number[];
  audience: Audience;
  /** null/undefined = now. */
  scheduledAt?: number | null;
}

export interface CreatedPush {
  push: PushView;
  /** The released cards (empty for a scheduled push). */
  publications: PublicationCardPayload[];
}

export async function createPush(deps: PushDeps, props: CreatePushProps): Promise<CreatedPush> {
  const { accountId, actorId, now } = props;
  const articleIds = [...new Set(props.articleIds)];
  if (
    articleIds.length < 1 ||
    articleIds.length > MAX_ARTICLES_PER_PUSH ||
    articleIds.length !== props.articleIds.length
  )
    throw new AppError('PUSH_ARTICLE_COUNT', { field: 'articleIds' });
  const audience = normaliseAudience(props.audience);
  const at = props.scheduledAt ?? null;
  if (at !== null && (at < now + MIN_SCHEDULE_LEAD_MS || at > now + MAX_SCHEDULE_LEAD_MS))
    throw new AppError('PUSH_TIME_INVALID', { field: 'scheduledAt' });

  const result = await PushesRepository.of(deps.database).transaction(async (tx) => {
    const account = await tx.findAccount(accountId);
    if (!account) throw new AppError('ACCOUNT_NOT_FOUND');
    // A suspended account reaches nobody (its followers cannot see it; no devices are woken).
    if (account.status !== 'active') throw new AppError('ACCOUNT_SUSPENDED');
    // First the account lock: concurrent sends queue here, then each sees the others' effects.
    await tx.lockAccount(accountId);
    const articles = await tx.articlesOf(accountId, articleIds);
    if (articles.length !== articleIds.length) throw new AppError('ARTICLE_NOT_FOUND');
    await ensureReleasable(tx, accountId, articleIds, actorId, now);
    if (audience.kind === 'tags' && !(await tx.tagsExist(accountId, audience.tagIds)))
      throw new AppError('TAG_NOT_FOUND', { field: 'audience.tagIds' });

    const day = beijingDay(at ?? now);
    const perDay = await tx.perDay(accountId);
    const used = await tx.usedOn(accountId, day);
    if (used >= perDay) throw new AppError('PUSH_QUOTA_EXCEEDED', { details: { day, perDay, used } });

    const push = await tx.insertPush({
      account_id: accountId,
      status: at === null ? 'sending' : 'scheduled',
      article_ids: JSON.stringify(articleIds),
      audience: audienceColumn(audience),
      scheduled_at: at,
      quota_day: day,
      created_by: actorId,
      created_at: now,
      sent_at: at === null ? now : null,
      finished_at: null,
      cancelled_at: null,
      targeted_count: null,
    });
    if (at === null) {
      const publications = await releasePush(tx, push, articleIds, actorId, now);
      await tx.audit(pushAudit(push.id, accountId, actorId, now, 'push.sent', { articleIds, audience }));
      return { push, publications };
    }
    await tx.setArticleStatus(articleIds, ['approved'], 'scheduled', now);
    await enqueueJob(
      tx.k,
      { name: 'push.release', payload: { pushId: push.id }, runAt: at, key: `push:${push.id}` },
      now,
    );
    await tx.enqueue(now, `staff-account:${accountId}`, 'push.progress', toPushProgress(push));
    await tx.audit(
      pushAudit(push.id, accountId, actorId, now, 'push.scheduled', {
        articleIds,
        audience,
        scheduledAt: at,
      }),
    );
    return { push, publications: [] };
  });
  void deps.outbox.kick();
  return { push: toPushView(result.push), publications: result.publications };
}

export function pushAudit(
  pushId: number,
  accountId: number,
  actorId: number | null,
  now: number,
  action: 'push.sent' | 'push.scheduled' | 'push.cancelled' | 'push.rescheduled',
  details: Record<string, unknown>,
) {
  return {
    at: now,
    actorKind: actorId === null ? ('system' as const) : ('staff' as const),
    actorId,
    accountId,
    action,
    target: `push:${pushId}`,
    details,
  };
}
