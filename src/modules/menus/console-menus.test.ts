import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildAccount } from '../../test/factories.js';
import { publishArticle, staffHeaders, type Headers } from './testing.js';

const click = (name: string, key = 'K') => ({ type: 'click', name, key });
const view = (name: string, url: string) => ({ type: 'view', name, url });
const group = (name: string, subs: unknown[]) => ({ name, sub_button: subs });
const GOOD = { button: [click('办事指南', 'GUIDE')] };

describeEachDatabase('menu editor API', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
  });
  afterAll(async () => {
    await app.close();
  });

  const url = (id: number) => `/api/console/accounts/${id}/menus`;
  const put = (id: number, headers: Headers, def: unknown, variants: unknown[] = []) =>
    app.inject({ method: 'PUT', url: url(id), headers, payload: { default: def, variants } });
  const get = (id: number, headers: Headers) => app.inject({ method: 'GET', url: url(id), headers });

  it('refuses each of WeChat’s limits with MENU_INVALID at the button’s path, and keeps the stored menu', async () => {
    const account = await buildAccount(ctx.db);
    const { headers } = await staffHeaders(ctx.db, deps, account.id, 'editor');
    expect((await put(account.id, headers, GOOD)).statusCode).toBe(200);
    const cases: Array<[rule: string, menu: unknown, path: string, code: string, words: string]> = [
      [
        '4 top-level buttons',
        { button: [click('一'), click('二'), click('三'), click('四')] },
        'default.button',
        'TOO_MANY_BUTTONS',
        '一级菜单最多 3 个',
      ],
      [
        '6 sub-buttons',
        {
          button: [
            group(
              '服务',
              Array.from({ length: 6 }, (_, i) => click(`项${i}`)),
            ),
          ],
        },
        'default.button[0].sub_button',
        'TOO_MANY_SUB_BUTTONS',
        '最多 5 个子菜单',
      ],
      [
        'a 17-byte top-level name',
        { button: [click('abcdefghijklmnopq')] },
        'default.button[0].name',
        'NAME_TOO_LONG',
        '超过 16 字节',
      ],
      [
        'a 61-byte sub-button name',
        { button: [group('服务', [click('二'.repeat(20) + 'a')])] },
        'default.button[0].sub_button[0].name',
        'NAME_TOO_LONG',
        '超过 60 字节',
      ],
      [
        'a 129-byte key',
        { button: [click('查询', 'k'.repeat(129))] },
        'default.button[0].key',
        'KEY_TOO_LONG',
        '超过 128 字节',
      ],
      [
        'a 1025-byte URL',
        { button: [view('网站', `https://example.org/${'a'.repeat(1005)}`)] },
        'default.button[0].url',
        'URL_TOO_LONG',
        '超过 1024 字节',
      ],
      [
        'a javascript: URL',
        { button: [view('网站', 'javascript:alert(1)')] },
        'default.button[0].url',
        'URL_INVALID',
        'http://',
      ],
      [
        'an unknown service',
        { button: [{ type: 'service', name: '服务', service: 'casino' }] },
        'default.button[0].service',
        'SERVICE_UNKNOWN',
        '服务页面不存在',
      ],
    ];
    for (const [rule, menu, path, code, words] of cases) {
      const res = await put(account.id, headers, menu);
      expect(res.statusCode, rule).toBe(400);
      const { error } = res.json();
      expect([error.code, error.field, error.details.errors[0].code], rule).toEqual([
        'MENU_INVALID',
        path,
        code,
      ]);
      expect(error.message, rule).toContain(words);
    }
    expect((await get(account.id, headers)).json().default).toEqual(GOOD);
  });

  it('an article button must open a publication of this very account', async () => {
    const account = await buildAccount(ctx.db);
    const other = await buildAccount(ctx.db);
    const { headers } = await staffHeaders(ctx.db, deps, account.id, 'editor');
    const otherEditor = await staffHeaders(ctx.db, deps, other.id, 'editor');
    const own = await publishArticle(app, account.id, headers);
    const foreign = await publishArticle(app, other.id, otherEditor.headers);

    const ok = await put(account.id, headers, {
      button: [
        { type: 'article_id', name: '通知', article_id: own },
        { type: 'service', name: '便民电话', service: 'hotlines' },
      ],
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(
      (await app.inject({ method: 'GET', url: `/api/accounts/${account.id}/menu` })).json().button[0],
    ).toEqual({
      type: 'article_id',
      name: '通知',
      article_id: own,
    });

    for (const slug of [foreign, 'no-such-slug']) {
      const res = await put(account.id, headers, {
        button: [group('文章', [{ type: 'article_id', name: '别家文章', article_id: slug }])],
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({
        code: 'MENU_INVALID',
        field: 'default.button[0].sub_button[0].article_id',
        message: '默认菜单中，一级菜单「文章」下的子菜单「别家文章」选择的文章不是本公众号已发布的文章',
      });
    }
  });

  it('an editor of account A can neither read nor change account B’s menus', async () => {
    const a = await buildAccount(ctx.db);
    const b = await buildAccount(ctx.db);
    const editorA = await staffHeaders(ctx.db, deps, a.id, 'editor');
    const editorB = await staffHeaders(ctx.db, deps, b.id, 'editor');
    await put(b.id, editorB.headers, GOOD);
    expect((await get(b.id, editorA.headers)).statusCode).toBe(403);
    const res = await put(b.id, editorA.headers, { button: [click('篡改')] });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
    expect((await get(b.id, editorB.headers)).json().default).toEqual(GOOD);
  });

  it('admins and editors write menus; responders, reviewers and analysts cannot', async () => {
    const account = await buildAccount(ctx.db);
    for (const role of ['admin', 'editor'] as const) {
      const { headers } = await staffHeaders(ctx.db, deps, account.id, role);
      expect((await put(account.id, headers, { button: [click(role)] })).statusCode, role).toBe(200);
    }
    for (const role of ['responder', 'reviewer', 'analyst', 'leader'] as const) {
      const { headers } = await staffHeaders(ctx.db, deps, account.id, role);
      expect((await put(account.id, headers, { button: [click(role)] })).statusCode, role).toBe(403);
      expect((await get(account.id, headers)).statusCode, role).toBe(403);
    }
    const { headers } = await staffHeaders(ctx.db, deps, account.id, 'editor');
    expect((await get(account.id, headers)).json().default).toEqual({ button: [click('editor')] });
  });

  it('signed out answers 401, an unknown account 404', async () => {
    const account = await buildAccount(ctx.db);
    expect((await get(account.id, {})).statusCode).toBe(401);
    const { headers } = await staffHeaders(ctx.db, deps, account.id, 'editor');
    expect((await get(999_999, headers)).json().error.code).toBe('ACCOUNT_NOT_FOUND');
  });
});
