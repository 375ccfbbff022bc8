import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildAccount, buildStaff, sessionHeaders } from '../../test/factories.js';
import { accountWithEditor, BODY, draft, publish, staffHeaders } from './testing.js';

describeEachDatabase('console articles', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
  });
  afterAll(async () => {
    await deps?.outbox.stop();
    await app?.close();
  });

  it('an editor can draft, edit and publish an article', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    const created = await draft(app, account.id, editor.headers, { author: '办公室' });
    expect(created.statusCode).toBe(201);
    const article = created.json();
    expect(article).toMatchObject({
      status: 'draft',
      version: 1,
      tier: 1,
      author: '办公室',
      publishedSlug: null,
      coverUrl: null,
    });
    expect(article.summary).toBe('为方便群众办事，现将有关事项通知如下。 一、办理时间：工作日 9:00—17:00。');

    const edited = await app.inject({
      method: 'PATCH',
      url: `/api/console/accounts/${account.id}/articles/${article.id}`,
      headers: editor.headers,
      payload: { title: '关于调整办事时间的通知' },
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json()).toMatchObject({ title: '关于调整办事时间的通知', version: 2 });

    const res = await publish(app, account.id, article.id, editor.headers);
    expect(res.statusCode).toBe(200);
    const card = res.json();
    expect(card).toMatchObject({
      seq: 1,
      accountId: account.id,
      accountName: account.name,
      title: '关于调整办事时间的通知',
    });
    expect(card.url).toBe(`/a/${card.slug}`);

    const after = await app.inject({
      method: 'GET',
      url: `/api/console/accounts/${account.id}/articles/${article.id}`,
      headers: editor.headers,
    });
    expect(after.json()).toMatchObject({ status: 'published', publishedSlug: card.slug });
  });

  it('the version goes up by one on each edit, and a derived summary follows the body', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    const { id } = (await draft(app, account.id, editor.headers)).json();
    const url = `/api/console/accounts/${account.id}/articles/${id}`;
    await app.inject({
      method: 'PATCH',
      url,
      headers: editor.headers,
      payload: { bodyHtml: '<p>新的正文</p>' },
    });
    const res = await app.inject({
      method: 'PATCH',
      url,
      headers: editor.headers,
      payload: { author: '宣传科' },
    });
    expect(res.json()).toMatchObject({
      version: 3,
      summary: '新的正文',
      bodyHtml: '<p>新的正文</p>',
      author: '宣传科',
    });
  });

  it('a published article can be neither edited as a draft nor published again (corrections go through review)', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    const { id } = (await draft(app, account.id, editor.headers)).json();
    expect((await publish(app, account.id, id, editor.headers)).statusCode).toBe(200);
    const again = await publish(app, account.id, id, editor.headers);
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ARTICLE_ALREADY_PUBLISHED');
    const edit = await app.inject({
      method: 'PATCH',
      url: `/api/console/accounts/${account.id}/articles/${id}`,
      headers: editor.headers,
      payload: { title: '改' },
    });
    expect(edit.json().error.code).toBe('ARTICLE_ALREADY_PUBLISHED');
  });

  it('validation errors name the field', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ title: '' }, 'VALIDATION_FAILED', 'title'],
      [{ title: '   ' }, 'VALIDATION_FAILED', 'title'],
      [{ title: '标'.repeat(65) }, 'VALIDATION_FAILED', 'title'],
      [{ summary: '摘'.repeat(121) }, 'VALIDATION_FAILED', 'summary'],
      [{ author: '作'.repeat(33) }, 'VALIDATION_FAILED', 'author'],
      [{ bodyHtml: undefined }, 'VALIDATION_FAILED', 'bodyHtml'],
      [{ bodyHtml: '<script>alert(1)</script><p> </p>' }, 'ARTICLE_EMPTY', 'bodyHtml'],
      [{ coverMediaId: 999999 }, 'MEDIA_NOT_FOUND', 'coverMediaId'],
      [{ tier: 4 }, 'VALIDATION_FAILED', 'tier'],
    ];
    for (const [body, code, field] of cases) {
      const res = await draft(app, account.id, editor.headers, body);
      expect(res.json().error, JSON.stringify(body)).toMatchObject({ code, field });
    }
  });

  it('stored bodies are sanitised: no scripts, event handlers or javascript: URLs', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    const res = await draft(app, account.id, editor.headers, {
      bodyHtml:
        '<p onmouseover="x()">通知</p><script>alert(1)</script><a href="javascript:alert(1)">链接</a>',
    });
    expect(res.json().bodyHtml).toBe('<p>通知</p><a>链接</a>');
  });

  it('a reviewer, analyst or responder cannot publish', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    const { id } = (await draft(app, account.id, editor.headers)).json();
    for (const role of ['reviewer', 'leader', 'analyst', 'responder'] as const) {
      const other = await staffHeaders(ctx.db, deps, account.id, role);
      const res = await publish(app, account.id, id, other.headers);
      expect(res.statusCode, role).toBe(403);
      expect(res.json().error.code).toBe('FORBIDDEN');
    }
    const reviewer = await staffHeaders(ctx.db, deps, account.id, 'reviewer');
    const write = await draft(app, account.id, reviewer.headers);
    expect(write.statusCode).toBe(403);
    const read = await app.inject({
      method: 'GET',
      url: `/api/console/accounts/${account.id}/articles/${id}`,
      headers: reviewer.headers,
    });
    expect(read.statusCode).toBe(200);
  });

  it('tier 2 and 3 drafts cannot be published directly: they go through their approval chain first', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    const admin = await staffHeaders(ctx.db, deps, account.id, 'admin');
    for (const tier of [2, 3]) {
      const { id } = (await draft(app, account.id, editor.headers, { tier })).json();
      const res = await publish(app, account.id, id, admin.headers);
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('REVIEW_REQUIRED');
    }
  });

  it("staff of account A cannot read or publish account B's article, by either URL", async () => {
    const a = await accountWithEditor(ctx.db, deps);
    const b = await accountWithEditor(ctx.db, deps);
    const { id } = (await draft(app, b.account.id, b.editor.headers)).json();

    // Under A's URL, B's article does not exist.
    const underA = await app.inject({
      method: 'GET',
      url: `/api/console/accounts/${a.account.id}/articles/${id}`,
      headers: a.editor.headers,
    });
    expect(underA.statusCode).toBe(404);
    expect(underA.json().error.code).toBe('ARTICLE_NOT_FOUND');
    expect((await publish(app, a.account.id, id, a.editor.headers)).json().error.code).toBe(
      'ARTICLE_NOT_FOUND',
    );
    const patch = await app.inject({
      method: 'PATCH',
      url: `/api/console/accounts/${a.account.id}/articles/${id}`,
      headers: a.editor.headers,
      payload: { title: '篡改' },
    });
    expect(patch.json().error.code).toBe('ARTICLE_NOT_FOUND');

    // Under B's URL, A's editor is not staff of B.
    const underB = await app.inject({
      method: 'GET',
      url: `/api/console/accounts/${b.account.id}/articles/${id}`,
      headers: a.editor.headers,
    });
    expect(underB.statusCode).toBe(403);
    expect((await publish(app, b.account.id, id, a.editor.headers)).statusCode).toBe(403);

    const list = await app.inject({
      method: 'GET',
      url: `/api/console/accounts/${a.account.id}/articles`,
      headers: a.editor.headers,
    });
    expect(list.json().items).toEqual([]);
  });

  it('an unknown account is 404 ACCOUNT_NOT_FOUND and signed-out requests are 401', async () => {
    const admin = await buildStaff(ctx.db, { isPlatformAdmin: true });
    const headers = { ...(await sessionHeaders(deps.sessions, 'staff', admin.id)) };
    const res = await app.inject({ method: 'GET', url: '/api/console/accounts/987654/articles', headers });
    expect(res.json().error.code).toBe('ACCOUNT_NOT_FOUND');
    const account = await buildAccount(ctx.db);
    const anon = await app.inject({ method: 'GET', url: `/api/console/accounts/${account.id}/articles` });
    expect(anon.statusCode).toBe(401);
  });

  it('a draft request without the CSRF token is refused', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    const res = await app.inject({
      method: 'POST',
      url: `/api/console/accounts/${account.id}/articles`,
      headers: { cookie: editor.headers.cookie },
      payload: { title: '无令牌', bodyHtml: BODY },
    });
    expect(res.json().error.code).toBe('CSRF_FAILED');
  });

  it('lists articles newest edit first, page by page', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    const ids: number[] = [];
    for (let i = 0; i < 5; i++)
      ids.push((await draft(app, account.id, editor.headers, { title: `第${i}篇` })).json().id);
    const seen: number[] = [];
    let cursor: string | null = null;
    do {
      const q: string = cursor ? `&cursor=${cursor}` : '';
      const res = await app.inject({
        method: 'GET',
        url: `/api/console/accounts/${account.id}/articles?limit=2${q}`,
        headers: editor.headers,
      });
      expect(res.statusCode).toBe(200);
      const page = res.json();
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((i: { id: number }) => i.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([...ids].reverse());
    const bad = await app.inject({
      method: 'GET',
      url: `/api/console/accounts/${account.id}/articles?cursor=zzz`,
      headers: editor.headers,
    });
    expect(bad.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'cursor' });
  });
});
