import type { FastifyInstance } from 'fastify';
import { beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildTestApp } from '../../test/app.js';
import { buildAccount, buildCitizen, buildStaff, sessionHeaders } from '../../test/factories.js';
import { MemoryRateLimiter } from '../../infra/ratelimit/memory-limiter.js';
import { buildPublication } from './testing.js';

type Headers = Record<string, string>;

describeEachDatabase('engagement over HTTP', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;

  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db, {
      rateLimiter: new MemoryRateLimiter({ now: () => Date.now() }),
    }));
  });

  async function citizen(): Promise<{ id: number; phone: string; headers: Headers }> {
    const c = await buildCitizen(ctx.db);
    return { ...c, headers: { ...(await sessionHeaders(deps.sessions, 'citizen', c.id)) } };
  }
  async function staff(accountId: number, role: 'admin' | 'editor' | 'reviewer' | 'responder' | 'analyst') {
    const s = await buildStaff(ctx.db, { roles: [[accountId, role]] });
    return { id: s.id, headers: { ...(await sessionHeaders(deps.sessions, 'staff', s.id)) } as Headers };
  }
  const summary = async (slug: string, headers: Headers = {}) =>
    (await app.inject({ method: 'GET', url: `/api/publications/${slug}/engagement`, headers })).json();

  it('counts reads of the article API and of the public page: signed-in once a day, anonymous apart', async () => {
    const account = await buildAccount(ctx.db);
    const pub = await buildPublication(ctx.db, account.id);
    const a = await citizen();
    for (let i = 0; i < 3; i++) {
      const res = await app.inject({
        method: 'GET',
        url: `/api/publications/${pub.slug}`,
        headers: a.headers,
      });
      expect(res.statusCode).toBe(200);
    }
    await app.inject({ method: 'GET', url: `/api/publications/${pub.slug}` });
    // The page resolves the citizen's cookie itself: this is the same citizen again.
    await app.inject({ method: 'GET', url: `/a/${pub.slug}`, headers: { cookie: a.headers.cookie! } });
    await app.inject({ method: 'GET', url: `/a/${pub.slug}` });
    await app.inject({ method: 'GET', url: `/a/${pub.slug}`, headers: { cookie: 'zw_citizen=forged' } });
    // A crawler or a chat app fetching the link's preview is no reader.
    for (const ua of ['Mozilla/5.0 (compatible; Googlebot/2.1)', 'Baiduspider', 'facebookexternalhit/1.1']) {
      await app.inject({ method: 'GET', url: `/a/${pub.slug}`, headers: { 'user-agent': ua } });
    }
    await deps.reads.flush();
    const row = await ctx.db.k
      .selectFrom('publication_engagement')
      .select(['reads', 'anon_reads'])
      .where('publication_id', '=', pub.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ reads: 1, anon_reads: 3 });
    expect((await summary(pub.slug)).reads).toBe(4);
  });

  it('does not count reads of a withdrawn publication', async () => {
    const account = await buildAccount(ctx.db);
    const pub = await buildPublication(ctx.db, account.id, { withdrawnAt: Date.now() });
    await app.inject({ method: 'GET', url: `/a/${pub.slug}` });
    await deps.reads.flush();
    const row = await ctx.db.k
      .selectFrom('publication_engagement')
      .select('anon_reads')
      .where('publication_id', '=', pub.id)
      .executeTakeFirst();
    expect(row).toBeUndefined();
  });

  it('makes share links that count, name the account on the page, and count their opens', async () => {
    const account = await buildAccount(ctx.db);
    const pub = await buildPublication(ctx.db, account.id);
    const res = await app.inject({ method: 'POST', url: `/api/publications/${pub.slug}/shares` });
    expect(res.statusCode).toBe(201);
    const share = res.json() as { token: string; url: string };
    expect(share.url).toBe(`/a/${pub.slug}?from=${share.token}`);

    const page = await app.inject({ method: 'GET', url: share.url });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`来自「${account.name}」的分享`);
    expect(page.body).toContain(`href="/accounts/${account.handle}/feed.rss"`);
    // A chat app fetching the link's preview sees the attribution but is not counted.
    const preview = await app.inject({
      method: 'GET',
      url: share.url,
      headers: { 'user-agent': 'facebookexternalhit/1.1' },
    });
    expect(preview.body).toContain(`来自「${account.name}」的分享`);
    const plain = await app.inject({ method: 'GET', url: `/a/${pub.slug}?from=AAAAAAAAAAAA` });
    expect(plain.body).not.toContain('的分享');

    // A token of another publication is no attribution here.
    const other = await buildPublication(ctx.db, account.id);
    const wrong = await app.inject({ method: 'GET', url: `/a/${other.slug}?from=${share.token}` });
    expect(wrong.body).not.toContain('的分享');

    await deps.reads.flush();
    const shareRow = await ctx.db.k
      .selectFrom('publication_shares')
      .select(['opens', 'account_id'])
      .where('token', '=', share.token)
      .executeTakeFirstOrThrow();
    expect(shareRow).toEqual({ opens: 1, account_id: account.id });
    expect((await summary(pub.slug)).shares).toBe(1);
  });

  it('toggles a like once per citizen and keeps one useful answer per citizen, changeable', async () => {
    const account = await buildAccount(ctx.db);
    const pub = await buildPublication(ctx.db, account.id);
    const a = await citizen();
    const b = await citizen();
    const like = (h: Headers, liked: boolean) =>
      app.inject({
        method: 'PUT',
        url: `/api/publications/${pub.slug}/like`,
        headers: h,
        payload: { liked },
      });
    const answer = (h: Headers, value: string | null) =>
      app.inject({
        method: 'PUT',
        url: `/api/publications/${pub.slug}/feedback`,
        headers: h,
        payload: { value },
      });

    expect((await like({}, true)).statusCode).toBe(401);
    expect((await like(a.headers, true)).json()).toMatchObject({ likes: 1, liked: true });
    expect((await like(a.headers, true)).json()).toMatchObject({ likes: 1, liked: true });
    expect((await like(b.headers, true)).json()).toMatchObject({ likes: 2, liked: true });
    expect((await like(a.headers, false)).json()).toMatchObject({ likes: 1, liked: false });
    expect((await like(a.headers, false)).json()).toMatchObject({ likes: 1, liked: false });

    expect((await answer(a.headers, 'useful')).json()).toMatchObject({
      useful: 1,
      notUseful: 0,
      usefulPercent: 100,
      feedback: 'useful',
    });
    expect((await answer(b.headers, 'not_useful')).json()).toMatchObject({
      useful: 1,
      notUseful: 1,
      usefulPercent: 50,
    });
    expect((await answer(a.headers, 'not_useful')).json()).toMatchObject({
      useful: 0,
      notUseful: 2,
      usefulPercent: 0,
      feedback: 'not_useful',
    });
    expect((await answer(a.headers, null)).json()).toMatchObject({ useful: 0, notUseful: 1, feedback: null });
    expect(await summary(pub.slug)).toMatchObject({
      likes: 1,
      liked: false,
      usefulPercent: 0,
      feedback: null,
    });
    expect(await summary(pub.slug, b.headers)).toMatchObject({ liked: true, feedback: 'not_useful' });

    const withdrawn = await buildPublication(ctx.db, account.id, { withdrawnAt: Date.now() });
    const res = await app.inject({
      method: 'PUT',
      url: `/api/publications/${withdrawn.slug}/like`,
      headers: a.headers,
      payload: { liked: true },
    });
    expect(res.statusCode).toBe(404);
  });

  it('moves the counters once when one citizen taps like and 有用 several times at once', async () => {
    const account = await buildAccount(ctx.db);
    const pub = await buildPublication(ctx.db, account.id);
    const a = await citizen();
    const put = (path: string, payload: object) =>
      app.inject({
        method: 'PUT',
        url: `/api/publications/${pub.slug}/${path}`,
        headers: a.headers,
        payload,
      });
    await Promise.all([
      ...Array.from({ length: 4 }, () => put('like', { liked: true })),
      ...Array.from({ length: 4 }, () => put('feedback', { value: 'useful' })),
    ]);
    expect(await summary(pub.slug)).toMatchObject({ likes: 1, useful: 1, notUseful: 0 });
    await Promise.all(
      Array.from({ length: 4 }, (_, i) => put('feedback', { value: i % 2 ? 'useful' : 'not_useful' })),
    );
    const s = await summary(pub.slug, a.headers);
    expect(s.useful + s.notUseful).toBe(1);
    expect(s[s.feedback === 'useful' ? 'useful' : 'notUseful']).toBe(1);
  });

  it('holds new comments for review: seen by their author (审核中) and staff, not by others', async () => {
    const account = await buildAccount(ctx.db);
    const pub = await buildPublication(ctx.db, account.id);
    const author = await citizen();
    const other = await citizen();
    const editor = await staff(account.id, 'editor');
    const posted = await app.inject({
      method: 'POST',
      url: `/api/publications/${pub.slug}/comments`,
      headers: author.headers,
      payload: { body: '  办理时间能否延长到周六？ ' },
    });
    expect(posted.statusCode).toBe(201);
    const comment = posted.json();
    expect(comment).toMatchObject({
      body: '办理时间能否延长到周六？',
      held: true,
      mine: true,
      featured: false,
    });
    expect(comment.author).toBe(`市民 ****${author.phone.slice(-4)}`);

    const list = async (h: Headers = {}) =>
      (await app.inject({ method: 'GET', url: `/api/publications/${pub.slug}/comments`, headers: h })).json()
        .items;
    expect(await list(author.headers)).toHaveLength(1);
    expect(await list(other.headers)).toHaveLength(0);
    expect(await list()).toHaveLength(0);
    expect((await summary(pub.slug)).comments).toBe(0);

    const held = await app.inject({
      method: 'GET',
      url: `/api/console/accounts/${account.id}/comments?tab=held`,
      headers: editor.headers,
    });
    expect(held.statusCode).toBe(200);
    expect(held.json().items.map((c: { id: number }) => c.id)).toEqual([comment.id]);
    expect(held.json().counts).toMatchObject({ held: 1, published: 0 });
    expect(held.json().items[0].openid).toMatch(/^o.{27}$/);
  });

  it('moderates: approve, feature on top, one official reply, delete with a reason; audited', async () => {
    const account = await buildAccount(ctx.db);
    const pub = await buildPublication(ctx.db, account.id);
    const reviewer = await staff(account.id, 'reviewer');
    const a = await citizen();
    const b = await citizen();
    const post = async (c: { headers: Headers }, body: string) =>
      (
        await app.inject({
          method: 'POST',
          url: `/api/publications/${pub.slug}/comments`,
          headers: c.headers,
          payload: { body },
        })
      ).json().id as number;
    const first = await post(a, '第一条');
    const second = await post(b, '第二条');
    const c = `/api/console/accounts/${account.id}/comments`;
    const act = (method: 'POST' | 'PUT', path: string, payload?: object) =>
      app.inject({ method, url: `${c}/${path}`, headers: reviewer.headers, payload });

    // Only an approved comment can be pinned.
    expect((await act('PUT', `${first}/featured`, { featured: true })).json().error.code).toBe(
      'COMMENT_NOT_PUBLISHED',
    );
    expect((await act('POST', `${first}/approve`)).json()).toMatchObject({ status: 'published' });
    expect((await act('POST', `${second}/approve`)).json()).toMatchObject({ status: 'published' });
    expect((await act('PUT', `${first}/featured`, { featured: true })).json()).toMatchObject({
      featured: true,
    });
    expect((await act('PUT', `${second}/reply`, { body: '已转相关科室' })).json().reply.body).toBe(
      '已转相关科室',
    );
    expect((await act('PUT', `${second}/reply`, { body: '周六上午可以办理' })).json().reply.body).toBe(
      '周六上午可以办理',
    );

    const publicList = (
      await app.inject({ method: 'GET', url: `/api/publications/${pub.slug}/comments` })
    ).json().items as Array<{ id: number; featured: boolean; reply: { body: string } | null }>;
    // Featured first although it is older; the official reply sits under its comment.
    expect(publicList.map((x) => x.id)).toEqual([first, second]);
    expect(publicList[1]!.reply!.body).toBe('周六上午可以办理');
    expect((await summary(pub.slug)).comments).toBe(2);

    const del = await act('POST', `${first}/delete`, { reason: '含个人信息' });
    expect(del.json()).toMatchObject({ status: 'deleted', featured: false, deleteReason: '含个人信息' });
    expect((await act('POST', `${first}/approve`)).json().error.code).toBe('COMMENT_DELETED');
    expect((await act('POST', `${first}/delete`, { reason: 'again' })).statusCode).toBe(409);
    const after = (
      await app.inject({ method: 'GET', url: `/api/publications/${pub.slug}/comments`, headers: a.headers })
    ).json().items as Array<{ id: number }>;
    expect(after.map((x) => x.id)).toEqual([second]);
    expect((await summary(pub.slug)).comments).toBe(1);

    const tabs = await app.inject({ method: 'GET', url: `${c}?tab=deleted`, headers: reviewer.headers });
    expect(tabs.json().items.map((x: { id: number }) => x.id)).toEqual([first]);
    expect(tabs.json().counts).toEqual({ held: 0, published: 1, featured: 0, deleted: 1 });

    const audit = await ctx.db.k
      .selectFrom('audit_log')
      .select(['action', 'target'])
      .where('account_id', '=', account.id)
      .orderBy('id')
      .execute();
    expect(audit.map((x) => x.action)).toEqual([
      'comment.approve',
      'comment.approve',
      'comment.feature',
      'comment.reply',
      'comment.reply',
      'comment.delete',
    ]);
    expect(audit[0]!.target).toBe(`comment:${first}`);
  });

  it('publishes at once when the account says so, and refuses over-long or too many comments', async () => {
    const account = await buildAccount(ctx.db);
    const pub = await buildPublication(ctx.db, account.id);
    const admin = await staff(account.id, 'admin');
    const set = await app.inject({
      method: 'PUT',
      url: `/api/console/accounts/${account.id}/engagement/settings`,
      headers: admin.headers,
      payload: { autoPublishComments: true },
    });
    expect(set.json()).toEqual({ autoPublishComments: true });
    const a = await citizen();
    const post = (body: string) =>
      app.inject({
        method: 'POST',
        url: `/api/publications/${pub.slug}/comments`,
        headers: a.headers,
        payload: { body },
      });
    expect((await post('很实用')).json()).toMatchObject({ held: false });
    expect((await summary(pub.slug)).comments).toBe(1);
    expect((await post('长'.repeat(601))).json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'body',
    });
    expect((await post('   ')).statusCode).toBe(400);
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) codes.push((await post(`第${i}条`)).statusCode);
    // Five per minute: the over-long and blank ones counted too.
    expect(codes.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect((await post('再来一条')).statusCode).toBe(429);
    expect(
      (
        await app.inject({
          method: 'POST',
          url: `/api/publications/${pub.slug}/comments`,
          payload: { body: 'x' },
        })
      ).statusCode,
    ).toBe(401);
  });

  it("lets only the account's editors, reviewers and admins moderate", async () => {
    const account = await buildAccount(ctx.db);
    const elsewhere = await buildAccount(ctx.db);
    const pub = await buildPublication(ctx.db, account.id);
    const a = await citizen();
    const id = (
      await app.inject({
        method: 'POST',
        url: `/api/publications/${pub.slug}/comments`,
        headers: a.headers,
        payload: { body: '请问在哪里办理？' },
      })
    ).json().id as number;
    const strangerEditor = await staff(elsewhere.id, 'editor');
    const responder = await staff(account.id, 'responder');
    const analyst = await staff(account.id, 'analyst');
    for (const who of [strangerEditor, responder, analyst]) {
      const approve = await app.inject({
        method: 'POST',
        url: `/api/console/accounts/${account.id}/comments/${id}/approve`,
        headers: who.headers,
      });
      expect(approve.statusCode).toBe(403);
      const list = await app.inject({
        method: 'GET',
        url: `/api/console/accounts/${account.id}/comments`,
        headers: who.headers,
      });
      expect(list.statusCode).toBe(403);
    }
    // An editor of another account, through their own account's path, finds no such comment.
    const viaOwn = await app.inject({
      method: 'POST',
      url: `/api/console/accounts/${elsewhere.id}/comments/${id}/approve`,
      headers: strangerEditor.headers,
    });
    expect(viaOwn.json().error.code).toBe('COMMENT_NOT_FOUND');
    const stillHeld = await ctx.db.k
      .selectFrom('publication_comments')
      .select('status')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stillHeld.status).toBe('held');

    await app.inject({
      method: 'PUT',
      url: `/api/publications/${pub.slug}/like`,
      headers: a.headers,
      payload: { liked: true },
    });
    // Figures are readable by any role of the account (an analyst), not by strangers.
    const figures = (h: Headers) =>
      app.inject({
        method: 'GET',
        url: `/api/console/accounts/${account.id}/engagement/articles/${pub.articleId}`,
        headers: h,
      });
    const ok = await figures(analyst.headers);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      articleId: pub.articleId,
      publications: 1,
      heldComments: 1,
      comments: 0,
    });
    expect((await figures(strangerEditor.headers)).statusCode).toBe(403);

    // Several at once for the article list: another account's article reads as never released.
    const foreign = await buildPublication(ctx.db, elsewhere.id);
    const many = await app.inject({
      method: 'GET',
      url: `/api/console/accounts/${account.id}/engagement/articles?ids=${pub.articleId},${foreign.articleId}`,
      headers: analyst.headers,
    });
    expect(many.statusCode).toBe(200);
    expect(many.json().items).toEqual([
      ok.json(),
      expect.objectContaining({ articleId: foreign.articleId, publications: 0, reads: 0, heldComments: 0 }),
    ]);
  });

  it('answers the read-by-hour figures with suggestions', async () => {
    const account = await buildAccount(ctx.db);
    const pub = await buildPublication(ctx.db, account.id);
    const analyst = await staff(account.id, 'analyst');
    const get = async () =>
      (
        await app.inject({
          method: 'GET',
          url: `/api/console/accounts/${account.id}/engagement/read-hours`,
          headers: analyst.headers,
        })
      ).json();
    expect(await get()).toMatchObject({ total: 0, suggested: [8, 12, 20], basis: 'default' });
    // 60 anonymous reads at 21:xx Beijing time (13:xx UTC), 40 at 07:xx.
    const day = Date.UTC(2026, 10, 25);
    for (let i = 0; i < 60; i++)
      deps.reads.record({
        publicationId: pub.id,
        accountId: account.id,
        citizenId: null,
        at: day + 13 * 3600_000 + i,
      });
    for (let i = 0; i < 40; i++)
      deps.reads.record({
        publicationId: pub.id,
        accountId: account.id,
        citizenId: null,
        at: day - 1 * 3600_000 + i,
      });
    await deps.reads.flush();
    const body = await get();
    expect(body.counts).toHaveLength(24);
    expect(body.counts[21]).toBe(60);
    expect(body.counts[7]).toBe(40);
    expect(body).toMatchObject({ total: 100, suggested: [21, 7], basis: 'reads' });
  });
});
