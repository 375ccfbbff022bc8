/**
 * The Web Push side of a push, as durable jobs:
 *
 * - `push.fanout` (one per push, after its release): counts the followers the audience
 *   reaches (the report), writes one pending delivery per matching subscription, and splits
 *   them into `webpush.deliver` batches by subscription id range. Idempotent: a re-run finds
 *   `targeted_count` set and stops.
 * - `webpush.deliver` (per batch of DELIVERY_BATCH subscriptions): reads its unsettled
 *   deliveries once, then works in chunks of CLAIM_CHUNK: a chunk is marked `sending` and
 *   committed BEFORE any of its requests leaves; the next chunk is claimed while the previous
 *   one's last requests are in flight, and a chunk settles (one UPDATE per outcome kind) when
 *   its last answer arrives. A runner that dies mid-batch leaves `sending` rows: the re-run
 *   settles them as failed instead of sending again, so a crash or retry never sends a device
 *   the same push twice. 429/5xx/network errors go back to pending and the job retries later
 *   (up to MAX_ATTEMPTS per delivery); 404/410 delete the subscription. The last chunk to
 *   settle marks the push `sent`.
 */
import type { AppDeps } from '../../deps.js';
import { enqueueJob } from '../../infra/jobs/queue.js';
import type { JobHandler } from '../../infra/jobs/names.js';
import { parseAudience } from '../pushes/audience.js';
import { toPushProgress } from '../pushes/presenters.js';
import { PushesRepository } from '../pushes/repository.js';
import { notificationPayload } from './payload.js';
import { WebPushRepository, type DeliveryRow } from './repository.js';
import { WebPushSender, type SendOutcome } from './sender.js';
import { loadVapidKeys } from './vapid.js';

/** Subscriptions per `webpush.deliver` job. */
export const DELIVERY_BATCH = 2000;
/** Deliveries claimed (committed `sending`) at a time inside a job. */
export const CLAIM_CHUNK = 500;
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
      // A push released after its account was suspended (scheduled earlier) wakes no device.
      const account = await tx.findAccount(push.account_id);
      if (account?.status === 'active') await web.planDeliveries(push.id, push.account_id, audience, ctx.now);
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

/** One claimed chunk of a job: its deliveries, how many are still in flight, their outcomes. */
interface Chunk {
  rows: DeliveryRow[];
  next: number;
  open: number;
  outcomes: Record<SendOutcome, number[]>;
}

