import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { solidPng } from './png.js';
import { accountWithEditor, draft, multipartBody, publish } from './testing.js';

describeEachDatabase('public reading', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
  });
  afterAll(async () => {
    await deps?.outbox.stop();
    await app?.close();
  });

  async function published(body: Record<string, unknown> = {}) {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    const { id } = (await draft(app, account.id, editor.headers, body)).json();
    const card = (await publish(app, account.id, id, editor.headers)).json();
    return { account, editor, card };
  }

  it('the article page of a published slug is 200 with Open Graph tags and the title escaped', async () => {
    const { account, card } = await published({
      title: '<script>alert("x")</script>关于"春运"的通知',
      summary: '摘要 & <b>说明</b>',
      author: '<i>办公室</i>',
    });
    const res = await app.inject({ method: 'GET', url: card.url, headers: { host: 'zw.example.gov.cn' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toContain("default-src 'none'");
    const html = res.body;
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;关于&#34;春运&#34;的通知');
    expect(html).toMatch(/<meta property="og:title" content="&#60;script&#62;[^"]*的通知">/);
    expect(html).toContain('<meta property="og:type" content="article">');
    expect(html).toContain(`<meta property="og:url" content="http://zw.example.gov.cn/a/${card.slug}">`);
    expect(html).toContain('<meta name="description" content="摘要 &#38; &#60;b&#62;说明&#60;/b&#62;">');
    expect(html).toContain(
      `<title>&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62;关于&#34;春运&#34;的通知 – ${account.name}</title>`,
    );
    expect(html).toContain('&#60;i&#62;办公室&#60;/i&#62;');
    expect(html).toContain(`href="/accounts/${account.handle}"`);
    expect(html).toContain(`href="/read/${card.slug}"`);
    expect(html).toContain('已认证');
    expect(html).toContain('<p>为方便群众办事，现将有关事项通知如下。</p>');
  });

  it('the page of a publication with a cover carries og:image as an absolute URL', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    const { payload, contentType } = multipartBody(
      'file',
      'c.png',
      solidPng(16, 9, [20, 90, 200]),
      'image/png',
    );
    const media = (
      await app.inject({
        method: 'POST',
        url: `/api/console/accounts/${account.id}/media`,
        headers: { ...editor.headers, 'content-type': contentType },
        payload,
      })
    ).json();
    const { id } = (await draft(app, account.id, editor.headers, { coverMediaId: media.id })).json();
    const card = (await publish(app, account.id, id, editor.headers)).json();
    expect(card.coverUrl).toBe(media.url);
    const html = (await app.inject({ method: 'GET', url: card.url, headers: { host: 'zw.example.gov.cn' } }))
      .body;
    expect(html).toContain(`<meta property="og:image" content="http://zw.example.gov.cn${media.url}">`);
  });

  it('an unknown slug is a 404 page in the same style', async () => {
    const res = await app.inject({ method: 'GET', url: '/a/doesNotExist1' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('文章不存在');
    expect(res.body).toContain('<html lang="zh-CN">');
  });

  it('a mangled, over-long shared link also gets the 404 page, not a JSON error', async () => {
    const res = await app.inject({ method: 'GET', url: `/a/${'x'.repeat(90)}` });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.body).toContain('文章不存在');
  });

  it('the public article API answers the Article shape without sign-in, 404 for unknown slugs', async () => {
    const { account, card } = await published({ author: '新闻科' });
    const res = await app.inject({ method: 'GET', url: `/api/publications/${card.slug}` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      ...card,
      author: '新闻科',
      bodyHtml: '<p>为方便群众办事，现将有关事项通知如下。</p><p>一、办理时间：工作日 9:00—17:00。</p>',
      account: {
        id: account.id,
        handle: account.handle,
        name: account.name,
        level: 'provincial',
        departmentType: 'education',
        regionCode: '410000',
        regionName: '河南省',
        avatarUrl: null,
        verified: true,
        followerCount: 0,
      },
      revisedAt: null,
    });
    const missing = await app.inject({ method: 'GET', url: '/api/publications/nope' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('ARTICLE_NOT_FOUND');
  });

  it('a draft has no public page', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    const created = (await draft(app, account.id, editor.headers)).json();
    expect(created.publishedSlug).toBeNull();
    const pubs = await ctx.db.k
      .selectFrom('publications')
      .select('slug')
      .where('article_id', '=', created.id)
      .execute();
    expect(pubs).toEqual([]);
  });
});
