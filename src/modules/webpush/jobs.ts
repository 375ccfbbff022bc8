/**
 * The Web Push side of a push, as durable jobs:
 *
 * - `push.fanout` (one per push, after its release): counts the followers the audience
 *   reaches (the report), writes one pending delivery per matching subscription, and splits
 *   them into `webpush.deliver` batches by subscription id range. Idempotent: a re-run finds
 *   `targeted_count` set and stops.
 * - `webpush.deliver` (per batch): marks its pending deliveries `sending` and commits BEFORE
 *   any request leaves, then sends, then settles each one. A runner that dies mid-batch
 *   leaves `sending` rows: the re-run settles them as failed instead of sending again, so a
 *   crash or retry never sends a device the same push twice. 429/5xx/network errors go back
 *   to pending and the job retries later (up to MAX_ATTEMPTS per delivery); 404/410 delete the
 *   subscription. The last batch to settle marks the push `sent`.
 */
import type { AppDeps } from '../../deps.js';
import { enqueueJob } from '../../infra/jobs/queue.js';
import type { JobHandler } from '../../infra/jobs/names.js';
import { parseAudience } from '../pushes/audience.js';
import { toPushProgress } from '../pushes/presenters.js';
import { PushesRepository } from '../pushes/repository.js';
import { notificationPayload } from './payload.js';
import { WebPushRepository } from './repository.js';
import { WebPushSender, type SendOutcome } from './sender.js';
import { loadVapidKeys } from './vapid.js';

export const DELIVERY_BATCH = 500;
export const MAX_ATTEMPTS = 5;
const CONCURRENCY = 64;
const RETRY_AFTER_MS = 30_000;

type Deps = Pick<AppDeps, 'database' | 'outbox'>;

export function pushFanoutJob(deps: Deps): JobHandler<'push.fanout'> {
  return async (payload, ctx) => {
    const pushes = PushesRepository.of(deps.database);
    const done = await pushes.transaction(async (tx) => {
      const push = await tx.findPushById(payload.pushId);
      if (!push || push.status !== 'sending' || push.targeted_count !== null) return false;
      const audience = parseAudience(push.audience);
      const targeted = await tx.countAudience(push.account_id, audience);
      const web = new WebPushRepository(tx.k, tx.dialect);
      await web.planDeliveries(push.id, push.account_id, audience, ctx.now);
      const ids = await web.deliverySubscriptionIds(push.id);
      for (let i = 0; i < ids.length; i += DELIVERY_BATCH) {
        const fromId = ids[i]!;
        const toId = ids[Math.min(i + DELIVERY_BATCH, ids.length) - 1]!;
        await enqueueJob(
          tx.k,
          {
            name: 'webpush.deliver',
            payload: { pushId: push.id, fromId, toId },
            runAt: ctx.now,
            key: `webpush:${push.id}:${fromId}`,
          },
          ctx.now,
        );
      }
      await tx.setCounts(push.id, { targeted_count: targeted, webpush_total: ids.length });
      let row = { ...push, targeted_count: targeted, webpush_total: ids.length };
      if (ids.length === 0 && (await web.finish(push.id, ctx.now)))
        row = { ...row, status: 'sent', finished_at: ctx.now };
      await tx.enqueue(ctx.now, `staff-account:${push.account_id}`, 'push.progress', toPushProgress(row));
      return true;
    });
    if (!done) return 'skipped';
    void deps.outbox.kick();
    return 'done';
  };
}

const senders = new WeakMap<object, Promise<WebPushSender>>();

/** One sender per process and database: its VAPID header cache lives as long as the process. */
export function senderFor(database: AppDeps['database']): Promise<WebPushSender> {
  let s = senders.get(database.k);
  if (!s) {
    s = loadVapidKeys(database).then((keys) => new WebPushSender(keys));
    senders.set(database.k, s);
  }
  return s;
}

export function webpushDeliverJob(
  deps: Deps,
  opts: { sender?: (database: AppDeps['database']) => Promise<WebPushSender> } = {},
): JobHandler<'webpush.deliver'> {
  return async ({ pushId, fromId, toId }, ctx) => {
    const repo = WebPushRepository.of(deps.database);
    const push = await repo.findPush(pushId);
    if (!push || push.status !== 'sending') return 'skipped';

    // Claim: a crash's leftovers settle as failed; the pending ones become `sending`, committed.
    const batch = await repo.transaction(async (tx) => {
      const orphaned = await tx.orphanedDeliveries(pushId, fromId, toId);
      await tx.setDeliveries(pushId, orphaned, 'gone', ctx.now);
      const stale = (await tx.deliveries(pushId, fromId, toId, 'sending')).map((d) => d.subscription_id);
      await tx.setDeliveries(pushId, stale, 'failed', ctx.now);
      await tx.addCounts(pushId, { sent: 0, failed: stale.length, gone: orphaned.length });
      const pending = await tx.deliveries(pushId, fromId, toId, 'pending');
      await tx.setDeliveries(
        pushId,
        pending.map((d) => d.subscription_id),
        'sending',
        ctx.now,
        true,
      );
      return pending;
    });

    const outcomes = new Map<SendOutcome, number[]>([
      ['sent', []],
      ['gone', []],
      ['retry', []],
      ['failed', []],
    ]);
    if (batch.length > 0) {
      const sender = await (opts.sender ?? senderFor)(deps.database);
      const content = notificationPayload(pushId, await repo.pushContent(pushId, push.account_id));
      let next = 0;
      const worker = async () => {
        while (next < batch.length) {
          const d = batch[next++]!;
          const outcome = await sender.send(d, content, { topic: `push${pushId}` });
          // A delivery that used its last attempt is failed, not retried.
          const settled = outcome === 'retry' && d.attempts + 1 >= MAX_ATTEMPTS ? 'failed' : outcome;
          outcomes.get(settled)!.push(d.subscription_id);
        }
      };
      await Promise.all(Array.from({ length: Math.min(CONCURRENCY, batch.length) }, worker));
    }

    const retries = outcomes.get('retry')!;
    const finished = await repo.transaction(async (tx) => {
      await tx.setDeliveries(pushId, outcomes.get('sent')!, 'sent', ctx.now);
      await tx.setDeliveries(pushId, outcomes.get('failed')!, 'failed', ctx.now);
      await tx.setDeliveries(pushId, outcomes.get('gone')!, 'gone', ctx.now);
      await tx.setDeliveries(pushId, retries, 'pending', ctx.now);
      await tx.deleteSubscriptionsById(outcomes.get('gone')!);
      await tx.addCounts(pushId, {
        sent: outcomes.get('sent')!.length,
        failed: outcomes.get('failed')!.length,
        gone: outcomes.get('gone')!.length,
      });
      const done = (await tx.unsettled(pushId)) === 0 && (await tx.finish(pushId, ctx.now));
      const row = await tx.findPush(pushId);
      if (row)
        await tx.enqueue(ctx.now, `staff-account:${row.account_id}`, 'push.progress', toPushProgress(row));
      return done;
    });
    void deps.outbox.kick();
    if (retries.length > 0) return { retryAt: ctx.now + RETRY_AFTER_MS };
    return finished || batch.length > 0 ? 'done' : 'skipped';
  };
}
