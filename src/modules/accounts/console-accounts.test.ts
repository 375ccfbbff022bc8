import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { verifyAuditChain } from '../../infra/audit.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildAccount, buildStaff, sessionHeaders } from '../../test/factories.js';

describeEachDatabase('accounts: console', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  let platform: Record<string, string>;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
    platform = {
      ...(await sessionHeaders(
        deps.sessions,
        'staff',
        (await buildStaff(ctx.db, { isPlatformAdmin: true })).id,
      )),
    };
  });
  afterAll(async () => {
    await app.close();
  });
  const input = (n: string) => ({
    handle: `xinyang-tour-${n}`,
    name: `信阳文旅${n}`,
    level: 'municipal',
    departmentType: 'tourism',
    regionCode: '411500',
    owningUnit: '信阳市文化广电和旅游局',
    contact: '12345',
    introduction: '  信阳山水，茶香四溢。 ',
  });

  it('a platform admin creates an unverified account, audited in the hash chain', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/console/accounts',
      headers: platform,
      payload: input('a'),
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      handle: 'xinyang-tour-a',
      verified: false,
      status: 'active',
      regionName: '信阳市',
      introduction: '信阳山水，茶香四溢。',
      followerCount: 0,
    });
    const audit = await ctx.db.k
      .selectFrom('audit_log')
      .selectAll()
      .where('account_id', '=', body.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['account.created']);
    expect(await verifyAuditChain(ctx.db.k)).toBeNull();
  });

  it('refuses a taken name or handle with ACCOUNT_NAME_TAKEN naming the field', async () => {
    await app.inject({
      method: 'POST',
      url: '/api/console/accounts',
      headers: platform,
      payload: input('b'),
    });
    const sameName = await app.inject({
      method: 'POST',
      url: '/api/console/accounts',
      headers: platform,
      payload: { ...input('c'), name: '信阳文旅b' },
    });
    expect(sameName.statusCode).toBe(409);
    expect(sameName.json().error).toMatchObject({ code: 'ACCOUNT_NAME_TAKEN', field: 'name' });
    const sameHandle = await app.inject({
      method: 'POST',
      url: '/api/console/accounts',
      headers: platform,
      payload: { ...input('d'), handle: 'xinyang-tour-b' },
    });
    expect(sameHandle.json().error).toMatchObject({ code: 'ACCOUNT_NAME_TAKEN', field: 'handle' });
  });

  it('refuses an unknown region code, a bad handle and an unknown department', async () => {
    const region = await app.inject({
      method: 'POST',
      url: '/api/console/accounts',
      headers: platform,
      payload: { ...input('e'), regionCode: '990000' },
    });
    expect(region.json().error).toMatchObject({ code: 'REGION_NOT_FOUND', field: 'regionCode' });
    for (const handle of ['Upper-Case', 'ab', '12345', '-lead', 'has space']) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/console/accounts',
        headers: platform,
        payload: { ...input('f'), handle },
      });
      expect(res.json().error, handle).toMatchObject({ code: 'VALIDATION_FAILED', field: 'handle' });
    }
    const dept = await app.inject({
      method: 'POST',
      url: '/api/console/accounts',
      headers: platform,
      payload: { ...input('g'), departmentType: 'ministry_of_magic' },
    });
    expect(dept.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'departmentType' });
  });

  it('an account admin edits the profile; only changed fields are audited with old and new values', async () => {
    const account = await buildAccount(ctx.db, { contact: '旧电话' });
    const admin = await buildStaff(ctx.db, { roles: [[account.id, 'admin']] });
    const headers = { ...(await sessionHeaders(deps.sessions, 'staff', admin.id)) };
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/console/accounts/${account.id}`,
      headers,
      payload: { contact: '0376-12345', name: account.name, regionCode: '411500' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ contact: '0376-12345', regionCode: '411500', regionName: '信阳市' });
    const audit = await ctx.db.k
      .selectFrom('audit_log')
      .selectAll()
      .where('account_id', '=', account.id)
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.details)).toEqual({
      changes: {
        contact: { from: '旧电话', to: '0376-12345' },
        regionCode: { from: '410000', to: '411500' },
      },
    });
    expect(audit[0]).toMatchObject({ action: 'account.profile_updated', actor_id: admin.id });
  });

  it('an edit that changes nothing writes no audit entry, and an empty patch is refused', async () => {
    const account = await buildAccount(ctx.db);
    const same = await app.inject({
      method: 'PATCH',
      url: `/api/console/accounts/${account.id}`,
      headers: platform,
      payload: { name: account.name },
    });
    expect(same.statusCode).toBe(200);
    expect(
      await ctx.db.k.selectFrom('audit_log').select('id').where('account_id', '=', account.id).execute(),
    ).toEqual([]);
    const empty = await app.inject({
      method: 'PATCH',
      url: `/api/console/accounts/${account.id}`,
      headers: platform,
      payload: {},
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('renaming onto another account’s handle is refused and changes nothing', async () => {
    const a = await buildAccount(ctx.db);
    const b = await buildAccount(ctx.db);
    const res = await app.inject({
      method: 'PATCH',
      url: `/api/console/accounts/${a.id}`,
      headers: platform,
      payload: { handle: b.handle },
    });
    expect(res.json().error).toMatchObject({ code: 'ACCOUNT_NAME_TAKEN', field: 'handle' });
    const row = await ctx.db.k
      .selectFrom('accounts')
      .select('handle')
      .where('id', '=', a.id)
      .executeTakeFirstOrThrow();
    expect(row.handle).toBe(a.handle);
  });

  it('unknown and non-numeric account ids answer 404 ACCOUNT_NOT_FOUND, never 500', async () => {
    for (const id of ['999999', 'abc', '0', '-1', '1.5', '99999999999999999999']) {
      for (const method of ['GET', 'PATCH'] as const) {
        const res = await app.inject({
          method,
          url: `/api/console/accounts/${id}`,
          headers: platform,
          ...(method === 'PATCH' ? { payload: { contact: 'x' } } : {}),
        });
        expect(res.statusCode, `${method} ${id}`).toBe(404);
        expect(res.json().error.code).toBe('ACCOUNT_NOT_FOUND');
      }
    }
  });
});