export function webpushDeliverJob(
  deps: Deps,
  opts: { sender?: (database: AppDeps['database']) => Promise<WebPushSender> } = {},
): JobHandler<'webpush.deliver'> {
  return async ({ pushId, fromId, toId }, ctx) => {
    const repo = WebPushRepository.of(deps.database);
    const push = await repo.findPush(pushId);
    if (!push || push.status !== 'sending') return 'skipped';

    // One read of the range. A crash's leftovers settle first: `sending` rows as failed (never
    // sent again), deliveries whose subscription vanished as gone.
    const rows = await repo.unsettledDeliveries(pushId, fromId, toId);
    const orphaned: number[] = [];
    const stale: number[] = [];
    const pending: DeliveryRow[] = [];
    for (const r of rows) {
      if (r.endpoint === null || r.p256dh === null || r.auth === null) orphaned.push(r.subscription_id);
      else if (r.status === 'sending') stale.push(r.subscription_id);
      else
        pending.push({
          subscription_id: r.subscription_id,
          endpoint: r.endpoint,
          p256dh: r.p256dh,
          auth: r.auth,
          attempts: r.attempts,
        });
    }
    if (orphaned.length + stale.length > 0)
      await repo.transaction(async (tx) => {
        await tx.setDeliveries(pushId, orphaned, 'gone', ctx.now);
        await tx.setDeliveries(pushId, stale, 'failed', ctx.now);
        await tx.addCounts(pushId, { sent: 0, failed: stale.length, gone: orphaned.length });
      });

    let finished = false;
    let retries = 0;
    /** Writes a chunk's outcomes (one UPDATE per outcome kind), the counts, and the progress event. */
    const settle = async ({ outcomes }: Chunk) => {
      retries += outcomes.retry.length;
      const done = await repo.transaction(async (tx) => {
        await tx.setDeliveries(pushId, outcomes.sent, 'sent', ctx.now);
        await tx.setDeliveries(pushId, outcomes.failed, 'failed', ctx.now);
        await tx.setDeliveries(pushId, outcomes.gone, 'gone', ctx.now);
        await tx.setDeliveries(pushId, outcomes.retry, 'pending', ctx.now);
        await tx.deleteSubscriptionsById(outcomes.gone);
        const last = !(await tx.anyUnsettled(pushId)) && (await tx.finish(pushId, ctx.now));
        const row = await tx.addCountsReturning(pushId, {
          sent: outcomes.sent.length,
          failed: outcomes.failed.length,
          gone: outcomes.gone.length,
        });
        if (row)
          await tx.enqueue(ctx.now, `staff-account:${row.account_id}`, 'push.progress', toPushProgress(row));
        return last;
      });
      finished ||= done;
    };
    const chunk = (rows: DeliveryRow[]): Chunk => ({
      rows,
      next: 0,
      open: rows.length,
      outcomes: { sent: [], gone: [], retry: [], failed: [] },
    });

    if (pending.length === 0) {
      await settle(chunk([]));
    } else {
      const sender = await (opts.sender ?? senderFor)(deps.database);
      const content = notificationPayload(pushId, await repo.pushContent(pushId, push.account_id));
      // Claims of CLAIM_CHUNK deliveries, each committed `sending` before any of its requests
      // leaves. The next chunk is claimed as soon as the current one has no request left to
      // start, while its last requests are still in flight, so the push service never waits
      // on the database; a chunk settles when its last answer arrives.
      let unclaimed = 0;
      let current: Chunk | null = null;
      let claiming: Promise<Chunk> | null = null;
      let settling: Promise<void> = Promise.resolve();
      let settleError: unknown = null;
      const claimNext = async (): Promise<Chunk> => {
        const slice = pending.slice(unclaimed, unclaimed + CLAIM_CHUNK);
        unclaimed += slice.length;
        const claimed = await repo.claimDeliveries(
          pushId,
          slice.map((d) => d.subscription_id),
          ctx.now,
        );
        return chunk(slice.filter((d) => claimed.has(d.subscription_id)));
      };
      const take = async (): Promise<[DeliveryRow, Chunk] | null> => {
        for (;;) {
          if (current && current.next < current.rows.length) return [current.rows[current.next++]!, current];
          if (!claiming) {
            if (unclaimed >= pending.length) return null;
            claiming = claimNext();
            const claimed = await claiming;
            claiming = null;
            current = claimed;
          } else await claiming;
        }
      };
      const worker = async () => {
        for (let got = await take(); got; got = await take()) {
          const [d, c] = got;
          const outcome = await sender.send(d, content, { topic: `push${pushId}` });
          // A delivery that used its last attempt is failed, not retried.
          const settled = outcome === 'retry' && d.attempts + 1 >= MAX_ATTEMPTS ? 'failed' : outcome;
          c.outcomes[settled].push(d.subscription_id);
          // Settlements run one after another; a failed one leaves its rows `sending` (failed
          // on the job's re-run) and fails the job once every request has been answered.
          if (--c.open === 0)
            settling = settling.then(() =>
              settle(c).catch((err: unknown) => {
                settleError ??= err;
              }),
            );
        }
      };
      const sent = await Promise.allSettled(Array.from({ length: CONCURRENCY }, worker));
      await settling;
      const failure = sent.find((r) => r.status === 'rejected');
      if (failure) throw failure.reason;
      if (settleError) throw settleError;
    }
    void deps.outbox.kick();
    if (retries > 0) return { retryAt: ctx.now + RETRY_AFTER_MS };
    return finished || pending.length > 0 ? 'done' : 'skipped';
  };
}
