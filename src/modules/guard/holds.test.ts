import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { verifyAuditChain } from '../../infra/audit.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildAccount, buildStaff, sessionHeaders } from '../../test/factories.js';

describeEachDatabase('guard: name holds', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  let platform: Record<string, string>;
  let police: { id: number };
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
    const admin = await buildStaff(ctx.db, { isPlatformAdmin: true });
    platform = { ...(await sessionHeaders(deps.sessions, 'staff', admin.id)) };
    const now = Date.now();
    const verified = (name: string, verifiedName = name) =>
      buildAccount(ctx.db, {
        name,
        verified: 1,
        verified_name: verifiedName,
        verified_at: now,
        verified_until: now + 365 * 86_400_000,
        region_code: '411500',
      });
    police = await verified('信阳市公安局');
    await verified('河南省教育厅');
    await verified('郑州发布');
    // Its current name differs from the verified one: a creation may then use the verified name itself.
    await verified('信阳交警', '信阳市公安局交通警察支队');
  });
  afterAll(async () => {
    await app.close();
  });

  let n = 0;
  const input = (name: string) => ({
    handle: `guard-test-${++n}`,
    name,
    level: 'municipal',
    departmentType: 'public_security',
    regionCode: '411500',
    owningUnit: '测试单位',
    contact: '12345',
    introduction: '',
  });
  const create = (name: string) =>
    app.inject({ method: 'POST', url: '/api/console/accounts', headers: platform, payload: input(name) });
  const holdsOf = (accountId: number) =>
    ctx.db.k.selectFrom('name_holds').selectAll().where('account_id', '=', accountId).orderBy('id').execute();
  const accountRow = (id: number) =>
    ctx.db.k.selectFrom('accounts').select(['name', 'status']).where('id', '=', id).executeTakeFirstOrThrow();
  async function adminOf(accountId: number) {
    const staff = await buildStaff(ctx.db, { roles: [[accountId, 'admin']] });
    return { id: staff.id, headers: { ...(await sessionHeaders(deps.sessions, 'staff', staff.id)) } };
  }
  const notificationsOf = (userId: number) =>
    ctx.db.k
      .selectFrom('staff_notifications')
      .selectAll()
      .where('user_id', '=', userId)
      .orderBy('id')
      .execute();

  describe('creation', () => {
    it('a look-alike name creates the account held, hidden from citizens, with the reason', async () => {
      const res = await create('信阳公安局官方');
      expect(res.statusCode, res.body).toBe(201);
      const body = res.json();
      expect(body.status).toBe('held');
      expect(body.nameHold).toMatchObject({
        kind: 'create',
        status: 'pending',
        proposedName: '信阳公安局官方',
        closestName: '信阳市公安局',
      });
      expect(body.nameHold.score).toBeGreaterThanOrEqual(0.6);
      expect(body.nameHold.score).toBeLessThan(1);
      expect(body.nameHold.differences.map((d: { kind: string }) => d.kind)).toEqual(
        expect.arrayContaining(['decoration', 'admin']),
      );
      const rows = await holdsOf(body.id);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        closest_account_id: police.id,
        score_milli: Math.round(body.nameHold.score * 1000),
      });
      // Citizens do not see it; the console detail carries the pending hold.
      expect((await app.inject({ method: 'GET', url: `/api/accounts/${body.handle}` })).statusCode).toBe(404);
      const detail = await app.inject({
        method: 'GET',
        url: `/api/console/accounts/${body.id}`,
        headers: platform,
      });
      expect(detail.json()).toMatchObject({ status: 'held', nameHold: { id: rows[0]!.id } });
      const audit = await ctx.db.k
        .selectFrom('audit_log')
        .select('action')
        .where('account_id', '=', body.id)
        .execute();
      expect(audit.map((a) => a.action)).toEqual(['account.created', 'name_hold.created']);
      expect(await verifyAuditChain(ctx.db.k)).toBeNull();
    });

    it('a name identical to another account’s verified name is held with score 1', async () => {
      const res = await create('信阳市公安局交通警察支队');
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({
        status: 'held',
        nameHold: { score: 1, closestName: '信阳市公安局交通警察支队', differences: [] },
      });
    });

    it('a distinct real name (one region character away) is created active, without a hold', async () => {
      for (const name of ['南阳市公安局', '湖南省教育厅', '信阳市交通运输局', '洛阳发布']) {
        const res = await create(name);
        expect(res.statusCode, res.body).toBe(201);
        expect(res.json().status).toBe('active');
        expect(res.json().nameHold).toBeUndefined();
        expect(await holdsOf(res.json().id)).toEqual([]);
      }
    });

    it('sees a name verified after the registry was cached (the stamp changed)', async () => {
      expect((await create('平安信阳')).json().status).toBe('active');
      const other = await buildAccount(ctx.db, { name: '平安南阳' });
      await ctx.db.k
        .updateTable('accounts')
        .set({ verified: 1, verified_name: '平安南阳', verified_at: Date.now() })
        .where('id', '=', other.id)
        .execute();
      const res = await create('平安南阳官方');
      expect(res.json()).toMatchObject({ status: 'held', nameHold: { closestName: '平安南阳' } });
    });
  });

  describe('rename', () => {
    it('a look-alike rename is not applied; the other fields are; the hold keeps the name', async () => {
      const acct = await buildAccount(ctx.db, { name: '信阳市某单位' });
      const { headers } = await adminOf(acct.id);
      const res = await app.inject({
        method: 'PATCH',
        url: `/api/console/accounts/${acct.id}`,
        headers,
        payload: { name: '信扬市公安局', contact: '0376-1234567' },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({
        name: '信阳市某单位',
        contact: '0376-1234567',
        status: 'active',
        nameHold: { kind: 'rename', proposedName: '信扬市公安局', closestName: '信阳市公安局' },
      });
      expect(res.json().nameHold.differences).toContainEqual({
        kind: 'homophone',
        candidate: '扬',
        verified: '阳',
      });
      expect(await accountRow(acct.id)).toEqual({ name: '信阳市某单位', status: 'active' });
    });

    it('a newer rename supersedes the pending hold; a clear one is applied', async () => {
      const acct = await buildAccount(ctx.db, { name: '信阳市某单位二' });
      const { headers } = await adminOf(acct.id);
      const patch = (name: string) =>
        app.inject({ method: 'PATCH', url: `/api/console/accounts/${acct.id}`, headers, payload: { name } });
      expect((await patch('河南省敎育厅')).json().nameHold.kind).toBe('rename');
      const clear = await patch('信阳市文化广电和旅游局');
      expect(clear.json().name).toBe('信阳市文化广电和旅游局');
      expect(clear.json().nameHold).toBeUndefined();
      expect((await holdsOf(acct.id)).map((h) => h.status)).toEqual(['superseded']);
    });
  });

  describe('platform review', () => {
    it('lists pending holds first; approving a rename applies the name, audited, admins notified', async () => {
      const acct = await buildAccount(ctx.db, { name: '郑州某单位' });
      const admin = await adminOf(acct.id);
      const patched = await app.inject({
        method: 'PATCH',
        url: `/api/console/accounts/${acct.id}`,
        headers: admin.headers,
        payload: { name: '郑州发布官方' },
      });
      const holdId = patched.json().nameHold.id as number;

      const list = await app.inject({ method: 'GET', url: '/api/console/name-holds', headers: platform });
      expect(list.statusCode, list.body).toBe(200);
      const items = list.json().items as Array<{ id: number; status: string }>;
      const firstDecided = items.findIndex((h) => h.status !== 'pending');
      expect(
        items.slice(0, firstDecided < 0 ? items.length : firstDecided).every((h) => h.status === 'pending'),
      ).toBe(true);
      expect(items.find((h) => h.id === holdId)).toMatchObject({
        kind: 'rename',
        proposedName: '郑州发布官方',
        closestName: '郑州发布',
        account: { id: acct.id, name: '郑州某单位' },
      });

      const res = await app.inject({
        method: 'POST',
        url: `/api/console/name-holds/${holdId}/approve`,
        headers: platform,
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ status: 'approved', account: { name: '郑州发布官方' } });
      expect((await accountRow(acct.id)).name).toBe('郑州发布官方');
      const notes = await notificationsOf(admin.id);
      expect(notes.map((x) => x.kind)).toEqual(['name_hold.approved']);
      const audit = await ctx.db.k
        .selectFrom('audit_log')
        .select('action')
        .where('target', '=', `name_hold:${holdId}`)
        .execute();
      expect(audit.map((a) => a.action)).toEqual(['name_hold.created', 'name_hold.approved']);
      expect(await verifyAuditChain(ctx.db.k)).toBeNull();

      const again = await app.inject({
        method: 'POST',
        url: `/api/console/name-holds/${holdId}/approve`,
        headers: platform,
      });
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('NAME_HOLD_NOT_PENDING');
      const missing = await app.inject({
        method: 'POST',
        url: '/api/console/name-holds/999999/approve',
        headers: platform,
      });
      expect(missing.statusCode).toBe(404);
      expect(missing.json().error.code).toBe('NAME_HOLD_NOT_FOUND');
    });

    it('approving a held creation activates the account', async () => {
      const created = (await create('河南省教育廳')).json();
      expect(created.status).toBe('held');
      const res = await app.inject({
        method: 'POST',
        url: `/api/console/name-holds/${created.nameHold.id}/approve`,
        headers: platform,
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(await accountRow(created.id)).toEqual({ name: '河南省教育廳', status: 'active' });
      expect((await app.inject({ method: 'GET', url: `/api/accounts/${created.handle}` })).statusCode).toBe(
        200,
      );
    });

    it('approval re-checks that the name is still free', async () => {
      const acct = await buildAccount(ctx.db, { name: '某单位三' });
      const { headers } = await adminOf(acct.id);
      const hold = (
        await app.inject({
          method: 'PATCH',
          url: `/api/console/accounts/${acct.id}`,
          headers,
          payload: { name: '信阳市公安局。' },
        })
      ).json().nameHold;
      await buildAccount(ctx.db, { name: '信阳市公安局。' });
      const res = await app.inject({
        method: 'POST',
        url: `/api/console/name-holds/${hold.id}/approve`,
        headers: platform,
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('ACCOUNT_NAME_TAKEN');
      expect((await holdsOf(acct.id))[0]!.status).toBe('pending');
    });

    it('rejecting keeps a held account hidden and tells its admins why; a clear new name opens it', async () => {
      const created = (await create('信阳市公安局官方服务号')).json();
      const admin = await adminOf(created.id);
      const noReason = await app.inject({
        method: 'POST',
        url: `/api/console/name-holds/${created.nameHold.id}/reject`,
        headers: platform,
        payload: { reason: '  ' },
      });
      expect(noReason.statusCode).toBe(400);
      const res = await app.inject({
        method: 'POST',
        url: `/api/console/name-holds/${created.nameHold.id}/reject`,
        headers: platform,
        payload: { reason: '与信阳市公安局的认证名称过于相近' },
      });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({
        status: 'rejected',
        decisionReason: '与信阳市公安局的认证名称过于相近',
      });
      expect((await accountRow(created.id)).status).toBe('held');
      const notes = await notificationsOf(admin.id);
      expect(notes).toHaveLength(1);
      expect(notes[0]).toMatchObject({ kind: 'name_hold.rejected' });
      expect(notes[0]!.body_zh).toContain('与信阳市公安局的认证名称过于相近');
      // The account's page keeps showing why it is hidden.
      const detail = await app.inject({
        method: 'GET',
        url: `/api/console/accounts/${created.id}`,
        headers: admin.headers,
      });
      expect(detail.json()).toMatchObject({
        status: 'held',
        nameHold: { status: 'rejected', decisionReason: '与信阳市公安局的认证名称过于相近' },
      });

      // The account's admin picks another name: a look-alike again stays held, a clear one opens it.
      const patch = (name: string) =>
        app.inject({
          method: 'PATCH',
          url: `/api/console/accounts/${created.id}`,
          headers: admin.headers,
          payload: { name },
        });
      const again = (await patch('信阳市公安局在线')).json();
      expect(again).toMatchObject({ name: '信阳市公安局在线', status: 'held', nameHold: { kind: 'create' } });
      const clear = (await patch('信阳市浉河区某中心')).json();
      expect(clear).toMatchObject({ name: '信阳市浉河区某中心', status: 'active' });
      expect((await holdsOf(created.id)).map((h) => h.status)).toEqual(['rejected', 'superseded']);
    });

    it('only platform admins list and decide holds (403 for an account admin)', async () => {
      const created = (await create('xinyang市公安局')).json();
      expect(created.status).toBe('held');
      const admin = await adminOf(created.id);
      const list = await app.inject({
        method: 'GET',
        url: '/api/console/name-holds',
        headers: admin.headers,
      });
      expect(list.statusCode).toBe(403);
      for (const action of ['approve', 'reject']) {
        const res = await app.inject({
          method: 'POST',
          url: `/api/console/name-holds/${created.nameHold.id}/${action}`,
          headers: admin.headers,
          payload: action === 'reject' ? { reason: '不行' } : undefined,
        });
        expect(res.statusCode).toBe(403);
      }
      expect((await app.inject({ method: 'GET', url: '/api/console/name-holds' })).statusCode).toBe(401);
      expect((await holdsOf(created.id))[0]!.status).toBe('pending');
    });
  });
});
