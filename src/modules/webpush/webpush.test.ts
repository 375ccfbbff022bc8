import { createRequire } from 'node:module';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { ManualClock } from '../../infra/clock.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { accountWithEditor, approvedArticle, follower, postPush, type Headers } from '../pushes/testing.js';
import { pushFanoutJob, webpushDeliverJob } from './jobs.js';
import { encryptAes128gcm, peerKeys } from './encrypt.js';
import { WebPushSender } from './sender.js';
import { browserKeys, decryptAes128gcm, TestPushService } from './testing.js';
import { loadVapidKeys } from './vapid.js';

describeEachDatabase('Web Push', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  let service: TestPushService;
  const clock = new ManualClock(Date.now());
  beforeAll(async () => {
    // The test push service listens on plain-http loopback, which production refuses.
    ({ app, deps } = await buildTestApp(ctx.db, { clock, config: { webPushAllowLoopback: true } }));
    service = await new TestPushService().start();
  });
  afterAll(async () => {
    await service?.stop();
    await deps?.outbox.stop();
    await app?.close();
  });

  const subscribe = (headers: Headers, name: string) => {
    const sub = service.subscription(name);
    return app
      .inject({
        method: 'POST',
        url: '/api/me/push-subscriptions',
        headers,
        payload: { endpoint: sub.endpoint, keys: sub.keys, device: `Chrome ${name}` },
      })
      .then((res) => ({ res, ...sub }));
  };
  const received = (path: string) => service.received.filter((r) => r.path === path);
  const pushRow = (id: number) =>
    ctx.db.k.selectFrom('pushes').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

  it('keeps one subscription per device for the signed-in citizen, and refuses malformed ones', async () => {
    const { account } = await accountWithEditor(ctx.db, deps);
    const citizen = await follower(ctx.db, deps, account.id);
    const first = await subscribe(citizen.headers, `s-${citizen.id}-a`);
    expect(first.res.statusCode).toBe(201);
    expect(first.res.json()).toMatchObject({ device: `Chrome s-${citizen.id}-a`, service: service.origin });
    // Saving the same endpoint again updates the row, never a second one.
    const again = await app.inject({
      method: 'POST',
      url: '/api/me/push-subscriptions',
      headers: citizen.headers,
      payload: { endpoint: first.endpoint, keys: first.keys, device: 'Firefox' },
    });
    expect(again.json().id).toBe(first.res.json().id);
    await subscribe(citizen.headers, `s-${citizen.id}-b`);
    const list = await app.inject({
      method: 'GET',
      url: '/api/me/push-subscriptions',
      headers: citizen.headers,
    });
    expect(list.json().items.map((i: { device: string }) => i.device)).toEqual([
      'Firefox',
      `Chrome s-${citizen.id}-b`,
    ]);

    const bad = (payload: object) =>
      app.inject({ method: 'POST', url: '/api/me/push-subscriptions', headers: citizen.headers, payload });
    expect(
      (await bad({ endpoint: 'http://push.example.com/x', keys: first.keys })).json().error,
    ).toMatchObject({
      code: 'PUSH_SUBSCRIPTION_INVALID',
      field: 'endpoint',
    });
    expect(
      (await bad({ endpoint: `${service.origin}/x`, keys: { ...first.keys, p256dh: 'AAAA' } })).json().error
        .field,
    ).toBe('keys.p256dh');
    expect(
      (await bad({ endpoint: `${service.origin}/x`, keys: { ...first.keys, auth: 'AAAA' } })).json().error
        .field,
    ).toBe('keys.auth');
    expect((await app.inject({ method: 'GET', url: '/api/me/push-subscriptions' })).statusCode).toBe(401);

    const del = await app.inject({
      method: 'DELETE',
      url: '/api/me/push-subscriptions',
      headers: citizen.headers,
      payload: { endpoint: first.endpoint },
    });
    expect(del.statusCode).toBe(204);
    const after = await app.inject({
      method: 'GET',
      url: '/api/me/push-subscriptions',
      headers: citizen.headers,
    });
    expect(after.json().items).toHaveLength(1);
    const key = await app.inject({ method: 'GET', url: '/api/push/vapid-public-key' });
    expect(Buffer.from(key.json().publicKey, 'base64url')).toHaveLength(65);
  });

  it('delivers an encrypted notification to every device of the matching followers only, with one VAPID signature per service', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    const inside = await follower(ctx.db, deps, account.id, { region: '411502' });
    const inside2 = await follower(ctx.db, deps, account.id, { region: '411503' });
    const outside = await follower(ctx.db, deps, account.id, { region: '410105' });
    const phone = await subscribe(inside.headers, `d-${inside.id}-phone`);
    const laptop = await subscribe(inside.headers, `d-${inside.id}-laptop`);
    const other = await subscribe(inside2.headers, `d-${inside2.id}`);
    const stranger = await subscribe(outside.headers, `d-${outside.id}`);
    const article = await approvedArticle(ctx.db, account.id, editor.id, '信阳市停水通知');

    const res = await postPush(app, account.id, editor.headers, {
      articleIds: [article.id],
      audience: { kind: 'region', region: '4115' },
    });
    const pushId = res.json().push.id as number;
    const slug = res.json().publications[0].slug as string;
    await deps.jobs.runDue();

    const publicKey = (await loadVapidKeys(deps.database)).publicKey;
    for (const sub of [phone, laptop, other]) {
      const got = received(sub.path);
      expect(got).toHaveLength(1);
      expect(got[0]!.error).toBeNull();
      expect(JSON.parse(got[0]!.message!)).toEqual({
        title: account.name,
        body: '信阳市停水通知',
        url: `/a/${slug}`,
        tag: `push-${pushId}`,
      });
      expect(got[0]!.authorization).toMatch(
        new RegExp(`^vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=${publicKey}$`),
      );
    }
    expect(received(stranger.path)).toEqual([]);
    // The header was signed once and reused (same JWT for all three).
    expect(new Set([phone, laptop, other].map((s) => received(s.path)[0]!.authorization)).size).toBe(1);
    expect(await pushRow(pushId)).toMatchObject({
      status: 'sent',
      targeted_count: 2,
      webpush_total: 3,
      webpush_sent: 3,
      webpush_failed: 0,
      webpush_gone: 0,
    });

    // A delivery job run again (a retry, a restart) sends nothing more.
    const before = service.count;
    await webpushDeliverJob(deps)({ pushId, fromId: 0, toId: 1e9 }, { now: clock.now(), jobId: 0 });
    expect(service.count).toBe(before);
  });

  it('removes a subscription the service calls gone (410), retries a 500 later without re-sending the others, and never re-sends after a crash', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    const people = [];
    for (let i = 0; i < 4; i++) people.push(await follower(ctx.db, deps, account.id));
    const subs = [];
    for (const p of people) subs.push(await subscribe(p.headers, `r-${p.id}`));
    const [ok, gone, flaky, crashed] = subs as [
      (typeof subs)[0],
      (typeof subs)[0],
      (typeof subs)[0],
      (typeof subs)[0],
    ];
    service.answers.set(gone.path, 410);
    service.answers.set(flaky.path, (attempt) => (attempt === 1 ? 503 : 201));

    const article = await approvedArticle(ctx.db, account.id, editor.id);
    const res = await postPush(app, account.id, editor.headers, {
      articleIds: [article.id],
      audience: { kind: 'all' },
    });
    const pushId = res.json().push.id as number;
    // The fan-out runs; then a runner claims the batch, commits `sending`, and dies before
    // sending to `crashed` (left as it would be).
    expect(await pushFanoutJob(deps)({ pushId }, { now: clock.now(), jobId: 0 })).toBe('done');
    const crashedSub = await ctx.db.k
      .selectFrom('push_subscriptions')
      .select('id')
      .where('endpoint', '=', crashed.endpoint)
      .executeTakeFirstOrThrow();
    await ctx.db.k
      .updateTable('push_deliveries')
      .set({ status: 'sending', attempts: 1 })
      .where('push_id', '=', pushId)
      .where('subscription_id', '=', crashedSub.id)
      .execute();

    await deps.jobs.runDue();
    expect(received(ok.path)).toHaveLength(1);
    expect(received(gone.path)).toHaveLength(1);
    expect(received(flaky.path)).toHaveLength(1);
    expect(received(crashed.path)).toEqual([]);
    expect(await pushRow(pushId)).toMatchObject({
      status: 'sending',
      webpush_sent: 1,
      webpush_gone: 1,
      webpush_failed: 1,
    });
    const goneRow = await ctx.db.k
      .selectFrom('push_subscriptions')
      .select('id')
      .where('endpoint', '=', gone.endpoint)
      .executeTakeFirst();
    expect(goneRow).toBeUndefined();

    // Not due yet; after the retry delay only the flaky device is tried again.
    await deps.jobs.runDue();
    expect(received(flaky.path)).toHaveLength(1);
    clock.advance(31_000);
    await deps.jobs.runDue();
    expect(received(flaky.path)).toHaveLength(2);
    expect(received(ok.path)).toHaveLength(1);
    expect(received(crashed.path)).toEqual([]);
    expect(await pushRow(pushId)).toMatchObject({
      status: 'sent',
      webpush_total: 4,
      webpush_sent: 2,
      webpush_gone: 1,
      webpush_failed: 1,
    });
    const report = await app.inject({
      method: 'GET',
      url: `/api/console/accounts/${account.id}/pushes/${pushId}`,
      headers: editor.headers,
    });
    expect(report.json()).toMatchObject({
      status: 'sent',
      targeted: 4,
      webpush: { total: 4, sent: 2, failed: 1, gone: 1 },
    });
  });

  it('signs a VAPID header once per push service origin and again only near its expiry', async () => {
    let now = Date.UTC(2026, 11, 7);
    const sender = new WebPushSender(await loadVapidKeys(deps.database), { now: () => now });
    const a = sender.authorization('https://fcm.googleapis.com/fcm/send/abc');
    expect(sender.authorization('https://fcm.googleapis.com/fcm/send/def')).toBe(a);
    expect(sender.signed).toBe(1);
    sender.authorization('https://updates.push.services.mozilla.com/wpush/v2/x');
    expect(sender.signed).toBe(2);
    now += 10 * 3600 * 1000;
    expect(sender.authorization('https://fcm.googleapis.com/fcm/send/abc')).toBe(a);
    now += 1.5 * 3600 * 1000;
    expect(sender.authorization('https://fcm.googleapis.com/fcm/send/abc')).not.toBe(a);
    expect(sender.signed).toBe(3);
  });

  it('encrypts every message with a fresh key pair and salt, decryptable by the browser (RFC 8291)', () => {
    const browser = browserKeys();
    const keys = peerKeys(browser.p256dh, browser.auth);
    const a = encryptAes128gcm(keys, Buffer.from('通知 é'));
    const b = encryptAes128gcm(keys, Buffer.from('通知 é'));
    expect(decryptAes128gcm(a, browser)).toBe('通知 é');
    expect(decryptAes128gcm(b, browser)).toBe('通知 é');
    expect(a.subarray(0, 16).equals(b.subarray(0, 16))).toBe(false);
    expect(a.subarray(21, 86).equals(b.subarray(21, 86))).toBe(false);
    expect(a.readUInt32BE(16)).toBe(4096);
    // Across the salt pool's refill (every 256 messages): no salt or ephemeral key repeats.
    const many = Array.from({ length: 600 }, () => encryptAes128gcm(keys, Buffer.from('x')));
    expect(new Set(many.map((m) => m.subarray(0, 16).toString('hex'))).size).toBe(600);
    expect(new Set(many.map((m) => m.subarray(21, 86).toString('hex'))).size).toBe(600);
    expect(decryptAes128gcm(many[599]!, browser)).toBe('x');
    const tampered = Buffer.from(a);
    tampered[tampered.length - 1]! ^= 1;
    expect(() => decryptAes128gcm(tampered, browser)).toThrow();
  });

  it('writes what the reference implementation reads: http_ece (web-push’s own) decrypts it', () => {
    // Our encryption replaces web-push's for speed; the library it wraps is the independent check.
    const ece = createRequire(import.meta.url)('http_ece') as {
      decrypt(body: Buffer, params: { version: string; privateKey: unknown; authSecret: Buffer }): Buffer;
    };
    const browser = browserKeys();
    const body = encryptAes128gcm(peerKeys(browser.p256dh, browser.auth), Buffer.from('新文章：通知 é'));
    const plain = ece.decrypt(body, {
      version: 'aes128gcm',
      privateKey: browser.ecdh,
      authSecret: Buffer.from(browser.auth, 'base64url'),
    });
    expect(plain.toString('utf8')).toBe('新文章：通知 é');
  });
});
