/**
 * All SQL of Web Push: citizens' subscriptions (one row per browser endpoint) and the
 * deliveries of a push, keyed (push_id, subscription_id) so each device gets a push at most once.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/database.js';
import type { DialectName } from '../../db/dialect.js';
import type { Schema } from '../../db/schema.js';
import type { DeliveryStatus } from '../../db/tables/pushes.js';
import { enqueueEvent } from '../../infra/outbox.js';
import type { Room, ServerEventName, ServerEvents } from '../../shared/realtime.js';
import type { Audience } from '../pushes/audience.js';

export interface DeliveryRow {
  subscription_id: number;
  endpoint: string;
  p256dh: string;
  auth: string;
  attempts: number;
}

export interface UnsettledRow {
  subscription_id: number;
  status: DeliveryStatus;
  attempts: number;
  endpoint: string | null;
  p256dh: string | null;
  auth: string | null;
}

export class WebPushRepository {
  constructor(
    readonly k: Kysely<Schema>,
    readonly dialect: DialectName,
  ) {}

  static of(database: Database): WebPushRepository {
    return new WebPushRepository(database.k, database.dialect);
  }

  transaction<T>(fn: (repo: WebPushRepository) => Promise<T>): Promise<T> {
    return this.k.transaction().execute((trx) => fn(new WebPushRepository(trx, this.dialect)));
  }

  // ---- subscriptions --------------------------------------------------------------------

  /** A browser endpoint belongs to whoever subscribed with it last (a shared device signs in anew). */
  async upsertSubscription(v: {
    citizenId: number;
    endpoint: string;
    p256dh: string;
    auth: string;
    device: string;
    now: number;
  }) {
    return this.k
      .insertInto('push_subscriptions')
      .values({
        citizen_id: v.citizenId,
        endpoint: v.endpoint,
        p256dh: v.p256dh,
        auth: v.auth,
        device: v.device,
        created_at: v.now,
      })
      .onConflict((oc) =>
        oc
          .column('endpoint')
          .doUpdateSet({ citizen_id: v.citizenId, p256dh: v.p256dh, auth: v.auth, device: v.device }),
      )
      .returning(['id', 'device', 'created_at', 'endpoint'])
      .executeTakeFirstOrThrow();
  }

  listSubscriptions(citizenId: number) {
    return this.k
      .selectFrom('push_subscriptions')
      .select(['id', 'device', 'created_at', 'endpoint'])
      .where('citizen_id', '=', citizenId)
      .orderBy('id')
      .execute();
  }

  async deleteSubscription(citizenId: number, endpoint: string): Promise<boolean> {
    const res = await this.k
      .deleteFrom('push_subscriptions')
      .where('citizen_id', '=', citizenId)
      .where('endpoint', '=', endpoint)
      .executeTakeFirst();
    return Number(res.numDeletedRows) > 0;
  }

  async deleteSubscriptionsById(ids: number[]): Promise<void> {
    if (ids.length > 0) await this.k.deleteFrom('push_subscriptions').where('id', 'in', ids).execute();
  }

  // ---- deliveries ------------------------------------------------------------------------

  /**
   * One pending delivery per subscription of a follower the audience reaches, written by one
   * INSERT … SELECT; a re-run adds nothing (the key).
   */
  async planDeliveries(pushId: number, accountId: number, audience: Audience, now: number): Promise<void> {
    let q = this.k
      .selectFrom('push_subscriptions as s')
      .innerJoin('follows as f', 'f.citizen_id', 's.citizen_id')
      .where('f.account_id', '=', accountId);
    if (audience.kind === 'region') {
      q = q
        .innerJoin('citizens as c', 'c.id', 's.citizen_id')
        .where('c.region_code', 'like', `${audience.region}%`);
    } else if (audience.kind === 'tags') {
      const tagIds = audience.tagIds.length > 0 ? audience.tagIds : [0];
      q = q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('follower_tag_members as m')
            .select('m.citizen_id')
            .whereRef('m.citizen_id', '=', 's.citizen_id')
            .where('m.account_id', '=', accountId)
            .where('m.tag_id', 'in', tagIds),
        ),
      );
    }
    const select = q.select([
      sql<number>`${pushId}`.as('push_id'),
      's.id as subscription_id',
      sql<string>`'pending'`.as('status'),
      sql<number>`0`.as('attempts'),
      sql<number>`${now}`.as('updated_at'),
    ]);
    await this.k
      .insertInto('push_deliveries')
      .columns(['push_id', 'subscription_id', 'status', 'attempts', 'updated_at'])
      .expression(select)
      .onConflict((oc) => oc.columns(['push_id', 'subscription_id']).doNothing())
      .execute();
  }

  async deliverySubscriptionIds(pushId: number): Promise<number[]> {
    const rows = await this.k
      .selectFrom('push_deliveries')
      .select('subscription_id')
      .where('push_id', '=', pushId)
      .orderBy('subscription_id')
      .execute();
    return rows.map((r) => r.subscription_id);
  }

  /**
   * The range's unsettled deliveries (pending, and `sending` left by a crash), with their
   * subscriptions; `endpoint` is null when the subscription vanished (unsubscribed meanwhile).
   * One read per job: the claims and settlements work from it.
   */
  unsettledDeliveries(pushId: number, fromId: number, toId: number): Promise<UnsettledRow[]> {
    return this.k
      .selectFrom('push_deliveries as d')
      .leftJoin('push_subscriptions as s', 's.id', 'd.subscription_id')
      .select(['d.subscription_id', 'd.status', 'd.attempts', 's.endpoint', 's.p256dh', 's.auth'])
      .where('d.push_id', '=', pushId)
      .where('d.subscription_id', '>=', fromId)
      .where('d.subscription_id', '<=', toId)
      .where('d.status', 'in', ['pending', 'sending'])
      .orderBy('d.subscription_id')
      .execute();
  }

  /**
   * Marks pending deliveries `sending` (one more attempt) in one statement, committed on its
   * own; returns the ids it changed: only those may be sent.
   */
  async claimDeliveries(pushId: number, subscriptionIds: number[], now: number): Promise<Set<number>> {
    const claimed = new Set<number>();
    for (let i = 0; i < subscriptionIds.length; i += 500) {
      const rows = await this.k
        .updateTable('push_deliveries')
        .set((eb) => ({ status: 'sending', updated_at: now, attempts: eb('attempts', '+', 1) }))
        .where('push_id', '=', pushId)
        .where('subscription_id', 'in', subscriptionIds.slice(i, i + 500))
        .where('status', '=', 'pending')
        .returning('subscription_id')
        .execute();
      for (const r of rows) claimed.add(r.subscription_id);
    }
    return claimed;
  }

  async setDeliveries(
    pushId: number,
    subscriptionIds: number[],
    status: DeliveryStatus,
    now: number,
    bumpAttempts = false,
  ): Promise<void> {
    for (let i = 0; i < subscriptionIds.length; i += 500) {
      const chunk = subscriptionIds.slice(i, i + 500);
      await this.k
        .updateTable('push_deliveries')
        .set((eb) => ({
          status,
          updated_at: now,
          ...(bumpAttempts ? { attempts: eb('attempts', '+', 1) } : {}),
        }))
        .where('push_id', '=', pushId)
        .where('subscription_id', 'in', chunk)
        .execute();
    }
  }

  async addCounts(pushId: number, d: { sent: number; failed: number; gone: number }): Promise<void> {
    if (d.sent + d.failed + d.gone === 0) return;
    await this.k
      .updateTable('pushes')
      .set((eb) => ({
        webpush_sent: eb('webpush_sent', '+', d.sent),
        webpush_failed: eb('webpush_failed', '+', d.failed),
        webpush_gone: eb('webpush_gone', '+', d.gone),
      }))
      .where('id', '=', pushId)
      .execute();
  }

  /** Whether any delivery of the push is still pending or sending (an index probe, not a count). */
  async anyUnsettled(pushId: number): Promise<boolean> {
    const row = await this.k
      .selectFrom('push_deliveries')
      .select('subscription_id')
      .where('push_id', '=', pushId)
      .where('status', 'in', ['pending', 'sending'])
      .limit(1)
      .executeTakeFirst();
    return row !== undefined;
  }

  /** Adds settled deliveries to the push's counts and returns the push row as it now is. */
  addCountsReturning(pushId: number, d: { sent: number; failed: number; gone: number }) {
    return this.k
      .updateTable('pushes')
      .set((eb) => ({
        webpush_sent: eb('webpush_sent', '+', d.sent),
        webpush_failed: eb('webpush_failed', '+', d.failed),
        webpush_gone: eb('webpush_gone', '+', d.gone),
      }))
      .where('id', '=', pushId)
      .returningAll()
      .executeTakeFirst();
  }

  findPush(pushId: number) {
    return this.k.selectFrom('pushes').selectAll().where('id', '=', pushId).executeTakeFirst();
  }

  /** What the notification shows: the account's name and the push's released articles. */
  async pushContent(pushId: number, accountId: number) {
    const account = await this.k
      .selectFrom('accounts')
      .select('name')
      .where('id', '=', accountId)
      .executeTakeFirst();
    const publications = await this.k
      .selectFrom('publications')
      .select(['title', 'slug', 'seq'])
      .where('push_id', '=', pushId)
      .orderBy('seq')
      .execute();
    return { accountName: account?.name ?? '', publications };
  }

  async finish(pushId: number, now: number): Promise<boolean> {
    const res = await this.k
      .updateTable('pushes')
      .set({ status: 'sent', finished_at: now })
      .where('id', '=', pushId)
      .where('status', '=', 'sending')
      .executeTakeFirst();
    return Number(res.numUpdatedRows) === 1;
  }

  enqueue<E extends ServerEventName>(
    now: number,
    room: Room,
    event: E,
    data: ServerEvents[E],
  ): Promise<void> {
    return enqueueEvent(this.k, now, room, event, data);
  }
}
