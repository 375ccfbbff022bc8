import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { ManualClock } from '../../infra/clock.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { staffHeaders } from '../publishing/testing.js';
import { oneYearAfter } from './expiry.js';
import {
  accountRow,
  applyWithLetter,
  notificationsOf,
  VALID_CODE,
  verificationApi,
  verificationTeam,
} from './testing.js';

describeEachDatabase('verification workflow', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  const clock = new ManualClock();

  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db, { clock }));
  });
  afterAll(async () => {
    await app.close();
  });

  it('apply → changes requested → resubmit → approve gives the badge, the verified name and one year', async () => {
    const t = await verificationTeam(ctx.db, deps);
    const api = verificationApi(app, t.account.id);
    const name = `河南省教育厅${t.account.id}`;
    const id = await applyWithLetter(app, t.account.id, t.admin.headers, { requestedName: name });

    const queue = (await api.queue(t.reviewer.headers)).json<{
      items: Array<{ id: number; status: string }>;
    }>();
    expect(queue.items.find((i) => i.id === id)?.status).toBe('pending');
    expect((await api.apply(t.admin.headers, {})).statusCode).toBe(400);

    expect((await api.requestChanges(t.reviewer.headers, id, '   ')).json().error.code).toBe(
      'VERIFICATION_REASON_REQUIRED',
    );
    const asked = await api.requestChanges(t.reviewer.headers, id, '授权书缺少公章，请重新上传');
    expect(asked.json()).toMatchObject({ status: 'changes_requested' });
    expect(await notificationsOf(ctx.db, t.admin.id, 'verification.changes_requested')).toHaveLength(1);
    // Not pending any more: a second decision on it is refused.
    expect((await api.approve(t.reviewer.headers, id)).json().error.code).toBe('VERIFICATION_STATE');

    const letter = (
      await api.upload(t.admin.headers, Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(200, 7)]))
    ).json<{ id: number }>();
    const resubmitted = await api.edit(t.admin.headers, id, {
      requestedName: name,
      creditCode: VALID_CODE,
      letterId: letter.id,
      operatorName: '张三',
      operatorPhone: '13800000000',
      note: '已补盖公章',
    });
    expect(resubmitted.statusCode).toBe(200);
    expect(resubmitted.json()).toMatchObject({
      status: 'pending',
      letter: { id: letter.id },
      operatorPhone: '13800000000',
    });

    clock.advance(1000);
    const approved = await api.approve(t.reviewer.headers, id);
    expect(approved.statusCode).toBe(200);
    const events = approved.json<{ events: Array<{ action: string; comment: string }> }>().events;
    expect(events.map((e) => e.action)).toEqual([
      'submitted',
      'changes_requested',
      'resubmitted',
      'approved',
    ]);
    expect(events[1]!.comment).toBe('授权书缺少公章，请重新上传');

    const row = await accountRow(ctx.db, t.account.id);
    expect(row).toMatchObject({
      verified: 1,
      name,
      verified_name: name,
      verified_at: clock.now(),
      verified_until: oneYearAfter(clock.now()),
      credit_code: VALID_CODE,
    });
    expect(await notificationsOf(ctx.db, t.admin.id, 'verification.approved')).toHaveLength(1);
    const audit = await ctx.db.k
      .selectFrom('audit_log')
      .select('action')
      .where('account_id', '=', t.account.id)
      .where('action', 'like', 'verification.%')
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'verification.letter_uploaded',
      'verification.applied',
      'verification.changes_requested',
      'verification.letter_uploaded',
      'verification.resubmitted',
      'verification.approved',
    ]);

    const pub = await app.inject({ method: 'GET', url: `/api/accounts/${t.account.handle}/verification` });
    expect(pub.json()).toMatchObject({
      verified: true,
      verifiedName: name,
      creditCode: VALID_CODE,
      daysLeft: 365,
    });
  });

  it('a rejection keeps the account unverified, tells its admins why, and a new application may follow', async () => {
    const t = await verificationTeam(ctx.db, deps);
    const api = verificationApi(app, t.account.id);
    const id = await applyWithLetter(app, t.account.id, t.admin.headers, {
      requestedName: `驳回测试${t.account.id}`,
    });
    const rejected = await api.reject(t.reviewer.headers, id, '单位名称与证照不一致');
    expect(rejected.json()).toMatchObject({ status: 'rejected' });
    expect((await accountRow(ctx.db, t.account.id)).verified).toBe(0);
    const told = await notificationsOf(ctx.db, t.admin.id, 'verification.rejected');
    expect(told[0]?.body_zh).toContain('单位名称与证照不一致');
    const state = (await api.state(t.editor.headers)).json<{
      open: unknown;
      history: Array<{ status: string }>;
    }>();
    expect(state.open).toBeNull();
    expect(state.history[0]?.status).toBe('rejected');
    await applyWithLetter(app, t.account.id, t.admin.headers, { requestedName: `驳回测试${t.account.id}` });
  });

  it('a suspended account is not verified; once reinstated, the same application can be approved', async () => {
    const t = await verificationTeam(ctx.db, deps);
    const api = verificationApi(app, t.account.id);
    const id = await applyWithLetter(app, t.account.id, t.admin.headers, {
      requestedName: `停用测试${t.account.id}`,
    });
    await ctx.db.k
      .updateTable('accounts')
      .set({ status: 'suspended' })
      .where('id', '=', t.account.id)
      .execute();
    const refused = await api.approve(t.reviewer.headers, id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('VERIFICATION_ACCOUNT_INACTIVE');
    // Nothing half-written: the application still waits and the account has no badge.
    expect((await accountRow(ctx.db, t.account.id)).verified).toBe(0);
    await ctx.db.k.updateTable('accounts').set({ status: 'active' }).where('id', '=', t.account.id).execute();
    expect((await api.approve(t.reviewer.headers, id)).json()).toMatchObject({ status: 'approved' });
  });

  it('an open application can be withdrawn, and only once', async () => {
    const t = await verificationTeam(ctx.db, deps);
    const api = verificationApi(app, t.account.id);
    const id = await applyWithLetter(app, t.account.id, t.admin.headers, {
      requestedName: `撤回测试${t.account.id}`,
    });
    expect((await api.withdraw(t.admin.headers, id)).json()).toMatchObject({ status: 'withdrawn' });
    expect((await api.withdraw(t.admin.headers, id)).json().error.code).toBe('VERIFICATION_STATE');
    expect((await api.approve(t.reviewer.headers, id)).json().error.code).toBe('VERIFICATION_STATE');
  });

  it('credit codes are checked by their check character before anyone reviews them', async () => {
    const t = await verificationTeam(ctx.db, deps);
    const api = verificationApi(app, t.account.id);
    const letter = (await api.upload(t.admin.headers)).json<{ id: number }>();
    const body = {
      requestedName: `代码测试${t.account.id}`,
      letterId: letter.id,
      operatorName: '李四',
      operatorPhone: '0371-1234567',
    };
    const wrong = await api.apply(t.admin.headers, { ...body, creditCode: '91350100M000100Y44' });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toMatchObject({
      code: 'CREDIT_CODE_CHECK',
      field: 'creditCode',
      details: { position: 18 },
    });
    expect((await api.apply(t.admin.headers, { ...body, creditCode: '9135' })).json().error.code).toBe(
      'CREDIT_CODE_LENGTH',
    );
    const en = await app.inject({
      method: 'POST',
      url: `/api/console/accounts/${t.account.id}/verification`,
      headers: { ...t.admin.headers, 'accept-language': 'en' },
      payload: { ...body, creditCode: '91350100M000100I43' },
    });
    expect(en.json().error).toMatchObject({ code: 'CREDIT_CODE_CHARACTERS' });
    expect(en.json().error.message).toContain('not allowed');
    expect((await api.apply(t.admin.headers, { ...body, creditCode: 'D2143569-X' })).statusCode).toBe(201);
  });

  describe('access', () => {
    it('editors cannot upload letters or apply; only platform admins review', async () => {
      const t = await verificationTeam(ctx.db, deps);
      const api = verificationApi(app, t.account.id);
      expect((await api.upload(t.editor.headers)).statusCode).toBe(403);
      expect(
        (
          await api.apply(t.editor.headers, {
            requestedName: 'xx',
            creditCode: VALID_CODE,
            letterId: 1,
            operatorName: 'a',
            operatorPhone: '13800000000',
          })
        ).statusCode,
      ).toBe(403);
      const id = await applyWithLetter(app, t.account.id, t.admin.headers, {
        requestedName: `权限测试${t.account.id}`,
      });
      expect((await api.queue(t.admin.headers)).statusCode).toBe(403);
      expect((await api.detail(t.admin.headers, id)).statusCode).toBe(403);
      expect((await api.approve(t.admin.headers, id)).statusCode).toBe(403);
      expect((await api.reject(t.editor.headers, id, 'no')).statusCode).toBe(403);
      expect((await accountRow(ctx.db, t.account.id)).verified).toBe(0);
      // Editors see where verification stands (read-only).
      expect((await api.state(t.editor.headers)).statusCode).toBe(200);
    });

    it("a letter is readable by the account's staff and platform admins only, never from the public media tree", async () => {
      const t = await verificationTeam(ctx.db, deps);
      const other = await verificationTeam(ctx.db, deps);
      const api = verificationApi(app, t.account.id);
      const letter = (await api.upload(t.admin.headers)).json<{ id: number; url: string }>();
      const get = (headers?: Record<string, string>) =>
        app.inject({ method: 'GET', url: letter.url, headers });
      expect((await get(t.editor.headers)).statusCode).toBe(200);
      const byReviewer = await get(t.reviewer.headers);
      expect(byReviewer.statusCode).toBe(200);
      expect(byReviewer.headers['content-type']).toBe('application/pdf');
      expect(byReviewer.headers['cache-control']).toBe('private, no-store');
      expect(byReviewer.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
      expect((await get(other.admin.headers)).statusCode).toBe(404);
      expect((await get()).statusCode).toBe(401);
      const row = await ctx.db.k
        .selectFrom('verification_letters')
        .select('storage_key')
        .where('id', '=', letter.id)
        .executeTakeFirstOrThrow();
      expect((await app.inject({ method: 'GET', url: `/media/${row.storage_key}` })).statusCode).toBe(404);
      expect(
        (await app.inject({ method: 'GET', url: `/media/${row.storage_key.slice('verification/'.length)}` }))
          .statusCode,
      ).toBe(404);
      // Another account's staff cannot attach it to their own application either.
      const stolen = await verificationApi(app, other.account.id).apply(other.admin.headers, {
        requestedName: `冒用授权书${other.account.id}`,
        creditCode: VALID_CODE,
        letterId: letter.id,
        operatorName: '王五',
        operatorPhone: '13800000000',
      });
      expect(stolen.json().error.code).toBe('VERIFICATION_LETTER_REQUIRED');
    });

    it('a letter must be a PDF or an image', async () => {
      const t = await verificationTeam(ctx.db, deps);
      const res = await verificationApi(app, t.account.id).upload(
        t.admin.headers,
        Buffer.from('MZ\x90\x00'.repeat(40), 'latin1'),
        'application/pdf',
        'x.pdf',
      );
      expect(res.json().error.code).toBe('VERIFICATION_LETTER_TYPE');
    });
  });

  describe('verified names are unique', () => {
    it('a name another account holds is refused when applying and, if two race, at the second approval', async () => {
      const a = await verificationTeam(ctx.db, deps);
      const b = await verificationTeam(ctx.db, deps);
      const c = await verificationTeam(ctx.db, deps);
      const name = `信阳市公安局${a.account.id}`;
      const first = await applyWithLetter(app, a.account.id, a.admin.headers, { requestedName: name });
      const second = await applyWithLetter(app, b.account.id, b.admin.headers, { requestedName: name });
      expect((await verificationApi(app, a.account.id).approve(a.reviewer.headers, first)).statusCode).toBe(
        200,
      );
      // The reviewer sees the guard's view: the same name as a verified account.
      const detail = (await verificationApi(app, b.account.id).detail(b.reviewer.headers, second)).json();
      expect(detail.guard).toMatchObject({ flagged: true, score: 1, closest: name });
      const race = await verificationApi(app, b.account.id).approve(b.reviewer.headers, second);
      expect(race.statusCode).toBe(409);
      expect(race.json().error.code).toBe('VERIFIED_NAME_TAKEN');
      expect((await accountRow(ctx.db, b.account.id)).verified).toBe(0);

      const api = verificationApi(app, c.account.id);
      const letter = (await api.upload(c.admin.headers)).json<{ id: number }>();
      const res = await api.apply(c.admin.headers, {
        requestedName: name,
        creditCode: VALID_CODE,
        letterId: letter.id,
        operatorName: '赵六',
        operatorPhone: '13800000000',
      });
      expect(res.json().error).toMatchObject({ code: 'VERIFIED_NAME_TAKEN', field: 'requestedName' });
    });
  });

  describe('a verified account is renamed through review', () => {
    it('PATCH with a new name opens a rename application instead; approval applies name and verified name', async () => {
      const t = await verificationTeam(ctx.db, deps);
      const old = `改名前${t.account.id}`;
      const renamed = `改名后${t.account.id}`;
      const id = await applyWithLetter(app, t.account.id, t.admin.headers, { requestedName: old });
      await verificationApi(app, t.account.id).approve(t.reviewer.headers, id);
      const until = (await accountRow(ctx.db, t.account.id)).verified_until;

      const res = await app.inject({
        method: 'PATCH',
        url: `/api/console/accounts/${t.account.id}`,
        headers: t.admin.headers,
        payload: { name: renamed, introduction: '新的简介' },
      });
      expect(res.statusCode).toBe(200);
      const body = res.json<{
        name: string;
        introduction: string;
        renameInReview: { applicationId: number; requestedName: string };
      }>();
      expect(body.name).toBe(old);
      expect(body.introduction).toBe('新的简介');
      expect(body.renameInReview.requestedName).toBe(renamed);
      expect((await accountRow(ctx.db, t.account.id)).name).toBe(old);

      // A second rename while one is open is refused.
      const again = await app.inject({
        method: 'PATCH',
        url: `/api/console/accounts/${t.account.id}`,
        headers: t.admin.headers,
        payload: { name: `${renamed}2` },
      });
      expect(again.json().error.code).toBe('VERIFICATION_ALREADY_OPEN');

      // The account may edit the documents of the rename, not the name it asked for.
      const api = verificationApi(app, t.account.id);
      const pdf2 = Buffer.concat([Buffer.from('%PDF-1.5\n'), Buffer.alloc(300, 9)]);
      const letter = (await api.upload(t.admin.headers, pdf2)).json<{ id: number }>();
      const edited = await api.edit(t.admin.headers, body.renameInReview.applicationId, {
        requestedName: '别的名字',
        creditCode: VALID_CODE,
        letterId: letter.id,
        operatorName: '孙七',
        operatorPhone: '13900000000',
      });
      expect(edited.json()).toMatchObject({
        requestedName: renamed,
        operatorName: '孙七',
        letter: { id: letter.id },
      });

      const detail = (
        await verificationApi(app, t.account.id).detail(t.reviewer.headers, body.renameInReview.applicationId)
      ).json();
      expect(detail.application).toMatchObject({
        kind: 'rename',
        requestedName: renamed,
        creditCode: VALID_CODE,
      });
      expect(detail.application.letter).not.toBeNull();

      await verificationApi(app, t.account.id).approve(t.reviewer.headers, body.renameInReview.applicationId);
      expect(await accountRow(ctx.db, t.account.id)).toMatchObject({
        name: renamed,
        verified_name: renamed,
        verified: 1,
        verified_until: until,
      });
    });

    it('an unverified account renames directly', async () => {
      const t = await verificationTeam(ctx.db, deps);
      const res = await app.inject({
        method: 'PATCH',
        url: `/api/console/accounts/${t.account.id}`,
        headers: t.admin.headers,
        payload: { name: `直接改名${t.account.id}` },
      });
      expect(res.json()).toMatchObject({ name: `直接改名${t.account.id}` });
      expect(res.json().renameInReview).toBeUndefined();
    });
  });

  it('staff of the account download the "verify this account" QR code; it encodes the verified page', async () => {
    const t = await verificationTeam(ctx.db, deps);
    const analyst = await staffHeaders(ctx.db, deps, t.account.id, 'analyst');
    const png = await app.inject({
      method: 'GET',
      url: `/api/console/accounts/${t.account.id}/verification/qrcode?format=png&download=1`,
      headers: analyst.headers,
    });
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.headers['content-disposition']).toContain(`verify-${t.account.handle}.png`);
    const state = (await verificationApi(app, t.account.id).state(t.admin.headers)).json<{
      verifyUrl: string;
    }>();
    expect(state.verifyUrl).toMatch(new RegExp(`/accounts/${t.account.handle}/verified$`));
    const other = await verificationTeam(ctx.db, deps);
    expect(
      (
        await app.inject({
          method: 'GET',
          url: `/api/console/accounts/${t.account.id}/verification/qrcode`,
          headers: other.admin.headers,
        })
      ).statusCode,
    ).toBe(403);
  });
});
