import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../deps.js';
import { verifyAuditChain } from '../infra/audit.js';
import type { MenuT } from '../modules/menus/schema.js';
import { validateMenu } from '../modules/menus/validate.js';
import { buildTestApp } from '../test/app.js';
import { describeEachDatabase } from '../test/databases.js';
import { DEMO_ARTICLES } from './articleContent.js';
import { DEMO_ACCOUNTS } from './demoData.js';
import { HENAN_EDU_REPLIES, HENAN_EDU_REPLY_MENU } from './henanEduReplies.js';
import { DEMO_MENUS, resolveDemoMenu, seedDemoMenus } from './menus.js';
import { seedDemo } from './seed.js';

describe('demo menus (data)', () => {
  it('every demo account has a menu that passes WeChat’s rules', async () => {
    expect(Object.keys(DEMO_MENUS).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.handle).sort());
    for (const [handle, buttons] of Object.entries(DEMO_MENUS)) {
      const menu = await resolveDemoMenu(buttons, async () => '/a/slug');
      expect(validateMenu(menu), handle).toEqual({ ok: true, menu });
    }
  });

  it('article buttons name articles the account really publishes', () => {
    for (const [handle, buttons] of Object.entries(DEMO_MENUS)) {
      const titles = buttons
        .flatMap((b) => ('sub' in b ? b.sub : [b]))
        .flatMap((b) => ('article' in b ? [b.article] : []));
      const published = (DEMO_ARTICLES[handle] ?? []).map((a) => a.title);
      for (const t of titles) expect(published, `${handle}: ${t}`).toContain(t);
    }
  });

  it("the Henan Department of Education's menu is the paper's", async () => {
    const menu = await resolveDemoMenu(DEMO_MENUS['henan-edu']!, async () => '/a/slug');
    const names = menu.button.map((b) => [b.name, 'sub_button' in b ? b.sub_button.map((s) => s.name) : []]);
    expect(names).toEqual([
      ['高考服务', ['成绩查询', '录取查询', '招生计划查询', '历年录取分数线', '招生考试专栏']],
      ['便民服务', ['文件通知', '公示公告', '便民电话', '学历查询', '新媒体联盟']],
      ['投诉咨询', ['投诉举报', '咨询留言', '官方微博']],
    ]);
    const gaokao = menu.button[0] as Extract<MenuT['button'][number], { sub_button: unknown }>;
    expect(gaokao.sub_button.slice(0, 3)).toEqual([
      { type: 'click', name: '成绩查询', key: 'GAOKAO_SCORE' },
      { type: 'click', name: '录取查询', key: 'GAOKAO_ADMISSION' },
      { type: 'click', name: '招生计划查询', key: 'GAOKAO_PLAN' },
    ]);
  });

  it('the numbered replies are 1–5, in Chinese, about what the paper lists', () => {
    expect(HENAN_EDU_REPLIES.map((r) => r.keyword)).toEqual(['1', '2', '3', '4', '5']);
    const [news, jiao, water, holidays, hotlines] = HENAN_EDU_REPLIES.map((r) => r.title + r.reply);
    expect(news).toContain('最新资讯');
    expect(jiao).toContain('焦裕禄');
    expect(jiao).toContain('好校长');
    expect(water).toContain('送你一杯温暖水');
    expect(holidays).toContain('举报电话');
    for (const word of ['学历', '就业', '报名']) expect(hotlines).toContain(word);
    for (const r of HENAN_EDU_REPLIES) expect(HENAN_EDU_REPLY_MENU).toContain(`${r.keyword} ${r.title}`);
  });
});

describeEachDatabase('demo menus (seeded)', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
    await seedDemo(deps);
  });
  afterAll(async () => {
    await deps?.outbox.stop();
    await app?.close();
  });

  const idOf = async (handle: string) =>
    (
      await ctx.db.k
        .selectFrom('accounts')
        .select('id')
        .where('handle', '=', handle)
        .executeTakeFirstOrThrow()
    ).id;
  const menuOf = async (handle: string): Promise<MenuT> =>
    (await app.inject({ method: 'GET', url: `/api/accounts/${await idOf(handle)}/menu` })).json();

  it('every demo account shows its menu, and article buttons open the published article', async () => {
    for (const { handle } of DEMO_ACCOUNTS) {
      const menu = await menuOf(handle);
      expect(menu.button.length, handle).toBeGreaterThan(0);
      const views = menu.button
        .flatMap((b) => ('sub_button' in b ? b.sub_button : [b]))
        .flatMap((b) => (b.type === 'view' && b.url.startsWith('/a/') ? [b.url] : []));
      for (const url of views) {
        const page = await app.inject({ method: 'GET', url });
        expect(page.statusCode, `${handle} ${url}`).toBe(200);
      }
    }
    const henan = await menuOf('henan-edu');
    const column = henan.button
      .flatMap((b) => ('sub_button' in b ? b.sub_button : []))
      .find((b) => b.name === '招生考试专栏');
    expect(column).toMatchObject({ type: 'view', url: expect.stringMatching(/^\/a\/[\w-]+$/) });
  });

  it('runs once: a second start changes nothing, and a menu staff changed is never put back', async () => {
    const id = await idOf('xinyang-letters');
    await ctx.db.k.deleteFrom('menus').where('account_id', '=', id).execute();
    const before = await ctx.db.k.selectFrom('audit_log').select('id').execute();
    await seedDemo(deps);
    await seedDemoMenus(deps);
    expect(await menuOf('xinyang-letters')).toEqual({ button: [] });
    expect((await ctx.db.k.selectFrom('audit_log').select('id').execute()).length).toBe(before.length);
    expect(await verifyAuditChain(ctx.db.k)).toBeNull();
  });

  it('an installation seeded before menus existed gets them on its next start', async () => {
    await ctx.db.k.deleteFrom('menus').execute();
    await ctx.db.k.deleteFrom('meta').where('key', '=', 'demo_menus_seeded').execute();
    const custom = { button: [{ type: 'click', name: '自己的菜单', key: 'MINE' }] };
    const police = await idOf('xinyang-police');
    await ctx.db.k
      .insertInto('menus')
      .values({ account_id: police, menu_json: JSON.stringify(custom), updated_at: 1 })
      .execute();
    const result = await seedDemo(deps);
    expect(result.created).toBe(false);
    expect((await menuOf('henan-edu')).button.map((b) => b.name)).toEqual([
      '高考服务',
      '便民服务',
      '投诉咨询',
    ]);
    expect(await menuOf('xinyang-police')).toEqual(custom);
  });
});
