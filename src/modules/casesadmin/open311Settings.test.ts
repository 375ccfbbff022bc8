import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { verifyAuditChain } from '../../infra/audit.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildAccount, buildStaff, sessionHeaders } from '../../test/factories.js';
import { defaultOpen311Account } from '../open311/door.js';

type Headers = Record<string, string>;

describeEachDatabase('the default Open311 department', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  let platform: Headers;
  let accountAdmin: Headers;
  let bureau: { id: number; name: string; handle: string };
  let suspended: { id: number };
  const url = '/api/console/open311-settings';

  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
    bureau = await buildAccount(ctx.db, { name: '信阳市信访局' });
    suspended = await buildAccount(ctx.db, { status: 'suspended' });
    const h = async (id: number) => ({ ...(await sessionHeaders(deps.sessions, 'staff', id)) });
    platform = await h((await buildStaff(ctx.db, { isPlatformAdmin: true })).id);
    accountAdmin = await h((await buildStaff(ctx.db, { roles: [[bureau.id, 'admin']] })).id);
  });
  afterAll(async () => {
    await app?.close();
  });

  const req = (method: 'GET' | 'PUT', headers: Headers, payload?: object) =>
    app.inject(payload === undefined ? { method, url, headers } : { method, url, headers, payload });

  it('platform admins set, read and clear it; Open311 filing reads the same setting', async () => {
    expect((await req('GET', platform)).json()).toEqual({ defaultAccount: null });
    const set = await req('PUT', platform, { defaultAccountId: bureau.id });
    expect(set.statusCode).toBe(200);
    expect(set.json().defaultAccount).toMatchObject({ id: bureau.id, name: '信阳市信访局' });
    expect(await defaultOpen311Account(ctx.db.k)).toBe(bureau.id);
    expect((await req('GET', platform)).json().defaultAccount.id).toBe(bureau.id);

    expect((await req('PUT', platform, { defaultAccountId: null })).json()).toEqual({ defaultAccount: null });
    expect(await defaultOpen311Account(ctx.db.k)).toBeNull();
    const audit = await ctx.db.k
      .selectFrom('audit_log')
      .select('action')
      .where('action', '=', 'open311.default_account')
      .execute();
    expect(audit).toHaveLength(2);
    expect(await verifyAuditChain(ctx.db.k)).toBeNull();
  });

  it('refuses an unknown or suspended department, and anyone but a platform admin', async () => {
    const unknown = await req('PUT', platform, { defaultAccountId: 999_999 });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error).toMatchObject({ code: 'ACCOUNT_NOT_FOUND', field: 'defaultAccountId' });
    const inactive = await req('PUT', platform, { defaultAccountId: suspended.id });
    expect(inactive.json().error).toMatchObject({
      code: 'CASE_ROUTING_ACCOUNT_INACTIVE',
      field: 'defaultAccountId',
    });
    expect((await req('PUT', platform, { defaultAccountId: 'x' })).json().error.code).toBe(
      'VALIDATION_FAILED',
    );
    expect(await defaultOpen311Account(ctx.db.k)).toBeNull();

    expect((await req('GET', accountAdmin)).statusCode).toBe(403);
    expect((await req('PUT', accountAdmin, { defaultAccountId: bureau.id })).statusCode).toBe(403);
    expect((await req('GET', {})).statusCode).toBe(401);
  });
});
