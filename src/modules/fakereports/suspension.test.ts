/**
 * What a suspension stops beyond the account's profile (fakereports.test.ts checks that):
 * its articles' public links, new pushes, and devices woken by a push; and how reporters
 * with Web Push subscriptions hear the outcome.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { buildAccount } from '../../test/factories.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildTestApp } from '../../test/app.js';
import { accountWithEditor, draft, publish } from '../publishing/testing.js';
import { approvedArticle, postPush } from '../pushes/testing.js';
import type { WebPushSender } from '../webpush/sender.js';
import { fakeReportOutcomeJob } from './outcomeJob.js';
import { platformAdmin, reportsApi, signedInCitizen } from './testing.js';

describeEachDatabase('fake-account reports: a suspension', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
  });
  afterAll(async () => {
    await deps?.outbox.stop();
    await app?.close();
  });

  it("takes down the account's article links, refuses new follows and pushes; reinstating brings the links back", async () => {
    const api = reportsApi(app);
    const boss = await platformAdmin(ctx.db, deps);
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    const { id } = (await draft(app, account.id, editor.headers)).json();
    const card = (await publish(app, account.id, id, editor.headers)).json();
    const page = () => app.inject({ method: 'GET', url: `/api/publications/${card.slug}` });
    expect((await page()).statusCode).toBe(200);

    const fan = await signedInCitizen(ctx.db, deps);
    const follow = () =>
      app.inject({
        method: 'POST',
        url: `/api/accounts/${account.id}/follow`,
        headers: fan.headers,
        payload: {},
      });
    expect((await follow()).statusCode).toBe(200);

    expect((await api.decide(boss.headers, account.id, 'suspend', '仿冒政府机构')).statusCode).toBe(200);
    expect((await page()).statusCode).toBe(404);
    // Nobody new can follow it; a follower can still leave.
    const fan2 = await signedInCitizen(ctx.db, deps);
    const again = await app.inject({
      method: 'POST',
      url: `/api/accounts/${account.id}/follow`,
      headers: fan2.headers,
      payload: {},
    });
    expect(again.json().error.code).toBe('ACCOUNT_NOT_FOUND');
    const leave = await app.inject({
      method: 'DELETE',
      url: `/api/accounts/${account.id}/follow`,
      headers: fan.headers,
    });
    expect(leave.json()).toMatchObject({ following: false });
    expect((await app.inject({ method: 'GET', url: `/a/${card.slug}` })).statusCode).toBe(404);
    const article = await approvedArticle(ctx.db, account.id, editor.id);
    const push = await postPush(app, account.id, editor.headers, {
      articleIds: [article.id],
      audience: { kind: 'all' },
    });
    expect(push.statusCode).toBe(409);
    expect(push.json().error.code).toBe('ACCOUNT_SUSPENDED');

    expect((await api.decide(boss.headers, account.id, 'reinstate', '申诉成立')).statusCode).toBe(200);
    expect((await page()).statusCode).toBe(200);
  });

  it('sends each reporter with a device subscription the outcome by Web Push, once per device', async () => {
    const api = reportsApi(app);
    const boss = await platformAdmin(ctx.db, deps);
    const account = await buildAccount(ctx.db, { name: '某某市人民政府办' });
    const withPhone = await signedInCitizen(ctx.db, deps);
    const without = await signedInCitizen(ctx.db, deps);
    for (const c of [withPhone, without])
      await api.file(c.headers, { accountId: account.id, reason: 'uses_government_name' });
    for (const device of ['a', 'b'])
      await ctx.db.k
        .insertInto('push_subscriptions')
        .values({
          citizen_id: withPhone.id,
          endpoint: `https://push.example.com/${device}`,
          p256dh: 'key',
          auth: 'auth',
          device,
          created_at: Date.now(),
        })
        .execute();
    await api.decide(boss.headers, account.id, 'suspend', '冒用政府名称');
    const job = await ctx.db.k
      .selectFrom('jobs')
      .select('payload')
      .where('name', '=', 'fakereport.outcome')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();

    const sent: Array<{ endpoint: string; message: { title: string; body: string; url: string } }> = [];
    const sender = {
      send: async (sub: { endpoint: string }, payload: string) => {
        sent.push({ endpoint: sub.endpoint, message: JSON.parse(payload) });
        return sub.endpoint.endsWith('/b') ? ('gone' as const) : ('sent' as const);
      },
    } as unknown as WebPushSender;
    const run = fakeReportOutcomeJob(deps, { sender: async () => sender });
    expect(await run(JSON.parse(job.payload), { now: Date.now(), jobId: 1 })).toBe('done');
    expect(sent.map((s) => s.endpoint).sort()).toEqual([
      'https://push.example.com/a',
      'https://push.example.com/b',
    ]);
    expect(sent[0]!.message).toMatchObject({ title: '举报处理结果', url: '/me/reports' });
    expect(sent[0]!.message.body).toContain('某某市人民政府办');
    expect(sent[0]!.message.body).toContain('已被停用');
    // The service called one device gone: its subscription is removed.
    const left = await ctx.db.k
      .selectFrom('push_subscriptions')
      .select('endpoint')
      .where('citizen_id', '=', withPhone.id)
      .execute();
    expect(left).toEqual([{ endpoint: 'https://push.example.com/a' }]);
  });
});
