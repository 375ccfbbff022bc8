import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { verifyAuditChain } from '../../infra/audit.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildAccount, ensureRegion } from '../../test/factories.js';
import { buildFollower, buildTag, staffHeaders, tagCitizen, type Headers } from './testing.js';

const click = (name: string, key = 'K') => ({ type: 'click', name, key });
const menu = (name: string) => ({ button: [click(name, name.toUpperCase())] });

describeEachDatabase('conditional menus', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
    await ensureRegion(ctx.db, '410000', '河南省');
    await ensureRegion(ctx.db, '411500', '信阳市');
    await ensureRegion(ctx.db, '411502', '浉河区');
    await ensureRegion(ctx.db, '410100', '郑州市');
  });
  afterAll(async () => {
    await app.close();
  });

  const url = (id: number) => `/api/console/accounts/${id}/menus`;
  const put = (id: number, headers: Headers, payload: unknown, lang = 'zh-CN') =>
    app.inject({
      method: 'PUT',
      url: url(id),
      headers: { ...headers, 'accept-language': lang },
      payload: payload as object,
    });
  const getSet = async (id: number, headers: Headers) =>
    (await app.inject({ method: 'GET', url: url(id), headers })).json();
  const citizenMenu = async (id: number, headers: Headers = {}) =>
    (await app.inject({ method: 'GET', url: `/api/accounts/${id}/menu`, headers })).json();
  const setRegion = (headers: Headers, regionCode: string | null) =>
    app.inject({ method: 'PUT', url: '/api/me/region', headers, payload: { regionCode } });

  async function setup() {
    const account = await buildAccount(ctx.db);
    const editor = await staffHeaders(ctx.db, deps, account.id, 'editor');
    return { account, editor: editor.headers, editorId: editor.id };
  }

  it('an account without menus answers an empty default and no variants', async () => {
    const { account, editor } = await setup();
    expect(await getSet(account.id, editor)).toEqual({ default: { button: [] }, variants: [] });
  });

  it('saving answers the stored set, keeps variant ids across saves, stores region prefixes, and is audited', async () => {
    const { account, editor, editorId } = await setup();
    const tag = await buildTag(ctx.db, account.id, '教师');
    const first = await put(account.id, editor, {
      default: menu('默认'),
      variants: [
        { name: '信阳市民', match: { tagId: null, regionPrefix: '411500' }, menu: menu('信阳') },
        { name: '教师', match: { tagId: tag.id }, menu: menu('教师') },
      ],
    });
    expect(first.statusCode, first.body).toBe(200);
    const saved = first.json();
    expect(saved.default).toEqual(menu('默认'));
    expect(saved.variants.map((v: { name: string; match: unknown }) => [v.name, v.match])).toEqual([
      ['信阳市民', { tagId: null, regionPrefix: '4115' }],
      ['教师', { tagId: tag.id, regionPrefix: null }],
    ]);
    expect(await getSet(account.id, editor)).toEqual(saved);

    // Reordered, one renamed, one dropped, one new: ids of the kept variants stay.
    const teachers = saved.variants[1];
    const second = await put(account.id, editor, {
      default: menu('默认'),
      variants: [
        { ...teachers, name: '教师们' },
        { name: '郑州市民', match: { regionPrefix: '4101' }, menu: menu('郑州') },
      ],
    });
    expect(second.statusCode, second.body).toBe(200);
    const [kept, added] = second.json().variants;
    expect(kept).toMatchObject({ id: teachers.id, name: '教师们' });
    expect(added.id).not.toBe(saved.variants[0].id);
    expect(
      await ctx.db.k.selectFrom('menu_variants').select('id').where('account_id', '=', account.id).execute(),
    ).toHaveLength(2);

    const audit = await ctx.db.k
      .selectFrom('audit_log')
      .select(['actor_id', 'action', 'details'])
      .where('account_id', '=', account.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => [a.actor_id, a.action, JSON.parse(a.details).variants])).toEqual([
      [editorId, 'menu.updated', ['信阳市民', '教师']],
      [editorId, 'menu.updated', ['教师们', '郑州市民']],
    ]);
    expect(await verifyAuditChain(ctx.db.k)).toBeNull();
  });

  it('each citizen sees the first variant they match: tag, region, both, in order; else the default', async () => {
    const { account, editor } = await setup();
    const teachers = await buildTag(ctx.db, account.id, '教师');
    const res = await put(account.id, editor, {
      default: menu('默认'),
      variants: [
        { name: '信阳教师', match: { tagId: teachers.id, regionPrefix: '4115' }, menu: menu('信阳教师') },
        { name: '教师', match: { tagId: teachers.id }, menu: menu('教师') },
        { name: '信阳市民', match: { regionPrefix: '411500' }, menu: menu('信阳') },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);

    const xinyangTeacher = await buildFollower(app, deps, ctx.db, account.id);
    await tagCitizen(ctx.db, account.id, teachers.id, xinyangTeacher.citizenId);
    await setRegion(xinyangTeacher.headers, '411502');
    const zhengzhouTeacher = await buildFollower(app, deps, ctx.db, account.id);
    await tagCitizen(ctx.db, account.id, teachers.id, zhengzhouTeacher.citizenId);
    await setRegion(zhengzhouTeacher.headers, '410100');
    const xinyangCitizen = await buildFollower(app, deps, ctx.db, account.id);
    await setRegion(xinyangCitizen.headers, '411502');
    const nobody = await buildFollower(app, deps, ctx.db, account.id);

    expect(await citizenMenu(account.id, xinyangTeacher.headers)).toEqual(menu('信阳教师'));
    expect(await citizenMenu(account.id, zhengzhouTeacher.headers)).toEqual(menu('教师'));
    expect(await citizenMenu(account.id, xinyangCitizen.headers)).toEqual(menu('信阳'));
    expect(await citizenMenu(account.id, nobody.headers)).toEqual(menu('默认'));
    expect(await citizenMenu(account.id)).toEqual(menu('默认'));

    // A tag counts only while its carrier follows the account.
    await app.inject({
      method: 'DELETE',
      url: `/api/accounts/${account.id}/follow`,
      headers: zhengzhouTeacher.headers,
    });
    expect(await citizenMenu(account.id, zhengzhouTeacher.headers)).toEqual(menu('默认'));
    // Clearing the region drops the region variants.
    await setRegion(xinyangCitizen.headers, null);
    expect(await citizenMenu(account.id, xinyangCitizen.headers)).toEqual(menu('默认'));
  });

  it('one bad variant refuses the whole set, naming each fault, and nothing changes', async () => {
    const { account, editor } = await setup();
    const good = {
      default: menu('默认'),
      variants: [{ name: '信阳市民', match: { regionPrefix: '4115' }, menu: menu('信阳') }],
    };
    expect((await put(account.id, editor, good)).statusCode).toBe(200);
    const before = await getSet(account.id, editor);
    const rows = async () => ({
      menus: await ctx.db.k.selectFrom('menus').selectAll().where('account_id', '=', account.id).execute(),
      variants: await ctx.db.k
        .selectFrom('menu_variants')
        .selectAll()
        .where('account_id', '=', account.id)
        .execute(),
    });
    const stored = await rows();

    const res = await put(account.id, editor, {
      default: menu('新默认'),
      variants: [
        { name: '新变体', match: { regionPrefix: '4101' }, menu: menu('好') },
        {
          name: '坏变体',
          match: { regionPrefix: '4115' },
          menu: { button: [click('超过十六个字节的名字')] },
        },
      ],
    });
    expect(res.statusCode).toBe(400);
    const error = res.json().error;
    expect(error.code).toBe('MENU_INVALID');
    expect(error.field).toBe('variants[1].menu.button[0].name');
    expect(error.message).toBe(
      '个性化菜单「坏变体」中，一级菜单「超过十六个字节的名字」的名称超过 16 字节（现为 30 字节，一个汉字占 3 字节）',
    );
    expect(error.details.errors).toEqual([
      {
        path: 'variants[1].menu.button[0].name',
        code: 'NAME_TOO_LONG',
        wechatErrcode: 40018,
        limit: 16,
        actual: 30,
        message: error.message,
      },
    ]);
    expect(await rows()).toEqual(stored);
    expect(await getSet(account.id, editor)).toEqual(before);
  });

  it('tags must be the account’s own and regions real; every fault is listed, in English on request', async () => {
    const { account, editor } = await setup();
    const other = await buildAccount(ctx.db);
    const foreign = await buildTag(ctx.db, other.id);
    const res = await put(
      account.id,
      editor,
      {
        default: menu('默认'),
        variants: [
          { name: 'A', match: { tagId: foreign.id }, menu: menu('甲') },
          { name: 'B', match: { regionPrefix: '999900' }, menu: menu('乙') },
          { name: 'C', match: { regionPrefix: '41150' }, menu: menu('丙') },
          { name: 'D', match: {}, menu: menu('丁') },
        ],
      },
      'en',
    );
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.details.errors.map((e: { path: string; code: string }) => [e.path, e.code])).toEqual([
      ['variants[0].match.tagId', 'TAG_NOT_FOUND'],
      ['variants[1].match.regionPrefix', 'REGION_NOT_FOUND'],
      ['variants[2].match.regionPrefix', 'REGION_NOT_FOUND'],
      ['variants[3].match', 'VARIANT_NO_CONDITION'],
    ]);
    expect(error.message).toBe('The tag of conditional menu "A" does not exist (4 problems in all)');
    expect(await getSet(account.id, editor)).toEqual({ default: { button: [] }, variants: [] });
  });

  it('a tag in use by a conditional menu cannot be deleted', async () => {
    const { account, editor } = await setup();
    const admin = await staffHeaders(ctx.db, deps, account.id, 'admin');
    const tag = await buildTag(ctx.db, account.id, '志愿者');
    await put(account.id, editor, {
      default: menu('默认'),
      variants: [{ name: '志愿者', match: { tagId: tag.id }, menu: menu('志') }],
    });
    const res = await app.inject({
      method: 'DELETE',
      url: `/api/console/accounts/${account.id}/tags/${tag.id}`,
      headers: admin.headers,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'TAG_IN_USE', details: { menus: ['志愿者'] } });
    await put(account.id, editor, { default: menu('默认'), variants: [] });
    const again = await app.inject({
      method: 'DELETE',
      url: `/api/console/accounts/${account.id}/tags/${tag.id}`,
      headers: admin.headers,
    });
    expect(again.statusCode).toBe(204);
  });

  it('an account’s variants, tags and hotlines go with it', async () => {
    const { account, editor } = await setup();
    const tag = await buildTag(ctx.db, account.id);
    await put(account.id, editor, {
      default: menu('默认'),
      variants: [{ name: '标签', match: { tagId: tag.id }, menu: menu('签') }],
    });
    await ctx.db.k
      .insertInto('hotlines')
      .values({ account_id: account.id, position: 0, name: '热线', phone: '12345', hours: '' })
      .execute();
    await ctx.db.k.deleteFrom('accounts').where('id', '=', account.id).execute();
    for (const table of ['menu_variants', 'follower_tags', 'hotlines', 'menus'] as const) {
      const rows = await ctx.db.k
        .selectFrom(table)
        .select('account_id')
        .where('account_id', '=', account.id)
        .execute();
      expect(rows, table).toEqual([]);
    }
  });

  it('an empty default without variants removes the menu', async () => {
    const { account, editor } = await setup();
    await put(account.id, editor, { default: menu('默认'), variants: [] });
    expect((await put(account.id, editor, { default: { button: [] }, variants: [] })).statusCode).toBe(200);
    expect(await citizenMenu(account.id)).toEqual({ button: [] });
  });
});
