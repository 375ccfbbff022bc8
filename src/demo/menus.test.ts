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
import { DEMO_HOTLINES, DEMO_VARIANTS } from './menuServices.js';
import { DEMO_MENUS, resolveDemoMenu, seedDemoMenus } from './menus.js';
import { HOTLINE_LIMITS, PHONE_PATTERN } from '../modules/menus/hotlines.js';
import { utf8Bytes } from '../modules/menus/validate.js';
import { sessionHeaders, buildCitizen } from '../test/factories.js';
import { seedDemo } from './seed.js';

describe('demo menus (data)', () => {
  const allMenus = () => [
    ...Object.entries(DEMO_MENUS),
    ...Object.entries(DEMO_VARIANTS).flatMap(([h, vs]) => vs.map((v) => [h, v.buttons] as const)),
  ];

  it('every demo account has a menu that passes WeChat’s rules, and so does every demo variant', async () => {
    expect(Object.keys(DEMO_MENUS).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.handle).sort());
    for (const [handle, buttons] of allMenus()) {
      const menu = await resolveDemoMenu(buttons, async () => 'slug', handle);
      expect(validateMenu(menu), handle).toEqual({ ok: true, menu });
    }
  });

  it('article buttons name articles the account really publishes', () => {
    for (const [handle, buttons] of allMenus()) {
      const titles = buttons
        .flatMap((b) => ('sub' in b ? b.sub : [b]))
        .flatMap((b) => ('article' in b ? [b.article] : []));
      const published = (DEMO_ARTICLES[handle] ?? []).map((a) => a.title);
      for (const t of titles) expect(published, `${handle}: ${t}`).toContain(t);
    }
  });

  it('every demo account has hotlines the console would accept', () => {
    expect(Object.keys(DEMO_HOTLINES).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.handle).sort());
    for (const [handle, items] of Object.entries(DEMO_HOTLINES)) {
      expect(items.length, handle).toBeGreaterThan(0);
      for (const h of items) {
        expect([...h.name].length, h.name).toBeLessThanOrEqual(HOTLINE_LIMITS.name);
        expect(h.phone, h.name).toMatch(new RegExp(PHONE_PATTERN));
        expect([...h.hours].length, h.name).toBeLessThanOrEqual(HOTLINE_LIMITS.hours);
      }
    }
    expect(utf8Bytes('车驾管服务')).toBeLessThanOrEqual(16);
  });

  it("the Henan Department of Education's menu is the paper's", async () => {
    const menu = await resolveDemoMenu(DEMO_MENUS['henan-edu']!, async () => 'slug', 'henan-edu');
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
    const services = menu.button[1] as typeof gaokao;
    expect(services.sub_button.slice(1, 3)).toEqual([
      { type: 'service', name: '公示公告', service: 'articles' },
      { type: 'service', name: '便民电话', service: 'hotlines' },
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
      const leaves = menu.button.flatMap((b) => ('sub_button' in b ? b.sub_button : [b]));
      // Every demo article is published, so no button fell back to the profile page.
      expect(
        leaves.filter((b) => b.type === 'view' && b.url === `/accounts/${handle}`),
        handle,
      ).toEqual([]);
      for (const b of leaves.flatMap((b) => (b.type === 'article_id' ? [b] : []))) {
        const page = await app.inject({ method: 'GET', url: `/api/publications/${b.article_id}` });
        expect(page.statusCode, `${handle} ${b.name}`).toBe(200);
        expect(page.json().account.handle).toBe(handle);
      }
    }
    const henan = await menuOf('henan-edu');
    const column = henan.button
      .flatMap((b) => ('sub_button' in b ? b.sub_button : []))
      .find((b) => b.name === '招生考试专栏');
    expect(column).toMatchObject({ type: 'article_id', article_id: expect.stringMatching(/^[\w-]+$/) });
  });

  it('demo accounts have hotlines, and Xinyang traffic police show Xinyang residents their own menu', async () => {
    const hotlines = await app.inject({
      method: 'GET',
      url: `/api/accounts/${await idOf('henan-edu')}/services/hotlines`,
    });
    expect(hotlines.json().items.map((h: { phone: string }) => h.phone)).toEqual([
      '12345',
      '12333',
      '010-67410388',
      '12388',
    ]);

    const traffic = await idOf('xinyang-traffic');
    const citizen = await buildCitizen(ctx.db);
    const headers = { ...(await sessionHeaders(deps.sessions, 'citizen', citizen.id)) };
    const menuFor = async () =>
      (await app.inject({ method: 'GET', url: `/api/accounts/${traffic}/menu`, headers })).json() as MenuT;
    expect((await menuFor()).button.map((b) => b.name)).toEqual(['车驾管服务', '事故快处', '出行提示']);
    await app.inject({ method: 'PUT', url: '/api/me/region', headers, payload: { regionCode: '411502' } });
    expect((await menuFor()).button.map((b) => b.name)).toEqual(['车驾管服务', '事故快处', '交警动态']);
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
