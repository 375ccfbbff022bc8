import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { verifyAuditChain } from '../../infra/audit.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildAccount, buildCitizen } from '../../test/factories.js';
import { solidPng } from '../publishing/png.js';
import { multipartBody } from '../publishing/testing.js';
import { fileCase } from '../cases/file.js';
import { henanRegions, routingRule, taxonomy } from '../cases/testing.js';
import { caseworkApi, insertTestCase, signedInStaff } from './testing.js';

describeEachDatabase('casework (departments)', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  let api: ReturnType<typeof caseworkApi>;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
    api = caseworkApi(app);
  });
  afterAll(async () => {
    await deps?.outbox.stop();
    await app?.close();
  });

  const staff = (
    roles: Array<[number, 'admin' | 'editor' | 'reviewer' | 'leader' | 'responder' | 'analyst']>,
  ) => signedInStaff(ctx.db, deps, { roles });
  const notificationsOf = (userId: number) =>
    ctx.db.k
      .selectFrom('staff_notifications')
      .select(['kind', 'link'])
      .where('user_id', '=', userId)
      .execute();

  async function department(region = '411500') {
    const account = await buildAccount(ctx.db, { region_code: region });
    return {
      account,
      responder: await staff([[account.id, 'responder']]),
      editor: await staff([[account.id, 'editor']]),
      leader: await staff([[account.id, 'leader']]),
    };
  }

  describe('access', () => {
    it("a department never sees another's cases; unknown cases are CASE_NOT_FOUND; reading roles cannot act", async () => {
      const a = await department();
      const b = await department();
      const c = await insertTestCase(ctx.db, { accountId: a.account.id });

      const mine = await api.get(a.responder.headers, a.account.id, c.id);
      expect(mine.statusCode, mine.body).toBe(200);
      expect(mine.json()).toMatchObject({
        id: c.id,
        trackingNo: c.trackingNo,
        role: 'handling',
        status: 'received',
      });
      expect(mine.json().actions).toMatchObject({ accept: true, answer: true, transfer: true, close: false });

      // B's staff, through B: the case does not exist for them.
      for (const res of [
        await api.get(b.responder.headers, b.account.id, c.id),
        await api.accept(b.responder.headers, b.account.id, c.id),
        await api.get(b.responder.headers, b.account.id, 999_999),
      ]) {
        expect(res.statusCode).toBe(404);
        expect(res.json().error.code).toBe('CASE_NOT_FOUND');
      }
      // B's staff through A's URL: not their account.
      expect((await api.get(b.responder.headers, a.account.id, c.id)).statusCode).toBe(403);
      const listB = (await api.list(b.responder.headers, b.account.id)).json();
      expect(listB.items.map((i: { id: number }) => i.id)).not.toContain(c.id);

      // An editor reads but does not act.
      const seen = await api.get(a.editor.headers, a.account.id, c.id);
      expect(seen.statusCode).toBe(200);
      expect(Object.values(seen.json().actions).some(Boolean)).toBe(false);
      const denied = await api.accept(a.editor.headers, a.account.id, c.id);
      expect(denied.statusCode).toBe(403);
      expect(denied.json().error.code).toBe('FORBIDDEN');
      // A leader acts.
      expect((await api.accept(a.leader.headers, a.account.id, c.id)).statusCode).toBe(200);
    });

    it('a supervisor reads the cases handled in their region, read-only; one elsewhere does not; platform admins read all', async () => {
      const a = await department('411500');
      const c = await insertTestCase(ctx.db, { accountId: a.account.id });
      const sup = await signedInStaff(ctx.db, deps, { supervisorRegion: '411500' });
      const far = await signedInStaff(ctx.db, deps, { supervisorRegion: '410100' });
      const platform = await signedInStaff(ctx.db, deps, { isPlatformAdmin: true });

      const read = await api.get(sup.headers, a.account.id, c.id);
      expect(read.statusCode).toBe(200);
      expect(read.json().actions.answer).toBe(false);
      expect((await api.answer(sup.headers, a.account.id, c.id)).statusCode).toBe(403);
      const list = (await api.list(sup.headers, a.account.id)).json();
      expect(list.items.map((i: { id: number }) => i.id)).toContain(c.id);

      expect((await api.get(far.headers, a.account.id, c.id)).statusCode).toBe(403);
      expect((await api.get(platform.headers, a.account.id, c.id)).statusCode).toBe(200);
    });

    it('lists boxes with status filter, counts and a cursor', async () => {
      const a = await department();
      const ids = [];
      for (let i = 0; i < 3; i++) ids.push((await insertTestCase(ctx.db, { accountId: a.account.id })).id);
      await api.accept(a.responder.headers, a.account.id, ids[0]!);

      const page1 = (await api.list(a.responder.headers, a.account.id, '?limit=2')).json();
      expect(page1.items.map((i: { id: number }) => i.id)).toEqual([ids[2], ids[1]]);
      expect(page1.counts).toMatchObject({
        handling: 3,
        assisting: 0,
        transferred: 0,
        statuses: { received: 2, accepted: 1 },
      });
      const page2 = (
        await api.list(a.responder.headers, a.account.id, `?limit=2&cursor=${page1.nextCursor}`)
      ).json();
      expect(page2.items.map((i: { id: number }) => i.id)).toEqual([ids[0]]);
      expect(page2.nextCursor).toBeNull();
      const accepted = (await api.list(a.responder.headers, a.account.id, '?status=accepted')).json();
      expect(accepted.items.map((i: { id: number }) => i.id)).toEqual([ids[0]]);
    });
  });

  describe('identity', () => {
    it("shows the reporter unless anonymous; a report's reported unit never sees the reporter; platform admins always do", async () => {
      const a = await department();
      const reported = await department();
      const platform = await signedInStaff(ctx.db, deps, { isPlatformAdmin: true });
      const citizen = await buildCitizen(ctx.db);

      const named = await insertTestCase(ctx.db, { accountId: a.account.id, citizenId: citizen.id });
      expect((await api.get(a.responder.headers, a.account.id, named.id)).json()).toMatchObject({
        reporterHidden: false,
        reporter: { phone: citizen.phone },
      });

      const anon = await insertTestCase(ctx.db, {
        accountId: a.account.id,
        citizenId: citizen.id,
        anonymous: true,
      });
      const anonView = (await api.get(a.responder.headers, a.account.id, anon.id)).json();
      expect(anonView).toMatchObject({ anonymous: true, reporterHidden: true, reporter: null });
      expect(JSON.stringify(anonView)).not.toContain(citizen.phone);
      expect((await api.get(platform.headers, a.account.id, anon.id)).json().reporter.phone).toBe(
        citizen.phone,
      );

      // A report filed (wrongly) at the unit it reports on: the unit sees it, never who filed it.
      const report = await insertTestCase(ctx.db, {
        accountId: reported.account.id,
        citizenId: citizen.id,
        kind: 'report',
        reportedAccountId: reported.account.id,
      });
      const reportView = (await api.get(reported.responder.headers, reported.account.id, report.id)).json();
      expect(reportView).toMatchObject({ reporterHidden: true, reporter: null });
      expect(JSON.stringify(reportView)).not.toContain(citizen.phone);
      // …and cannot hand it to itself or be asked for help on it.
      const elsewhere = await insertTestCase(ctx.db, {
        accountId: a.account.id,
        citizenId: citizen.id,
        kind: 'report',
        reportedAccountId: reported.account.id,
      });
      for (const res of [
        await api.transfer(a.responder.headers, a.account.id, elsewhere.id, reported.account.id),
        await api.assist(a.responder.headers, a.account.id, elsewhere.id, reported.account.id),
      ]) {
        expect(res.statusCode).toBe(409);
        expect(res.json().error.code).toBe('CASE_TARGET_IS_REPORTED_UNIT');
      }
      // The unit a report is about sees the reporter of a case where it is not the reported unit.
      expect((await api.get(a.responder.headers, a.account.id, elsewhere.id)).json().reporter.phone).toBe(
        citizen.phone,
      );
    });
  });

  describe('handling', () => {
    it('accept → progress → answer → close, with preconditions, events and audit', async () => {
      const a = await department();
      const c = await insertTestCase(ctx.db, { accountId: a.account.id, at: deps.clock.now() - 3_600_000 });
      const h = a.responder.headers;

      expect((await api.progress(h, a.account.id, c.id)).json().error.code).toBe('CASE_STATUS_CONFLICT');
      expect((await api.close(h, a.account.id, c.id)).json().error.code).toBe('CASE_STATUS_CONFLICT');
      expect((await api.accept(h, a.account.id, c.id)).json().status).toBe('accepted');
      const again = await api.accept(h, a.account.id, c.id);
      expect(again.statusCode).toBe(409);
      expect(again.json().error.code).toBe('CASE_STATUS_CONFLICT');
      expect((await api.progress(h, a.account.id, c.id)).json().status).toBe('in_progress');
      expect((await api.note(h, a.account.id, c.id)).statusCode).toBe(200);

      const answered = await api.answer(h, a.account.id, c.id);
      expect(answered.statusCode, answered.body).toBe(200);
      const body = answered.json();
      expect(body).toMatchObject({
        status: 'answered',
        answer: '信号灯已修复，感谢您的反映。',
        answeredOnTime: true,
        clockNextAt: null,
        clockStage: null,
      });
      expect(body.firstAnsweredAt).toBe(body.answeredAt);
      expect(body.events.map((e: { kind: string; public: boolean }) => [e.kind, e.public])).toEqual([
        ['received', true],
        ['accepted', true],
        ['in_progress', true],
        ['note', false],
        ['answered', true],
      ]);
      expect((await api.answer(h, a.account.id, c.id)).json().error.code).toBe('CASE_STATUS_CONFLICT');
      const closed = (await api.close(h, a.account.id, c.id)).json();
      expect(closed).toMatchObject({
        status: 'closed',
        actions: { note: true, answer: false, transfer: false },
      });

      const audit = await ctx.db.k
        .selectFrom('audit_log')
        .select('action')
        .where('target', '=', `case:${c.id}`)
        .orderBy('id')
        .execute();
      expect(audit.map((r) => r.action)).toEqual([
        'case.accept',
        'case.progress',
        'case.note',
        'case.answer',
        'case.close',
      ]);
      expect(await verifyAuditChain(ctx.db.k)).toBeNull();
    });

    it('an answer after the deadline is not on time; the statement stops the statement clock only', async () => {
      const a = await department();
      const now = deps.clock.now();
      const late = await insertTestCase(ctx.db, { accountId: a.account.id, at: now - 50 * 3_600_000 });
      expect((await api.answer(a.responder.headers, a.account.id, late.id)).json().answeredOnTime).toBe(
        false,
      );

      const major = await insertTestCase(ctx.db, {
        accountId: a.account.id,
        at: now,
        dueHours: 24,
        statementHours: 4,
      });
      const before = (await api.get(a.responder.headers, a.account.id, major.id)).json();
      expect(before.clockStage).toBe('statement_warning');
      const stated = (await api.statement(a.responder.headers, a.account.id, major.id)).json();
      expect(stated.statementAt).not.toBeNull();
      expect(stated.clockStage).toBe('warning');
      expect(stated.clockNextAt).toBe(stated.warnAt);
      const twice = await api.statement(a.responder.headers, a.account.id, major.id);
      expect(twice.json().error.code).toBe('CASE_STATEMENT_ALREADY_MADE');
    });

    it('answering before the statement keeps the statement clock running', async () => {
      const a = await department();
      const c = await insertTestCase(ctx.db, { accountId: a.account.id, dueHours: 24, statementHours: 4 });
      const answered = (await api.answer(a.responder.headers, a.account.id, c.id)).json();
      expect(answered.clockStage).toBe('statement_warning');
      expect(answered.clockNextAt).toBe(answered.statementWarnAt);
    });

    it('answers with staff files; another user cannot attach them; files are served only through the case', async () => {
      const a = await department();
      const b = await department();
      const c = await insertTestCase(ctx.db, { accountId: a.account.id });
      const png = multipartBody('file', '现场照片.png', solidPng(30, 20, [200, 10, 10]), 'image/png');
      const up = await api.upload(a.responder.headers, a.account.id, png.payload, png.contentType);
      expect(up.statusCode, up.body).toBe(201);
      const pdf = multipartBody(
        'file',
        '回复函.pdf',
        Buffer.from('%PDF-1.4\n%\n1 0 obj\n<<>>\nendobj\n'),
        'application/pdf',
      );
      const upPdf = await api.upload(a.responder.headers, a.account.id, pdf.payload, pdf.contentType);
      expect(upPdf.statusCode, upPdf.body).toBe(201);
      const exe = multipartBody('file', 'x.exe', Buffer.from('MZ\x90\x00 not a picture'), 'image/png');
      expect(
        (await api.upload(a.responder.headers, a.account.id, exe.payload, exe.contentType)).statusCode,
      ).toBe(415);
      // An editor may not upload for answers.
      expect(
        (await api.upload(a.editor.headers, a.account.id, png.payload, png.contentType)).statusCode,
      ).toBe(403);

      const stolen = await api.answer(a.leader.headers, a.account.id, c.id, '答复', [up.json().id]);
      expect(stolen.json().error.code).toBe('CASE_ATTACHMENT_INVALID');
      const answered = await api.answer(a.responder.headers, a.account.id, c.id, '已处理，见附件。', [
        up.json().id,
        upPdf.json().id,
      ]);
      expect(answered.statusCode, answered.body).toBe(200);
      const files = answered.json().attachments;
      expect(files).toHaveLength(2);
      expect(files[0]).toMatchObject({ name: '现场照片.png', byStaff: true, mime: 'image/png' });
      expect(files[1]).toMatchObject({ name: '回复函.pdf', mime: 'application/pdf', thumbUrl: null });

      const file = await app.inject({ method: 'GET', url: files[0].url, headers: a.responder.headers });
      expect(file.statusCode).toBe(200);
      expect(file.headers['cache-control']).toBe('private, no-store');
      const thumb = await app.inject({ method: 'GET', url: files[0].thumbUrl, headers: a.editor.headers });
      expect(thumb.statusCode).toBe(200);
      expect(thumb.headers['content-type']).toBe('image/webp');
      expect((await api.attachment(b.responder.headers, b.account.id, c.id, files[0].id)).statusCode).toBe(
        404,
      );
      const row = await ctx.db.k
        .selectFrom('case_attachments')
        .select('storage_key')
        .where('id', '=', files[0].id)
        .executeTakeFirstOrThrow();
      expect((await app.inject({ method: 'GET', url: `/media/${row.storage_key}` })).statusCode).toBe(404);
    });
  });

  describe('filed through fileCase', () => {
    it("a case routed at filing is in the target's handling box and the door's transferred box; the door reads it up to the routing", async () => {
      await henanRegions(ctx.db);
      const cats = await taxonomy(ctx.db);
      const door = await department('410000');
      const traffic = await department('411500');
      const categoryId = cats.get('traffic-violation')!;
      await routingRule(ctx.db, categoryId, '4115', traffic.account.id);
      const citizen = await buildCitizen(ctx.db);
      const filed = await fileCase(ctx.db, {
        accountId: door.account.id,
        kind: 'complaint',
        categoryId,
        title: '学校门口早高峰违停严重',
        description: '每天早上七点到八点，学校门口大量车辆违停。',
        citizenId: citizen.id,
        regionCode: '411502',
        contactPreference: 'phone',
        now: deps.clock.now(),
      });
      const handled = (await api.list(traffic.responder.headers, traffic.account.id)).json();
      expect(handled.items.map((i: { id: number }) => i.id)).toContain(filed.id);
      const view = (await api.get(traffic.responder.headers, traffic.account.id, filed.id)).json();
      expect(view).toMatchObject({
        role: 'handling',
        status: 'received',
        reporter: { phone: citizen.phone },
      });
      expect(view.events.map((e: { kind: string }) => e.kind)).toEqual(['received', 'routed']);
      const atDoor = (await api.list(door.responder.headers, door.account.id, '?box=transferred')).json();
      expect(atDoor.items.map((i: { id: number }) => i.id)).toContain(filed.id);
      expect((await api.answer(door.responder.headers, door.account.id, filed.id)).statusCode).toBe(403);

      expect((await api.accept(traffic.responder.headers, traffic.account.id, filed.id)).statusCode).toBe(
        200,
      );
      const answered = await api.answer(traffic.responder.headers, traffic.account.id, filed.id);
      expect(answered.json()).toMatchObject({ status: 'answered', answeredOnTime: true });
      // The door still sees only what happened up to the routing.
      const doorView = (await api.get(door.responder.headers, door.account.id, filed.id)).json();
      expect(doorView.events.map((e: { kind: string }) => e.kind)).toEqual(['received', 'routed']);
      expect(doorView.answer).toBe('信号灯已修复，感谢您的反映。');
    });
  });

  describe('transfer', () => {
    it('moves the case with its clock, history and files; the old department keeps a read-only view to the transfer', async () => {
      const a = await department();
      const b = await department('410100');
      const c = await insertTestCase(ctx.db, { accountId: a.account.id });
      await api.accept(a.responder.headers, a.account.id, c.id);
      await api.note(a.responder.headers, a.account.id, c.id, '先查后转');
      const before = (await api.get(a.responder.headers, a.account.id, c.id)).json();

      expect(
        (await api.transfer(a.responder.headers, a.account.id, c.id, a.account.id)).json().error.code,
      ).toBe('CASE_TARGET_INVALID');
      const suspended = await buildAccount(ctx.db, { status: 'suspended' });
      expect(
        (await api.transfer(a.responder.headers, a.account.id, c.id, suspended.id)).json().error.code,
      ).toBe('CASE_TARGET_INVALID');
      expect((await api.transfer(a.editor.headers, a.account.id, c.id, b.account.id)).statusCode).toBe(403);

      const moved = await api.transfer(a.responder.headers, a.account.id, c.id, b.account.id);
      expect(moved.statusCode, moved.body).toBe(200);
      expect(moved.json()).toMatchObject({ role: 'transferred_away', status: 'received' });
      expect(Object.values(moved.json().actions).some(Boolean)).toBe(false);

      const there = (await api.get(b.responder.headers, b.account.id, c.id)).json();
      expect(there).toMatchObject({
        role: 'handling',
        status: 'received',
        account: { id: b.account.id },
        dueAt: before.dueAt,
        warnAt: before.warnAt,
        clockStage: before.clockStage,
        clockNextAt: before.clockNextAt,
      });
      const transfer = there.events.find((e: { kind: string }) => e.kind === 'transferred');
      expect(transfer).toMatchObject({
        public: true,
        account: { id: a.account.id },
        toAccount: { id: b.account.id },
        data: { reason: '属交警部门职责' },
        body: null,
      });
      expect(there.events.map((e: { kind: string }) => e.kind)).toEqual([
        'received',
        'accepted',
        'note',
        'transferred',
      ]);
      // The new department is told; it must accept.
      expect(await notificationsOf(b.responder.id)).toEqual([
        { kind: 'case.transferred', link: `/console/accounts/${b.account.id}/cases/${c.id}` },
      ]);
      expect((await api.accept(b.responder.headers, b.account.id, c.id)).json().status).toBe('accepted');
      await api.note(b.responder.headers, b.account.id, c.id, '交警内部备注');

      // A: read-only, history up to the transfer; in its 'transferred' box.
      const old = (await api.get(a.responder.headers, a.account.id, c.id)).json();
      expect(old.events.map((e: { kind: string }) => e.kind)).toEqual([
        'received',
        'accepted',
        'note',
        'transferred',
      ]);
      expect((await api.answer(a.responder.headers, a.account.id, c.id)).statusCode).toBe(403);
      const boxA = (await api.list(a.responder.headers, a.account.id, '?box=transferred')).json();
      expect(boxA.items.map((i: { id: number }) => i.id)).toEqual([c.id]);
      expect((await api.list(a.responder.headers, a.account.id)).json().items).toEqual([]);
    });
  });

  describe('joint handling', () => {
    it('both departments see the exchange; the assisting one reads but does not handle; either closes it', async () => {
      const a = await department();
      const helper = await department('410100');
      const outsider = await department();
      const c = await insertTestCase(ctx.db, { accountId: a.account.id });
      await api.note(a.responder.headers, a.account.id, c.id, '内部：不给协办单位看');
      const asked = await api.assist(a.responder.headers, a.account.id, c.id, helper.account.id);
      expect(asked.statusCode, asked.body).toBe(200);
      const assistId = asked.json().assists[0].id as number;
      expect(
        (await api.assist(a.responder.headers, a.account.id, c.id, helper.account.id)).json().error.code,
      ).toBe('CASE_ASSIST_ALREADY_OPEN');
      expect(await notificationsOf(helper.responder.id)).toHaveLength(1);

      const seen = await api.get(helper.responder.headers, helper.account.id, c.id);
      expect(seen.statusCode).toBe(200);
      expect(seen.json()).toMatchObject({ role: 'assisting', actions: { answer: false, transfer: false } });
      expect(seen.json().events.map((e: { kind: string }) => e.kind)).toEqual([
        'received',
        'assist_requested',
      ]);
      const box = (await api.list(helper.responder.headers, helper.account.id, '?box=assisting')).json();
      expect(box.items.map((i: { id: number }) => i.id)).toEqual([c.id]);

      const reply = await api.assistMessage(
        helper.responder.headers,
        helper.account.id,
        c.id,
        assistId,
        '监控已调取，见附件说明',
      );
      expect(reply.statusCode, reply.body).toBe(200);
      await api.assistMessage(a.responder.headers, a.account.id, c.id, assistId, '收到，谢谢');
      expect((await api.answer(helper.responder.headers, helper.account.id, c.id)).statusCode).toBe(403);
      expect(
        (await api.assistMessage(outsider.responder.headers, outsider.account.id, c.id, assistId, '我也来'))
          .statusCode,
      ).toBe(404);

      const exchange = (view: { assists: Array<{ messages: Array<{ kind: string; body: string }> }> }) =>
        view.assists[0]!.messages.map((m) => [m.kind, m.body]);
      const expected = [
        ['request', '请协助提供路口监控'],
        ['message', '监控已调取，见附件说明'],
        ['message', '收到，谢谢'],
      ];
      expect(exchange((await api.get(a.responder.headers, a.account.id, c.id)).json())).toEqual(expected);
      expect(exchange((await api.get(helper.responder.headers, helper.account.id, c.id)).json())).toEqual(
        expected,
      );
      // The handling department was told of the reply.
      expect((await notificationsOf(a.responder.id)).map((n) => n.kind)).toContain('case.assist');

      const closed = await api.closeAssist(helper.responder.headers, helper.account.id, c.id, assistId);
      expect(closed.json().assists[0]).toMatchObject({ status: 'closed', canPost: false });
      expect(
        (await api.assistMessage(a.responder.headers, a.account.id, c.id, assistId, '再问一句')).json().error
          .code,
      ).toBe('CASE_ASSIST_CLOSED');
      // The helper still reads the case afterwards.
      expect((await api.get(helper.responder.headers, helper.account.id, c.id)).statusCode).toBe(200);
    });

    it('case targets: active accounts by name, for staff who act on cases', async () => {
      const a = await department();
      const target = await buildAccount(ctx.db, { name: '信阳市公安局交通警察支队' });
      await buildAccount(ctx.db, { name: '信阳市公安局停用号', status: 'suspended' });
      const found = (await api.targets(a.responder.headers, '信阳市公安局')).json().items;
      expect(found.map((i: { id: number }) => i.id)).toContain(target.id);
      expect(found.map((i: { name: string }) => i.name)).not.toContain('信阳市公安局停用号');
      expect((await api.targets(a.editor.headers, '信阳')).statusCode).toBe(403);
    });
  });
});
