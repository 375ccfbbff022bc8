import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { verifyAuditChain } from '../../infra/audit.js';
import type { ServerEventEnvelope } from '../../shared/realtime.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildCitizen, raisePushQuota } from '../../test/factories.js';
import { createDraft } from './createDraft.js';
import { publishArticle } from './publishArticle.js';
import { accountWithEditor, BODY, draft, publish } from './testing.js';

describeEachDatabase('publishing an article', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
  });
  afterAll(async () => {
    await deps?.outbox.stop();
    await app?.close();
  });

  const count = async (table: 'publications' | 'outbox', accountId: number) => {
    const row =
      table === 'publications'
        ? await ctx.db.k
            .selectFrom('publications')
            .where('account_id', '=', accountId)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        : await ctx.db.k
            .selectFrom('outbox')
            .where('room', '=', `account:${accountId}`)
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow();
    return Number(row.n);
  };

  it('increments the account seq and writes exactly one publication and one outbox row, whatever the follower count', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    await raisePushQuota(ctx.db, account.id);
    const followers = [];
    for (let i = 0; i < 5; i++) followers.push(await buildCitizen(ctx.db));
    for (const [i, c] of followers.entries()) {
      await ctx.db.k
        .insertInto('follows')
        .values({
          account_id: account.id,
          citizen_id: c.id,
          openid: `o-${account.id}-${i}`,
          followed_at: 1,
          last_read_seq: 0,
          scene: null,
        })
        .execute();
    }
    const followsBefore = await ctx.db.k
      .selectFrom('follows')
      .selectAll()
      .where('account_id', '=', account.id)
      .orderBy('citizen_id')
      .execute();

    for (const expectedSeq of [1, 2]) {
      const { id } = (await draft(app, account.id, editor.headers)).json();
      const pubsBefore = await count('publications', account.id);
      const outboxBefore = await count('outbox', account.id);
      const card = (await publish(app, account.id, id, editor.headers)).json();
      expect(card.seq).toBe(expectedSeq);
      expect(await count('publications', account.id)).toBe(pubsBefore + 1);
      expect(await count('outbox', account.id)).toBe(outboxBefore + 1);
      const acc = await ctx.db.k
        .selectFrom('accounts')
        .selectAll()
        .where('id', '=', account.id)
        .executeTakeFirstOrThrow();
      expect(acc).toMatchObject({
        publication_seq: expectedSeq,
        last_publication_id: card.id,
        last_published_at: card.publishedAt,
      });
    }
    // Fan-out on read: the follow edges are exactly as they were.
    const followsAfter = await ctx.db.k
      .selectFrom('follows')
      .selectAll()
      .where('account_id', '=', account.id)
      .orderBy('citizen_id')
      .execute();
    expect(followsAfter).toEqual(followsBefore);
  });

  it('a subscriber of account:<id> receives publication.created with the card after publish', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    const received: ServerEventEnvelope[] = [];
    const unsubscribe = deps.hub.subscribe([`account:${account.id}`], (e) => received.push(e));
    try {
      const { id } = (await draft(app, account.id, editor.headers)).json();
      const card = (await publish(app, account.id, id, editor.headers)).json();
      await deps.outbox.kick();
      expect(received).toEqual([{ event: 'publication.created', data: card }]);
    } finally {
      unsubscribe();
    }
  });

  it('publishing is recorded in the tamper-evident audit log', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    const { id } = (await draft(app, account.id, editor.headers)).json();
    const card = (await publish(app, account.id, id, editor.headers)).json();
    const entry = await ctx.db.k
      .selectFrom('audit_log')
      .selectAll()
      .where('account_id', '=', account.id)
      .where('action', '=', 'article.publish')
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ actor_id: editor.id, target: `article:${id}` });
    expect(JSON.parse(entry.details)).toMatchObject({ slug: card.slug, seq: 1 });
    expect(await verifyAuditChain(ctx.db.k)).toBeNull();
  });

  it('of two concurrent publishes of one draft exactly one succeeds', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    const article = await createDraft(deps, {
      accountId: account.id,
      actorId: editor.id,
      now: Date.now(),
      input: { title: '并发', bodyHtml: BODY },
    });
    const results = await Promise.allSettled(
      [0, 1].map(() =>
        publishArticle(deps, {
          accountId: account.id,
          articleId: article.id,
          actorId: editor.id,
          now: Date.now(),
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(failed.reason.code).toBe('ARTICLE_ALREADY_PUBLISHED');
    expect(await count('publications', account.id)).toBe(1);
  });

  it('the use case can be called directly (seed, benchmark) and still applies the publish rule', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    const article = await createDraft(deps, {
      accountId: account.id,
      actorId: editor.id,
      now: 1_800_000_000_000,
      input: { title: '直接', bodyHtml: BODY },
    });
    const stranger = (await accountWithEditor(ctx.db, deps)).editor;
    await expect(
      publishArticle(deps, {
        accountId: account.id,
        articleId: article.id,
        actorId: stranger.id,
        now: 1_800_000_000_001,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const card = await publishArticle(deps, {
      accountId: account.id,
      articleId: article.id,
      actorId: editor.id,
      now: 1_800_000_000_002,
    });
    expect(card).toMatchObject({ seq: 1, publishedAt: 1_800_000_000_002, title: '直接' });
  });
});
