import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { verifyAuditChain } from '../../infra/audit.js';
import { buildAccount, buildStaff, sessionHeaders } from '../../test/factories.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildTestApp } from '../../test/app.js';
import { exe } from '../publishing/mediaFixtures.js';
import { platformAdmin, reportsApi, signedInCitizen } from './testing.js';

describeEachDatabase('fake-account reports', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  let api: ReturnType<typeof reportsApi>;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
    api = reportsApi(app);
  });
  afterAll(async () => {
    await deps?.outbox.stop();
    await app?.close();
  });

  const citizen = () => signedInCitizen(ctx.db, deps);
  const admin = () => platformAdmin(ctx.db, deps);
  const report = async (
    who: Awaited<ReturnType<typeof citizen>>,
    accountId: number,
    extra: Record<string, unknown> = {},
  ) => {
    const res = await api.file(who.headers, { accountId, reason: 'impersonates_department', ...extra });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };

  describe('filing', () => {
    it('files a report with screenshots and answers a tracking number', async () => {
      const account = await buildAccount(ctx.db, { name: '信阳公安局官方' });
      const c = await citizen();
      const shots = [];
      for (let i = 0; i < 2; i++) {
        const up = await api.upload(c.headers);
        expect(up.statusCode, up.body).toBe(201);
        shots.push(up.json().id);
      }
      const res = await api.file(c.headers, {
        accountId: account.id,
        reason: 'asks_money_or_data',
        description: '  以办证为名要求转账  ',
        screenshotIds: shots,
      });
      expect(res.statusCode, res.body).toBe(201);
      const body = res.json();
      expect(body).toMatchObject({
        account: { id: account.id, name: '信阳公安局官方' },
        reason: 'asks_money_or_data',
        description: '以办证为名要求转账',
        status: 'open',
        outcomeNote: null,
        unseen: false,
      });
      expect(body.trackingNo).toMatch(new RegExp(`^JB\\d{8}-${String(body.id).padStart(6, '0')}$`));
      const row = await ctx.db.k
        .selectFrom('fake_report_screenshots')
        .select(['report_id', 'position'])
        .where('id', 'in', shots)
        .orderBy('position')
        .execute();
      expect(row).toEqual([
        { report_id: body.id, position: 0 },
        { report_id: body.id, position: 1 },
      ]);
      expect(await verifyAuditChain(ctx.db.k)).toBeNull();
    });

    it('refuses an unknown or suspended account, a missing reason, too many screenshots and "other" without words', async () => {
      const c = await citizen();
      const gone = await buildAccount(ctx.db, { status: 'suspended' });
      const account = await buildAccount(ctx.db);
      for (const accountId of [999_999, gone.id]) {
        const res = await api.file(c.headers, { accountId, reason: 'other', description: '冒充政府机关' });
        expect(res.statusCode).toBe(404);
        expect(res.json().error).toMatchObject({ code: 'ACCOUNT_NOT_FOUND', field: 'accountId' });
      }
      const noReason = await api.file(c.headers, { accountId: account.id });
      expect(noReason.statusCode).toBe(400);
      expect(noReason.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'reason' });
      const badReason = await api.file(c.headers, { accountId: account.id, reason: 'ugly' });
      expect(badReason.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'reason' });
      const seven = await api.file(c.headers, {
        accountId: account.id,
        reason: 'false_information',
        screenshotIds: [1, 2, 3, 4, 5, 6, 7],
      });
      expect(seven.statusCode).toBe(400);
      expect(seven.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'screenshotIds' });
      const other = await api.file(c.headers, { accountId: account.id, reason: 'other', description: ' ' });
      expect(other.json().error).toMatchObject({
        code: 'FAKE_REPORT_DESCRIPTION_REQUIRED',
        field: 'description',
      });
      // Nothing was filed by any of these.
      expect((await api.mine(c.headers)).json().reports).toEqual([]);
    });

    it('accepts images only, told by their bytes, and only the uploader may attach them, once', async () => {
      const c = await citizen();
      const other = await citizen();
      const exeAsPng = await api.upload(c.headers, exe(), 'image/png');
      expect(exeAsPng.statusCode).toBe(415);
      expect(exeAsPng.json().error.code).toBe('FAKE_REPORT_SCREENSHOT_NOT_IMAGE');
      const text = await api.upload(c.headers, Buffer.from('<svg onload="alert(1)"></svg>'), 'image/svg+xml');
      expect(text.json().error.code).toBe('FAKE_REPORT_SCREENSHOT_NOT_IMAGE');

      const mine = (await api.upload(c.headers)).json().id as number;
      const account = await buildAccount(ctx.db);
      const stolen = await api.file(other.headers, {
        accountId: account.id,
        reason: 'uses_government_name',
        screenshotIds: [mine],
      });
      expect(stolen.statusCode).toBe(400);
      expect(stolen.json().error).toMatchObject({
        code: 'FAKE_REPORT_SCREENSHOT_INVALID',
        field: 'screenshotIds',
      });
      await report(c, account.id, { screenshotIds: [mine] });
      const again = await api.file(c.headers, {
        accountId: (await buildAccount(ctx.db)).id,
        reason: 'uses_government_name',
        screenshotIds: [mine],
      });
      expect(again.json().error.code).toBe('FAKE_REPORT_SCREENSHOT_INVALID');
    });

    it('needs a signed-in citizen', async () => {
      const account = await buildAccount(ctx.db);
      const res = await app.inject({
        method: 'POST',
        url: '/api/fake-reports',
        payload: { accountId: account.id, reason: 'other', description: '假冒的公众号' },
      });
      expect(res.statusCode).toBe(401);
      expect((await app.inject({ method: 'GET', url: '/api/me/fake-reports' })).statusCode).toBe(401);
    });
  });

  describe('flooding', () => {
    it('one open report per citizen per account: a second is refused with the open one named', async () => {
      const account = await buildAccount(ctx.db);
      const c = await citizen();
      const first = await report(c, account.id);
      const second = await api.file(c.headers, { accountId: account.id, reason: 'false_information' });
      expect(second.statusCode).toBe(409);
      expect(second.json().error).toMatchObject({
        code: 'FAKE_REPORT_ALREADY_OPEN',
        details: { reportId: first.id },
      });
      // Another account, or another citizen, is fine.
      await report(c, (await buildAccount(ctx.db)).id);
      await report(await citizen(), account.id);
    });

    it('a citizen may file at most 5 reports an hour', async () => {
      const c = await citizen();
      for (let i = 0; i < 5; i++) await report(c, (await buildAccount(ctx.db)).id);
      const sixth = await api.file(c.headers, {
        accountId: (await buildAccount(ctx.db)).id,
        reason: 'impersonates_department',
      });
      expect(sixth.statusCode).toBe(429);
      expect(sixth.json().error.code).toBe('RATE_LIMITED');
      expect(sixth.headers['retry-after']).toBeDefined();
    });
  });

  describe('the grouped queue', () => {
    it('groups by account, most reported first, open before decided, with the reasons', async () => {
      const boss = await admin();
      // Only this test's accounts matter; earlier tests left groups too, so compare positions.
      const many = await buildAccount(ctx.db, { name: '河南省敎育厅' });
      const few = await buildAccount(ctx.db, { name: '河南教育厅发布' });
      const decided = await buildAccount(ctx.db);
      await report(await citizen(), many.id, { reason: 'impersonates_department' });
      await report(await citizen(), many.id, { reason: 'impersonates_department' });
      await report(await citizen(), many.id, { reason: 'asks_money_or_data' });
      await report(await citizen(), few.id, { reason: 'uses_government_name' });
      await report(await citizen(), decided.id);
      expect((await api.decide(boss.headers, decided.id, 'dismiss', '未发现仿冒')).statusCode).toBe(200);

      const open = (await api.groups(boss.headers, '?pageSize=100')).json();
      const ids = open.groups.map((g: { account: { id: number } }) => g.account.id);
      expect(ids.indexOf(many.id)).toBeLessThan(ids.indexOf(few.id));
      expect(ids).not.toContain(decided.id);
      const g = open.groups.find((x: { account: { id: number } }) => x.account.id === many.id);
      expect(g).toMatchObject({
        account: { name: '河南省敎育厅', verified: false, status: 'active' },
        total: 3,
        open: 3,
        reasons: { impersonates_department: 2, asks_money_or_data: 1, uses_government_name: 0 },
      });
      expect(open.openAccounts).toBeGreaterThanOrEqual(2);

      const all = (await api.groups(boss.headers, '?state=all&pageSize=100')).json();
      const allIds = all.groups.map((x: { account: { id: number } }) => x.account.id);
      expect(allIds.indexOf(few.id)).toBeLessThan(allIds.indexOf(decided.id));
      const done = (await api.groups(boss.headers, '?state=decided&pageSize=100')).json();
      expect(done.groups.map((x: { account: { id: number } }) => x.account.id)).toContain(decided.id);
      expect(done.groups.every((x: { open: number }) => x.open === 0)).toBe(true);

      const detail = (await api.account(boss.headers, many.id)).json();
      expect(detail.reports).toHaveLength(3);
      expect(detail.reports[0].reporter.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    });
  });

  describe('decisions', () => {
    it('suspending hides the account, upholds the group and tells every reporter and the staff', async () => {
      const boss = await admin();
      const account = await buildAccount(ctx.db, { name: '信阳市公安局服务号' });
      const owner = await buildStaff(ctx.db, { roles: [[account.id, 'admin']] });
      const reporters = [await citizen(), await citizen()];
      for (const r of reporters) await report(r, account.id);
      expect((await app.inject({ method: 'GET', url: `/api/accounts/${account.id}` })).statusCode).toBe(200);

      const res = await api.decide(boss.headers, account.id, 'suspend', '经核实为仿冒账号，已停用');
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ action: 'suspend', reportsClosed: 2, accountStatus: 'suspended' });
      expect((await app.inject({ method: 'GET', url: `/api/accounts/${account.id}` })).statusCode).toBe(404);
      const directory = await app.inject({
        method: 'GET',
        url: `/api/directory?q=${encodeURIComponent('信阳市公安局服务号')}`,
      });
      expect(JSON.stringify(directory.json())).not.toContain(`"id":${account.id},`);

      for (const r of reporters) {
        const mine = (await api.mine(r.headers)).json();
        expect(mine.unseen).toBe(1);
        expect(mine.reports[0]).toMatchObject({
          status: 'upheld',
          outcomeNote: '经核实为仿冒账号，已停用',
          unseen: true,
        });
        expect((await api.seen(r.headers)).statusCode).toBe(204);
        expect((await api.mine(r.headers)).json()).toMatchObject({ unseen: 0, reports: [{ unseen: false }] });
      }
      const note = await ctx.db.k
        .selectFrom('staff_notifications')
        .select('kind')
        .where('user_id', '=', owner.id)
        .execute();
      expect(note).toEqual([{ kind: 'account.suspended' }]);
      const job = await ctx.db.k
        .selectFrom('jobs')
        .select('payload')
        .where('name', '=', 'fakereport.outcome')
        .execute();
      expect(job.map((j) => JSON.parse(j.payload))).toContainEqual({
        reportIds: expect.arrayContaining([expect.any(Number), expect.any(Number)]),
      });
      // A suspended account cannot be suspended twice, nor reported.
      expect((await api.decide(boss.headers, account.id, 'suspend')).json().error.code).toBe(
        'FAKE_REPORT_ACCOUNT_STATE',
      );
      const late = await api.file((await citizen()).headers, {
        accountId: account.id,
        reason: 'other',
        description: '它还在冒充公安局骗人',
      });
      expect(late.json().error.code).toBe('ACCOUNT_NOT_FOUND');

      // Reinstating makes it visible again and tells its staff; reports keep their outcome.
      const back = await api.decide(boss.headers, account.id, 'reinstate', '账号主体已证明为真实机构');
      expect(back.json()).toEqual({ action: 'reinstate', reportsClosed: 0, accountStatus: 'active' });
      expect((await app.inject({ method: 'GET', url: `/api/accounts/${account.id}` })).statusCode).toBe(200);
      expect((await api.mine(reporters[0]!.headers)).json().reports[0].status).toBe('upheld');
      const kinds = await ctx.db.k
        .selectFrom('staff_notifications')
        .select('kind')
        .where('user_id', '=', owner.id)
        .orderBy('id')
        .execute();
      expect(kinds.map((k) => k.kind)).toEqual(['account.suspended', 'account.reinstated']);
      expect((await api.decide(boss.headers, account.id, 'reinstate')).json().error.code).toBe(
        'FAKE_REPORT_ACCOUNT_STATE',
      );
      const audit = await ctx.db.k
        .selectFrom('audit_log')
        .select(['action', 'account_id'])
        .where('target', '=', `account:${account.id}`)
        .orderBy('id')
        .execute();
      expect(audit).toEqual([
        { action: 'fakereport.suspend', account_id: account.id },
        { action: 'fakereport.reinstate', account_id: account.id },
      ]);
      expect(await verifyAuditChain(ctx.db.k)).toBeNull();
    });

    it('dismissing closes the open reports only, leaves the account alone, and allows a new report later', async () => {
      const boss = await admin();
      const account = await buildAccount(ctx.db);
      const owner = await buildStaff(ctx.db, { roles: [[account.id, 'admin']] });
      const c = await citizen();
      await report(c, account.id);
      const res = await api.decide(boss.headers, account.id, 'dismiss', '该账号为本单位官方账号');
      expect(res.json()).toEqual({ action: 'dismiss', reportsClosed: 1, accountStatus: 'active' });
      expect((await app.inject({ method: 'GET', url: `/api/accounts/${account.id}` })).statusCode).toBe(200);
      expect((await api.mine(c.headers)).json().reports[0]).toMatchObject({
        status: 'dismissed',
        outcomeNote: '该账号为本单位官方账号',
        unseen: true,
      });
      expect((await api.decide(boss.headers, account.id, 'dismiss')).json().error.code).toBe(
        'FAKE_REPORT_NOTHING_OPEN',
      );
      // The account's staff are not told it was reported, and its audit log does not show it.
      expect(
        await ctx.db.k
          .selectFrom('staff_notifications')
          .select('id')
          .where('user_id', '=', owner.id)
          .execute(),
      ).toEqual([]);
      expect(
        await ctx.db.k.selectFrom('audit_log').select('id').where('account_id', '=', account.id).execute(),
      ).toEqual([]);
      await report(c, account.id, { reason: 'false_information' });
    });

    it('a decision needs a reason', async () => {
      const boss = await admin();
      const account = await buildAccount(ctx.db);
      await report(await citizen(), account.id);
      const res = await api.decide(boss.headers, account.id, 'suspend', '');
      expect(res.statusCode).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'reason' });
      const blank = await api.decide(boss.headers, account.id, 'suspend', '   ');
      expect(blank.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'reason' });
    });
  });

  describe('access', () => {
    it('a citizen sees only their own reports', async () => {
      const a = await citizen();
      const b = await citizen();
      const account = await buildAccount(ctx.db);
      await report(a, account.id);
      expect((await api.mine(a.headers)).json().reports).toHaveLength(1);
      expect((await api.mine(b.headers)).json()).toEqual({ reports: [], unseen: 0 });
    });

    it('only platform admins reach the queue, the reports, decisions and screenshots', async () => {
      const account = await buildAccount(ctx.db);
      const c = await citizen();
      const shot = (await api.upload(c.headers)).json().id as number;
      await report(c, account.id, { screenshotIds: [shot] });
      // The account's own admin, and a supervisor, are staff without platform rights.
      const own = await buildStaff(ctx.db, { roles: [[account.id, 'admin']] });
      const sup = await buildStaff(ctx.db, { supervisorRegion: '410000' });
      for (const user of [own, sup]) {
        const headers = { ...(await sessionHeaders(deps.sessions, 'staff', user.id)) };
        for (const res of [
          await api.groups(headers),
          await api.account(headers, account.id),
          await api.decide(headers, account.id, 'suspend'),
          await app.inject({ method: 'GET', url: `/api/console/fake-reports/screenshots/${shot}`, headers }),
        ]) {
          expect(res.statusCode).toBe(403);
          expect(res.json().error.code).toBe('FORBIDDEN');
        }
      }
      // Citizens are not staff at all.
      expect((await api.groups(c.headers)).statusCode).toBe(401);
      expect(
        (
          await app.inject({
            method: 'GET',
            url: `/api/console/fake-reports/screenshots/${shot}`,
            headers: c.headers,
          })
        ).statusCode,
      ).toBe(401);
      expect(
        (await app.inject({ method: 'GET', url: `/api/console/fake-reports/screenshots/${shot}` }))
          .statusCode,
      ).toBe(401);
    });

    it('screenshots are served to platform admins only, never through the public media route', async () => {
      const boss = await admin();
      const account = await buildAccount(ctx.db);
      const c = await citizen();
      const shot = (await api.upload(c.headers)).json().id as number;
      const loose = (await api.upload(c.headers)).json().id as number;
      await report(c, account.id, { screenshotIds: [shot] });
      const detail = (await api.account(boss.headers, account.id)).json();
      const s = detail.reports[0].screenshots[0];
      expect(s).toMatchObject({ id: shot, width: 40, height: 60 });
      const full = await app.inject({ method: 'GET', url: s.url, headers: boss.headers });
      expect(full.statusCode).toBe(200);
      expect(full.headers['content-type']).toBe('image/png');
      expect(full.headers['cache-control']).toBe('private, no-store');
      expect(full.rawPayload.subarray(1, 4).toString()).toBe('PNG');
      const thumb = await app.inject({ method: 'GET', url: s.thumbUrl, headers: boss.headers });
      expect(thumb.headers['content-type']).toBe('image/webp');

      const row = await ctx.db.k
        .selectFrom('fake_report_screenshots')
        .select(['storage_key', 'thumb_key'])
        .where('id', '=', shot)
        .executeTakeFirstOrThrow();
      expect(row.storage_key).toMatch(/^evidence\//);
      for (const key of [row.storage_key, row.thumb_key, row.storage_key.slice('evidence/'.length)]) {
        expect((await app.inject({ method: 'GET', url: `/media/${key}` })).statusCode).toBe(404);
      }
      // An upload never attached to a report is nobody's evidence.
      const unattached = await app.inject({
        method: 'GET',
        url: `/api/console/fake-reports/screenshots/${loose}`,
        headers: boss.headers,
      });
      expect(unattached.statusCode).toBe(404);
      // The citizen's own list names no screenshot URL.
      expect(JSON.stringify((await api.mine(c.headers)).json())).not.toContain('screenshots/');
    });
  });
});
