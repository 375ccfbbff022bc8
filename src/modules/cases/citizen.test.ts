import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { verifyAuditChain } from '../../infra/audit.js';
import { ManualClock } from '../../infra/clock.js';
import { buildAccount } from '../../test/factories.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildTestApp } from '../../test/app.js';
import { signedInCitizen, screenshotPng } from '../fakereports/testing.js';
import { exe, pdf } from '../publishing/mediaFixtures.js';
import { multipartBody } from '../publishing/testing.js';
import { answerDirectly, henanRegions, routingRule, taxonomy } from './testing.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describeEachDatabase('cases: the citizen side', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  const clock = new ManualClock(Date.parse('2026-12-07T02:00:00Z'));
  let cats: Map<string, number>;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db, { clock }));
    cats = await taxonomy(ctx.db);
    await henanRegions(ctx.db);
  });
  afterAll(async () => {
    await deps?.outbox.stop();
    await app?.close();
  });

  type Who = Awaited<ReturnType<typeof signedInCitizen>>;
  const citizen = () => signedInCitizen(ctx.db, deps);
  const upload = (who: Who, content: Buffer = screenshotPng(), type = 'image/png', name = 'photo.png') => {
    const { payload, contentType } = multipartBody('file', name, content, type);
    return app.inject({
      method: 'POST',
      url: '/api/cases/attachments',
      headers: { ...who.headers, 'content-type': contentType },
      payload,
    });
  };
  const file = (who: Who, body: Record<string, unknown>) =>
    app.inject({ method: 'POST', url: '/api/cases', headers: who.headers, payload: body });
  const get = (who: Who, url: string) => app.inject({ method: 'GET', url, headers: who.headers });
  const post = (who: Who, url: string, payload: Record<string, unknown>) =>
    app.inject({ method: 'POST', url, headers: who.headers, payload });
  const body = (accountId: number, extra: Record<string, unknown> = {}) => ({
    accountId,
    kind: 'complaint',
    categoryId: cats.get('education')!,
    title: '学校乱收费',
    description: '某中学强制收取补课费每人两千元',
    contactPreference: 'phone',
    ...extra,
  });
  const fileOk = async (who: Who, b: Record<string, unknown>) => {
    const res = await file(who, b);
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };

  it('lists the active taxonomy publicly', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/case-categories' });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as Array<Record<string, unknown>>;
    expect(items.find((c) => c.code === 'public-safety')).toMatchObject({
      name: { zh: '公共安全', en: 'Public safety' },
      major: true,
      dueHours: 24,
      statementHours: 4,
      timeBasis: 'calendar',
    });
    const traffic = items.find((c) => c.code === 'traffic')!;
    expect(items.find((c) => c.code === 'traffic-violation')).toMatchObject({ parentId: traffic.id });
  });

  describe('filing', () => {
    it('files each kind and answers the case page with a tracking number and the clock', async () => {
      const account = await buildAccount(ctx.db);
      const c = await citizen();
      for (const kind of ['consultation', 'complaint', 'suggestion', 'report']) {
        const reported = kind === 'report' ? { reportedAccountId: (await buildAccount(ctx.db)).id } : {};
        const res = await fileOk(c, body(account.id, { kind, ...reported }));
        expect(res).toMatchObject({
          kind,
          status: 'received',
          account: { id: account.id, name: account.name },
          filedAccount: { id: account.id },
          dueAt: clock.now() + 48 * HOUR,
          canRate: false,
          canReopen: false,
          serverNow: clock.now(),
        });
        expect(res.trackingNo).toMatch(/^SQ20261207-\d{6}$/);
        expect(res.events).toEqual([
          expect.objectContaining({ kind: 'received', account: { id: account.id, name: account.name } }),
        ]);
      }
      const mine = (await get(c, '/api/me/cases')).json();
      expect(mine.items.map((i: { kind: string }) => i.kind)).toEqual([
        'report',
        'suggestion',
        'complaint',
        'consultation',
      ]);
      expect(mine.nextCursor).toBeNull();
    });

    it('routes by rule and shows the citizen where the case went', async () => {
      const door = await buildAccount(ctx.db);
      const police = await buildAccount(ctx.db, { region_code: '411500', name: '信阳交警测试' });
      await routingRule(ctx.db, cats.get('traffic-violation')!, '4115', police.id);
      const c = await citizen();
      const res = await fileOk(
        c,
        body(door.id, { categoryId: cats.get('traffic-violation')!, regionCode: '411502' }),
      );
      expect(res).toMatchObject({
        filedAccount: { id: door.id },
        account: { id: police.id, name: '信阳交警测试' },
        regionName: '浉河区',
      });
      expect(res.events.map((e: { kind: string }) => e.kind)).toEqual(['received', 'routed']);
      expect(res.events[1]).toMatchObject({
        account: { id: door.id },
        toAccount: { id: police.id, name: '信阳交警测试' },
      });
    });

    it('keeps anonymity and reports at platform level in the audit log', async () => {
      const account = await buildAccount(ctx.db);
      const c = await citizen();
      const anon = await fileOk(c, body(account.id, { anonymous: true }));
      expect(anon.anonymous).toBe(true);
      const open = await fileOk(c, body(account.id));
      const audits = await ctx.db.k
        .selectFrom('audit_log')
        .select(['target', 'account_id', 'actor_id'])
        .where('target', 'in', [`case:${anon.id}`, `case:${open.id}`])
        .orderBy('id')
        .execute();
      expect(audits).toEqual([
        { target: `case:${anon.id}`, account_id: null, actor_id: c.id },
        { target: `case:${open.id}`, account_id: account.id, actor_id: c.id },
      ]);
      // A report at the unit it reports on has nowhere to go.
      const res = await file(c, body(account.id, { kind: 'report', reportedAccountId: account.id }));
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toMatchObject({
        code: 'CASE_TARGET_IS_REPORTED_UNIT',
        field: 'reportedAccountId',
      });
      expect(await verifyAuditChain(ctx.db.k)).toBeNull();
    });

    it('refuses bad input with structured errors', async () => {
      const account = await buildAccount(ctx.db);
      const c = await citizen();
      const expectError = async (
        b: Record<string, unknown>,
        status: number,
        code: string,
        field?: string,
      ) => {
        const res = await file(c, b);
        expect(res.statusCode, JSON.stringify(b)).toBe(status);
        expect(res.json().error).toMatchObject(field ? { code, field } : { code });
      };
      await expectError(body(account.id, { kind: 'praise' }), 400, 'VALIDATION_FAILED', 'kind');
      await expectError(body(account.id, { title: 'x' }), 400, 'VALIDATION_FAILED', 'title');
      await expectError(
        body(account.id, { description: 'x'.repeat(2001) }),
        400,
        'VALIDATION_FAILED',
        'description',
      );
      await expectError(
        body(account.id, { latitude: 91, longitude: 0 }),
        400,
        'VALIDATION_FAILED',
        'latitude',
      );
      await expectError(body(account.id, { regionCode: '419999' }), 400, 'CASE_REGION_INVALID', 'regionCode');
      await expectError(body(account.id, { categoryId: 999999 }), 400, 'CASE_CATEGORY_INVALID', 'categoryId');
      await expectError(body(999999), 404, 'ACCOUNT_NOT_FOUND', 'accountId');
      await expectError(body(account.id, { extra: 1 }), 400, 'VALIDATION_FAILED');
      expect((await get(c, '/api/me/cases')).json().items).toEqual([]);
      const anonymous = await app.inject({ method: 'POST', url: '/api/cases', payload: body(account.id) });
      expect(anonymous.statusCode).toBe(401);
    });

    it('limits filings per citizen', async () => {
      const account = await buildAccount(ctx.db);
      const c = await citizen();
      for (let i = 0; i < 5; i++) await fileOk(c, body(account.id));
      const sixth = await file(c, body(account.id));
      expect(sixth.statusCode).toBe(429);
      expect(sixth.json().error.code).toBe('RATE_LIMITED');
      clock.advance(HOUR);
    });
  });

  describe('attachments', () => {
    it('re-encodes photos with a thumbnail, keeps PDFs, refuses other bytes; only the owner attaches and reads them', async () => {
      const account = await buildAccount(ctx.db);
      const c = await citizen();
      const other = await citizen();
      const photo = await upload(c);
      expect(photo.statusCode, photo.body).toBe(201);
      expect(photo.json()).toMatchObject({ mime: 'image/png', width: 40, height: 60, name: 'photo.png' });
      const doc = await upload(c, pdf(), 'application/pdf', '情况说明.pdf');
      expect(doc.json()).toMatchObject({ mime: 'application/pdf', name: '情况说明.pdf', width: null });
      const bad = await upload(c, exe(), 'image/png');
      expect(bad.statusCode).toBe(415);
      expect(bad.json().error.code).toBe('CASE_ATTACHMENT_TYPE');

      const stolen = await file(other, body(account.id, { attachmentIds: [photo.json().id] }));
      expect(stolen.json().error).toMatchObject({ code: 'CASE_ATTACHMENT_INVALID', field: 'attachmentIds' });

      const filed = await fileOk(c, body(account.id, { attachmentIds: [doc.json().id, photo.json().id] }));
      expect(filed.attachments.map((a: { mime: string }) => a.mime)).toEqual([
        'application/pdf',
        'image/png',
      ]);
      const [a0, a1] = filed.attachments;
      expect(a0.thumbUrl).toBeNull();
      expect(a1.url).toBe(`/api/me/cases/${filed.trackingNo}/attachments/${a1.id}`);
      const img = await get(c, a1.url);
      expect(img.statusCode).toBe(200);
      expect(img.headers['content-type']).toBe('image/png');
      expect(img.headers['cache-control']).toBe('private, no-store');
      const thumb = await get(c, a1.thumbUrl);
      expect(thumb.headers['content-type']).toBe('image/webp');
      const file0 = await get(c, a0.url);
      expect(file0.headers['content-disposition']).toMatch(/^attachment;/);
      // Not the other citizen's, and never through /media/.
      expect((await get(other, a1.url)).statusCode).toBe(404);
      expect((await get(other, `/api/me/cases/${filed.trackingNo}`)).json().error.code).toBe(
        'CASE_NOT_FOUND',
      );
      const key = (
        await ctx.db.k
          .selectFrom('case_attachments')
          .select('storage_key')
          .where('id', '=', a1.id)
          .executeTakeFirstOrThrow()
      ).storage_key;
      expect(key).toMatch(/^cases\//);
      expect((await app.inject({ method: 'GET', url: `/media/${key}` })).statusCode).toBe(404);
      // Attached once only.
      const again = await file(c, body(account.id, { attachmentIds: [photo.json().id] }));
      expect(again.json().error.code).toBe('CASE_ATTACHMENT_INVALID');
    });
    it("never shows files of the departments' internal events", async () => {
      const account = await buildAccount(ctx.db);
      const c = await citizen();
      const filed = await fileOk(c, body(account.id));
      const note = await ctx.db.k
        .insertInto('case_events')
        .values({
          case_id: filed.id,
          kind: 'note',
          actor_kind: 'staff',
          actor_id: null,
          account_id: account.id,
          to_account_id: null,
          public: 0,
          body: '内部',
          data: null,
          created_at: clock.now(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const internal = await ctx.db.k
        .insertInto('case_attachments')
        .values({
          case_id: filed.id,
          citizen_id: null,
          staff_user_id: null,
          event_id: note.id,
          name: 'internal.pdf',
          storage_key: `cases/ab/${'a'.repeat(64)}.pdf`,
          thumb_key: null,
          mime: 'application/pdf',
          size: 10,
          width: null,
          height: null,
          created_at: clock.now(),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const page = (await get(c, `/api/me/cases/${filed.trackingNo}`)).json();
      expect(page.attachments).toEqual([]);
      expect(page.events.map((e: { kind: string }) => e.kind)).toEqual(['received']);
      expect((await get(c, `/api/me/cases/${filed.trackingNo}/attachments/${internal.id}`)).statusCode).toBe(
        404,
      );
    });
  });

  describe('rating and reopening', () => {
    it('rates once per answer, reopens once within 7 days with a new clock', async () => {
      const account = await buildAccount(ctx.db);
      const c = await citizen();
      const filed = await fileOk(c, body(account.id));
      const url = `/api/me/cases/${filed.trackingNo}`;
      const early = await post(c, `${url}/rating`, { score: 5 });
      expect(early.statusCode).toBe(409);
      expect(early.json().error.code).toBe('CASE_NOT_RATABLE');
      expect((await post(c, `${url}/reopen`, { reason: '还没答复就想重开' })).json().error.code).toBe(
        'CASE_REOPEN_NOT_ALLOWED',
      );

      clock.advance(HOUR);
      await answerDirectly(ctx.db, filed.id, clock.now());
      const page = (await get(c, url)).json();
      expect(page).toMatchObject({
        status: 'answered',
        canRate: true,
        canReopen: true,
        reopenUntil: clock.now() + 7 * DAY,
      });
      expect((await post(c, `${url}/rating`, { score: 6 })).json().error).toMatchObject({
        code: 'VALIDATION_FAILED',
        field: 'score',
      });
      const rated = await post(c, `${url}/rating`, { score: 2, comment: ' 答复没有解决问题 ' });
      expect(rated.statusCode, rated.body).toBe(200);
      expect(rated.json()).toMatchObject({
        satisfaction: 2,
        satisfactionComment: '答复没有解决问题',
        canRate: false,
      });
      expect(rated.json().events.at(-1)).toMatchObject({ kind: 'rated', score: 2, body: '答复没有解决问题' });
      expect((await post(c, `${url}/rating`, { score: 3 })).json().error.code).toBe('CASE_NOT_RATABLE');

      clock.advance(2 * DAY);
      const reopened = await post(c, `${url}/reopen`, { reason: '收费问题仍未解决，请重新核查' });
      expect(reopened.statusCode, reopened.body).toBe(200);
      expect(reopened.json()).toMatchObject({
        status: 'in_progress',
        reopenCount: 1,
        answer: null,
        clockStartedAt: clock.now(),
        dueAt: clock.now() + 48 * HOUR,
        canReopen: false,
      });
      expect(reopened.json().events.map((e: { kind: string }) => e.kind)).toEqual([
        'received',
        'answered',
        'rated',
        'reopened',
      ]);
      const row = await ctx.db.k
        .selectFrom('cases')
        .select(['clock_stage', 'clock_next_at'])
        .where('id', '=', filed.id)
        .executeTakeFirstOrThrow();
      expect(row).toEqual({ clock_stage: 'warning', clock_next_at: clock.now() + 36 * HOUR });

      // Answered again: a new rating is due; a second reopen is refused.
      clock.advance(HOUR);
      await answerDirectly(ctx.db, filed.id, clock.now(), '重新核查后已退还费用。');
      expect((await get(c, url)).json()).toMatchObject({
        canRate: true,
        canReopen: false,
        reopenUntil: null,
      });
      expect((await post(c, `${url}/rating`, { score: 4 })).statusCode).toBe(200);
      const second = await post(c, `${url}/reopen`, { reason: '再次申请重新办理' });
      expect(second.statusCode).toBe(409);
      expect(second.json().error).toMatchObject({
        code: 'CASE_REOPEN_NOT_ALLOWED',
        details: { reason: 'already_reopened' },
      });
    });

    it('refuses a reopen more than 7 days after the answer', async () => {
      const account = await buildAccount(ctx.db);
      const c = await citizen();
      const filed = await fileOk(c, body(account.id));
      await answerDirectly(ctx.db, filed.id, clock.now());
      clock.advance(7 * DAY + 1);
      const res = await post(c, `/api/me/cases/${filed.trackingNo}/reopen`, { reason: '过了七天才想起来' });
      expect(res.statusCode).toBe(409);
      expect(res.json().error).toMatchObject({
        code: 'CASE_REOPEN_NOT_ALLOWED',
        details: { reason: 'expired' },
      });
      expect((await get(c, `/api/me/cases/${filed.trackingNo}`)).json()).toMatchObject({
        canReopen: false,
        canRate: true,
      });
    });
  });
});
