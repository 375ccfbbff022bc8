import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { verifyPassword } from '../../infra/auth/password.js';
import { ManualClock } from '../../infra/clock.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildAccount, buildStaff, TEST_PASSWORD } from '../../test/factories.js';

/** The session cookie and CSRF token of a sign-in answer, as request headers. */
function signedIn(res: { cookies: Array<{ name: string; value: string }>; json(): { csrfToken: string } }) {
  const cookie = res.cookies.find((c) => c.name === 'zw_staff')!;
  return { cookie: `zw_staff=${cookie.value}`, 'x-csrf-token': res.json().csrfToken };
}

describeEachDatabase('console session and password', (ctx) => {
  let app: FastifyInstance;
  const clock = new ManualClock();
  beforeAll(async () => {
    ({ app } = await buildTestApp(ctx.db, { clock }));
  });
  afterAll(async () => {
    await app.close();
  });
  const signIn = (username: string, password: string, headers: Record<string, string> = {}) =>
    app.inject({ method: 'POST', url: '/api/console/session', payload: { username, password }, headers });

  it('signs in with username and password, sets an httpOnly cookie and answers the StaffSession', async () => {
    const account = await buildAccount(ctx.db);
    const user = await buildStaff(ctx.db, {
      roles: [
        [account.id, 'editor'],
        [account.id, 'admin'],
      ],
    });
    const res = await signIn(user.username.toUpperCase(), user.password);
    expect(res.statusCode, res.body).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'zw_staff')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(res.json()).toMatchObject({
      user: { id: user.id, username: user.username, isPlatformAdmin: false, supervisorRegion: null },
      accounts: [{ id: account.id, handle: account.handle, name: account.name, roles: ['admin', 'editor'] }],
    });
    expect(res.json().csrfToken).toEqual(expect.any(String));

    const again = await app.inject({ method: 'GET', url: '/api/console/session', headers: signedIn(res) });
    expect(again.json()).toEqual(res.json());
  });

  it('answers 401 for GET session when signed out', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/console/session' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a wrong password and an unknown user with the same BAD_CREDENTIALS', async () => {
    const user = await buildStaff(ctx.db);
    const wrong = await signIn(user.username, 'Wrong-passw0rd');
    const unknown = await signIn('nobody-here', 'Wrong-passw0rd');
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('BAD_CREDENTIALS');
      expect(res.cookies.find((c) => c.name === 'zw_staff')).toBeUndefined();
    }
  });

  it('refuses a disabled user with ACCOUNT_DISABLED, but only after the right password', async () => {
    const user = await buildStaff(ctx.db);
    await ctx.db.k.updateTable('staff_users').set({ disabled: 1 }).where('id', '=', user.id).execute();
    expect((await signIn(user.username, 'Wrong-passw0rd')).json().error.code).toBe('BAD_CREDENTIALS');
    const res = await signIn(user.username, user.password);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('ACCOUNT_DISABLED');
  });

  it('after 5 failed attempts within 15 minutes a username is RATE_LIMITED, even with the right password, until the window passes', async () => {
    const user = await buildStaff(ctx.db);
    for (let i = 0; i < 5; i++)
      expect((await signIn(user.username, `Wrong-passw0rd${i}`)).json().error.code).toBe('BAD_CREDENTIALS');
    const limited = await signIn(user.username, user.password);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another username is not affected.
    const other = await buildStaff(ctx.db);
    expect((await signIn(other.username, other.password)).statusCode).toBe(200);
    clock.advance(15 * 60_000 + 1);
    expect((await signIn(user.username, user.password)).statusCode).toBe(200);
  });

  it('a successful sign-in clears earlier failures', async () => {
    const user = await buildStaff(ctx.db);
    for (let i = 0; i < 4; i++) await signIn(user.username, 'Wrong-passw0rd');
    expect((await signIn(user.username, user.password)).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) await signIn(user.username, 'Wrong-passw0rd');
    expect((await signIn(user.username, user.password)).statusCode).toBe(200);
  });

  it('signing out ends the session; a state change without the CSRF token is refused', async () => {
    const user = await buildStaff(ctx.db);
    const headers = signedIn(await signIn(user.username, user.password));
    const noCsrf = await app.inject({
      method: 'DELETE',
      url: '/api/console/session',
      headers: { cookie: headers.cookie },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().error.code).toBe('CSRF_FAILED');
    expect((await app.inject({ method: 'DELETE', url: '/api/console/session', headers })).statusCode).toBe(
      204,
    );
    expect((await app.inject({ method: 'GET', url: '/api/console/session', headers })).statusCode).toBe(401);
  });

  it('changing the password needs the current one and a strong new one; nothing changes otherwise', async () => {
    const user = await buildStaff(ctx.db);
    const headers = signedIn(await signIn(user.username, user.password));
    const before = await ctx.db.k
      .selectFrom('staff_users')
      .select('password_hash')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    const wrong = await app.inject({
      method: 'POST',
      url: '/api/console/password',
      headers,
      payload: { currentPassword: 'nope', newPassword: 'Brand-new-passw0rd' },
    });
    expect(wrong.json().error).toMatchObject({ code: 'WRONG_PASSWORD', field: 'currentPassword' });
    const weak = await app.inject({
      method: 'POST',
      url: '/api/console/password',
      headers,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'short1' },
    });
    expect(weak.json().error).toMatchObject({ code: 'WEAK_PASSWORD', field: 'newPassword' });
    const missing = await app.inject({
      method: 'POST',
      url: '/api/console/password',
      headers,
      payload: { currentPassword: TEST_PASSWORD },
    });
    expect(missing.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'newPassword' });
    const after = await ctx.db.k
      .selectFrom('staff_users')
      .select('password_hash')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(after).toEqual(before);
  });

  it('a password change rehashes, keeps this session, signs out the others, and is audited', async () => {
    const user = await buildStaff(ctx.db);
    const here = signedIn(await signIn(user.username, user.password));
    const elsewhere = signedIn(await signIn(user.username, user.password));
    const res = await app.inject({
      method: 'POST',
      url: '/api/console/password',
      headers: here,
      payload: { currentPassword: user.password, newPassword: 'Brand-new-passw0rd' },
    });
    expect(res.statusCode, res.body).toBe(204);
    expect((await app.inject({ method: 'GET', url: '/api/console/session', headers: here })).statusCode).toBe(
      200,
    );
    expect(
      (await app.inject({ method: 'GET', url: '/api/console/session', headers: elsewhere })).statusCode,
    ).toBe(401);
    const row = await ctx.db.k
      .selectFrom('staff_users')
      .select('password_hash')
      .where('id', '=', user.id)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row.password_hash, 'Brand-new-passw0rd')).toBe(true);
    expect((await signIn(user.username, user.password)).statusCode).toBe(401);
    const audit = await ctx.db.k
      .selectFrom('audit_log')
      .selectAll()
      .where('target', '=', `staff:${user.id}`)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['staff.password_changed']);
  });
});
