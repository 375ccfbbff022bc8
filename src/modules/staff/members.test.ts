import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { verifyAuditChain } from '../../infra/audit.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildAccount, buildStaff, sessionHeaders } from '../../test/factories.js';
import { snapshotData } from '../accounts/testing.js';

describeEachDatabase('staff and roles of an account', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
  });
  afterAll(async () => {
    await app.close();
  });

  /** An account with one admin signed in. */
  async function accountWithAdmin() {
    const account = await buildAccount(ctx.db);
    const admin = await buildStaff(ctx.db, { roles: [[account.id, 'admin']] });
    const headers = { ...(await sessionHeaders(deps.sessions, 'staff', admin.id)) };
    const url = `/api/console/accounts/${account.id}/staff`;
    return { account, admin, headers, url };
  }

  it('an admin lists the members of the account with their roles', async () => {
    const { account, admin, headers, url } = await accountWithAdmin();
    const editor = await buildStaff(ctx.db, {
      roles: [
        [account.id, 'reviewer'],
        [account.id, 'editor'],
      ],
    });
    const res = await app.inject({ method: 'GET', url, headers });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual(
      expect.arrayContaining([
        { userId: admin.id, username: admin.username, displayName: admin.username, roles: ['admin'] },
        {
          userId: editor.id,
          username: editor.username,
          displayName: editor.username,
          roles: ['editor', 'reviewer'],
        },
      ]),
    );
    expect(res.json().items).toHaveLength(2);
  });

  it('adding a new username creates the user with the given password and grants the roles, audited', async () => {
    const { account, headers, url } = await accountWithAdmin();
    const res = await app.inject({
      method: 'POST',
      url,
      headers,
      payload: {
        username: 'New.Editor-1',
        displayName: '新编辑',
        password: 'Editor-passw0rd',
        roles: ['editor'],
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ username: 'new.editor-1', displayName: '新编辑', roles: ['editor'] });
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/console/session',
      payload: { username: 'new.editor-1', password: 'Editor-passw0rd' },
    });
    expect(signIn.statusCode).toBe(200);
    const audit = await ctx.db.k
      .selectFrom('audit_log')
      .select('action')
      .where('account_id', '=', account.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['staff.user_created', 'staff.roles_granted']);
    expect(await verifyAuditChain(ctx.db.k)).toBeNull();
  });

  it('a new username without a password, or with a weak one, is refused and creates nothing', async () => {
    const { headers, url } = await accountWithAdmin();
    const before = await snapshotData(ctx.db);
    const none = await app.inject({
      method: 'POST',
      url,
      headers,
      payload: { username: 'no-password', roles: ['editor'] },
    });
    expect(none.statusCode).toBe(400);
    expect(none.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'password' });
    const weak = await app.inject({
      method: 'POST',
      url,
      headers,
      payload: { username: 'weak-password', password: 'abc', roles: ['editor'] },
    });
    expect(weak.json().error).toMatchObject({ code: 'WEAK_PASSWORD', field: 'password' });
    expect(await snapshotData(ctx.db)).toEqual(before);
  });

  it('an existing username is added without a password; giving one answers USERNAME_TAKEN and leaves the password alone', async () => {
    const { account, headers, url } = await accountWithAdmin();
    const existing = await buildStaff(ctx.db);
    const taken = await app.inject({
      method: 'POST',
      url,
      headers,
      payload: { username: existing.username, password: 'Hijack-passw0rd', roles: ['admin'] },
    });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().error).toMatchObject({ code: 'USERNAME_TAKEN', field: 'username' });
    expect(
      await ctx.db.k.selectFrom('staff_roles').select('role').where('user_id', '=', existing.id).execute(),
    ).toEqual([]);
    const added = await app.inject({
      method: 'POST',
      url,
      headers,
      payload: { username: existing.username, roles: ['analyst', 'responder'] },
    });
    expect(added.statusCode).toBe(200);
    expect(added.json()).toMatchObject({ userId: existing.id, roles: ['responder', 'analyst'] });
    // Adding again only grants what is missing.
    const again = await app.inject({
      method: 'POST',
      url,
      headers,
      payload: { username: existing.username, roles: ['analyst', 'leader'] },
    });
    expect(again.json().roles).toEqual(['leader', 'responder', 'analyst']);
    const grants = await ctx.db.k
      .selectFrom('audit_log')
      .select('details')
      .where('account_id', '=', account.id)
      .where('action', '=', 'staff.roles_granted')
      .orderBy('id')
      .execute();
    expect(grants.map((g) => JSON.parse(g.details).granted)).toEqual([['analyst', 'responder'], ['leader']]);
  });

  it('PUT replaces the roles of a member, audited with before and after', async () => {
    const { account, headers, url } = await accountWithAdmin();
    const member = await buildStaff(ctx.db, { roles: [[account.id, 'editor']] });
    const res = await app.inject({
      method: 'PUT',
      url: `${url}/${member.id}`,
      headers,
      payload: { roles: ['reviewer', 'leader'] },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().roles).toEqual(['reviewer', 'leader']);
    const audit = await ctx.db.k
      .selectFrom('audit_log')
      .selectAll()
      .where('account_id', '=', account.id)
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.action).toBe('staff.roles_changed');
    expect(JSON.parse(audit[0]!.details)).toMatchObject({ from: ['editor'], to: ['reviewer', 'leader'] });
  });

  it('the last admin can be neither demoted nor removed (409 LAST_ADMIN), and nothing changes', async () => {
    const { account, admin, headers, url } = await accountWithAdmin();
    const before = await snapshotData(ctx.db);
    const demote = await app.inject({
      method: 'PUT',
      url: `${url}/${admin.id}`,
      headers,
      payload: { roles: ['editor'] },
    });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().error.code).toBe('LAST_ADMIN');
    const remove = await app.inject({ method: 'DELETE', url: `${url}/${admin.id}`, headers });
    expect(remove.json().error.code).toBe('LAST_ADMIN');
    expect(await snapshotData(ctx.db)).toEqual(before);
    // A disabled second admin does not count: it could not act for the account.
    const disabled = await buildStaff(ctx.db, { roles: [[account.id, 'admin']] });
    await ctx.db.k.updateTable('staff_users').set({ disabled: 1 }).where('id', '=', disabled.id).execute();
    expect(
      (await app.inject({ method: 'DELETE', url: `${url}/${admin.id}`, headers })).json().error.code,
    ).toBe('LAST_ADMIN');
    // With a second active admin, the first may leave.
    await buildStaff(ctx.db, { roles: [[account.id, 'admin']] });
    expect((await app.inject({ method: 'DELETE', url: `${url}/${admin.id}`, headers })).statusCode).toBe(204);
  });

  it('DELETE removes every role of the member on this account only, audited', async () => {
    const { account, headers, url } = await accountWithAdmin();
    const elsewhere = await buildAccount(ctx.db);
    const member = await buildStaff(ctx.db, {
      roles: [
        [account.id, 'editor'],
        [account.id, 'analyst'],
        [elsewhere.id, 'editor'],
      ],
    });
    expect((await app.inject({ method: 'DELETE', url: `${url}/${member.id}`, headers })).statusCode).toBe(
      204,
    );
    const roles = await ctx.db.k
      .selectFrom('staff_roles')
      .select(['account_id', 'role'])
      .where('user_id', '=', member.id)
      .execute();
    expect(roles).toEqual([{ account_id: elsewhere.id, role: 'editor' }]);
    const audit = await ctx.db.k
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('account_id', '=', account.id)
      .execute();
    expect(audit).toEqual([
      { action: 'staff.removed', details: JSON.stringify({ revoked: ['editor', 'analyst'] }) },
    ]);
  });

  it('a user who is not a member, or a malformed user id, answers 404 STAFF_NOT_FOUND', async () => {
    const { headers, url } = await accountWithAdmin();
    const stranger = await buildStaff(ctx.db);
    for (const id of [String(stranger.id), '999999', 'abc', '99999999999999999999']) {
      const put = await app.inject({
        method: 'PUT',
        url: `${url}/${id}`,
        headers,
        payload: { roles: ['editor'] },
      });
      expect(put.statusCode, id).toBe(404);
      expect(put.json().error.code).toBe('STAFF_NOT_FOUND');
      expect((await app.inject({ method: 'DELETE', url: `${url}/${id}`, headers })).json().error.code).toBe(
        'STAFF_NOT_FOUND',
      );
    }
  });

  it('roles must be a non-empty list of known roles without repeats', async () => {
    const { account, headers, url } = await accountWithAdmin();
    const member = await buildStaff(ctx.db, { roles: [[account.id, 'editor']] });
    for (const roles of [[], ['wizard'], ['editor', 'editor'], 'nonsense']) {
      const res = await app.inject({
        method: 'PUT',
        url: `${url}/${member.id}`,
        headers,
        payload: { roles },
      });
      expect(res.statusCode, JSON.stringify(roles)).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
      expect(res.json().error.field).toMatch(/^roles/);
    }
  });
});
