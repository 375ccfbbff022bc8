import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../deps.js';
import { assertStrongPassword } from '../infra/auth/password.js';
import { verifyAuditChain } from '../infra/audit.js';
import { buildTestApp } from '../test/app.js';
import { describeEachDatabase } from '../test/databases.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demoData.js';
import { seedDemo } from './seed.js';
import { checkCreditCode } from '../modules/verification/creditCode.js';

describeEachDatabase('demo data', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
  });
  afterAll(async () => {
    await app.close();
  });

  it('loads the demo accounts and staff once; a second start changes nothing', async () => {
    const first = await seedDemo(deps);
    expect(first.created).toBe(true);
    const counts = async () => ({
      accounts: (await ctx.db.k.selectFrom('accounts').select('id').execute()).length,
      users: (await ctx.db.k.selectFrom('staff_users').select('id').execute()).length,
      roles: (await ctx.db.k.selectFrom('staff_roles').select('user_id').execute()).length,
      audit: (await ctx.db.k.selectFrom('audit_log').select('id').execute()).length,
    });
    const after = await counts();
    // Five roles per account (admin, editor, reviewer, leader, responder); the seventh account
    // is the impostor the guard holds (trust.ts), with no staff.
    expect(after).toMatchObject({ accounts: 7, users: 3 + 6 * 5, roles: 6 * 5 + 4 });
    const second = await seedDemo(deps);
    expect(second.created).toBe(false);
    expect(second.signIns).toEqual(first.signIns);
    expect(await counts()).toEqual(after);
    expect(await verifyAuditChain(ctx.db.k)).toBeNull();
  });

  it('creates the Henan and Xinyang accounts with their regions, some verified and some not', async () => {
    const rows = await ctx.db.k
      .selectFrom('accounts')
      .select(['handle', 'name', 'region_code', 'department_type', 'verified'])
      .execute();
    expect(rows).toContainEqual({
      handle: 'henan-edu',
      name: '河南省教育厅',
      region_code: '410000',
      department_type: 'education',
      verified: 1,
    });
    expect(rows).toContainEqual({
      handle: 'zhengzhou-traffic',
      name: '郑州交警',
      region_code: '410100',
      department_type: 'traffic_police',
      verified: 1,
    });
    expect(
      rows
        .filter((r) => r.verified === 0)
        .map((r) => r.handle)
        .sort(),
    ).toEqual(['henan-jiaoyu-guanfang', 'xinyang-justice', 'xinyang-letters']);
    // The departments, and the impostor the guard holds (trust.ts).
    expect(rows.map((r) => r.handle).sort()).toEqual(
      [...DEMO_ACCOUNTS.map((a) => a.handle), 'henan-jiaoyu-guanfang'].sort(),
    );
    // Verified demo accounts carry a credit code whose check characters hold (GB 32100-2015).
    const codes = await ctx.db.k.selectFrom('accounts').select(['verified', 'credit_code']).execute();
    for (const c of codes.filter((r) => r.verified === 1))
      expect(checkCreditCode(c.credit_code ?? '')).toMatchObject({ ok: true, kind: 'uscc' });
  });

  it('every printed sign-in works with the demo password, which is strong enough', async () => {
    expect(() => assertStrongPassword(DEMO_PASSWORD)).not.toThrow();
    const { signIns } = await seedDemo(deps);
    for (const username of ['platform', 'supervisor', 'henan-edu-editor']) {
      expect(signIns.find((s) => s.username === username)?.password).toBe(DEMO_PASSWORD);
      const res = await app.inject({
        method: 'POST',
        url: '/api/console/session',
        payload: { username, password: DEMO_PASSWORD },
      });
      expect(res.statusCode, username).toBe(200);
    }
    const sup = await app.inject({
      method: 'POST',
      url: '/api/console/session',
      payload: { username: 'supervisor', password: DEMO_PASSWORD },
    });
    expect(sup.json().user).toMatchObject({ supervisorRegion: '411500', isPlatformAdmin: false });
    const admin = await app.inject({
      method: 'POST',
      url: '/api/console/session',
      payload: { username: 'henan-edu-admin', password: DEMO_PASSWORD },
    });
    expect(admin.json().accounts).toEqual([
      expect.objectContaining({ handle: 'henan-edu', roles: ['admin'] }),
    ]);
  });

  it('gives one demo editor several accounts, so the console has accounts to switch between', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/console/session',
      payload: { username: 'xinyang-newmedia', password: DEMO_PASSWORD },
    });
    expect(res.statusCode).toBe(200);
    const accounts = res.json().accounts as Array<{ handle: string; roles: string[] }>;
    expect(accounts.map((a) => `${a.handle}:${a.roles.join(',')}`).sort()).toEqual([
      'xinyang-justice:editor',
      'xinyang-letters:responder',
      'xinyang-police:editor',
      'xinyang-traffic:editor',
    ]);
  });
});
