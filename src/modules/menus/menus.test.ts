import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyAuditChain } from '../../infra/audit.js';
import { AppError } from '../../infra/errors.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildAccount, buildStaff } from '../../test/factories.js';
import { MenusRepository } from './repository.js';
import { setMenu } from './setMenu.js';

const MENU = {
  button: [
    {
      name: '高考服务',
      sub_button: [
        { type: 'click', name: '成绩查询', key: 'GAOKAO_SCORE' },
        { type: 'view', name: '招生考试专栏', url: '/a/abc' },
      ],
    },
    { type: 'view', name: '官方微博', url: 'https://weibo.com/' },
  ],
};

describeEachDatabase('custom menus', (ctx) => {
  let app: FastifyInstance;
  let repo: MenusRepository;
  beforeAll(async () => {
    ({ app } = await buildTestApp(ctx.db));
    repo = MenusRepository.of(ctx.db);
  });
  afterAll(async () => {
    await app.close();
  });

  const getMenu = (id: number | string, lang = 'zh-CN') =>
    app.inject({ method: 'GET', url: `/api/accounts/${id}/menu`, headers: { 'accept-language': lang } });

  it('an account without a menu answers an empty one, publicly', async () => {
    const account = await buildAccount(ctx.db);
    const res = await getMenu(account.id);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ button: [] });
  });

  it('a stored menu reads back exactly in WeChat’s shape', async () => {
    const account = await buildAccount(ctx.db);
    const stored = await setMenu(repo, { accountId: account.id, menu: MENU, actorId: null, now: 1_000 });
    expect(stored).toEqual(MENU);
    const res = await getMenu(account.id);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(MENU);
  });

  it('setting a menu again replaces it, and each change is audited in the chain', async () => {
    const account = await buildAccount(ctx.db);
    const admin = await buildStaff(ctx.db, { roles: [[account.id, 'admin']] });
    await setMenu(repo, { accountId: account.id, menu: MENU, actorId: admin.id, now: 1_000 });
    const second = { button: [{ type: 'click', name: '我要报警', key: 'REPORT' }] };
    await setMenu(repo, { accountId: account.id, menu: second, actorId: null, now: 2_000 });
    expect((await getMenu(account.id)).json()).toEqual(second);
    const rows = await ctx.db.k
      .selectFrom('menus')
      .selectAll()
      .where('account_id', '=', account.id)
      .execute();
    expect(rows).toEqual([{ account_id: account.id, menu_json: JSON.stringify(second), updated_at: 2_000 }]);
    const audit = await ctx.db.k
      .selectFrom('audit_log')
      .select(['actor_kind', 'actor_id', 'action', 'details'])
      .where('account_id', '=', account.id)
      .where('action', '=', 'menu.updated')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => [a.actor_kind, a.actor_id, JSON.parse(a.details).buttons])).toEqual([
      ['staff', admin.id, ['高考服务', '官方微博']],
      ['system', null, ['我要报警']],
    ]);
    expect(await verifyAuditChain(ctx.db.k)).toBeNull();
  });

  it('refuses a menu that breaks WeChat’s rules with MENU_INVALID naming every offending path, and keeps the old one', async () => {
    const account = await buildAccount(ctx.db);
    await setMenu(repo, { accountId: account.id, menu: MENU, actorId: null, now: 1_000 });
    const bad = {
      button: [
        {
          name: '服务',
          sub_button: [
            { type: 'click', name: '甲', key: 'A' },
            { type: 'view', name: '乙' },
          ],
        },
        { type: 'click', name: '超过十六个字节的名字', key: 'X' },
      ],
    };
    const err = await setMenu(repo, { accountId: account.id, menu: bad, actorId: null, now: 2_000 }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('MENU_INVALID');
    expect((err as AppError).status).toBe(400);
    expect((err as AppError).field).toBe('button[0].sub_button[1].url');
    expect(((err as AppError).details?.errors as Array<{ path: string }>).map((e) => e.path)).toEqual([
      'button[0].sub_button[1].url',
      'button[1].name',
    ]);
    expect((await getMenu(account.id)).json()).toEqual(MENU);
  });

  it('answers ACCOUNT_NOT_FOUND for unknown, malformed and suspended accounts', async () => {
    for (const id of ['999999', 'abc', '0', '1.5', '-3']) {
      const res = await getMenu(id);
      expect(res.statusCode, id).toBe(404);
      expect(res.json().error.code).toBe('ACCOUNT_NOT_FOUND');
    }
    const suspended = await buildAccount(ctx.db, { status: 'suspended' });
    expect((await getMenu(suspended.id)).json().error.code).toBe('ACCOUNT_NOT_FOUND');
    expect((await getMenu(999_999, 'en')).json().error.message).toBe('No such account');
    await expect(
      setMenu(repo, { accountId: 999_999, menu: MENU, actorId: null, now: 1 }),
    ).rejects.toMatchObject({ code: 'ACCOUNT_NOT_FOUND' });
  });

  it('a row that no longer passes the rules shows no menu rather than a broken one', async () => {
    const account = await buildAccount(ctx.db);
    await ctx.db.k
      .insertInto('menus')
      .values({ account_id: account.id, menu_json: '{"button":[{"name":"坏"}]}', updated_at: 1 })
      .execute();
    expect((await getMenu(account.id)).json()).toEqual({ button: [] });
  });

  it('a menu goes when its account goes', async () => {
    const account = await buildAccount(ctx.db);
    await setMenu(repo, { accountId: account.id, menu: MENU, actorId: null, now: 1 });
    await ctx.db.k.deleteFrom('accounts').where('id', '=', account.id).execute();
    expect(await repo.findMenu(account.id)).toBeUndefined();
  });
});
