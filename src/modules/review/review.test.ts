import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { verifyAuditChain } from '../../infra/audit.js';
import { buildAccount, buildCitizen, sessionHeaders } from '../../test/factories.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildTestApp } from '../../test/app.js';
import { staffHeaders } from '../publishing/testing.js';
import { decideReview } from './decide.js';
import { auditActions, reviewApi, reviewTeam } from './testing.js';

describeEachDatabase('review workflow', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
  });
  afterAll(async () => {
    await deps?.outbox.stop();
    await app?.close();
  });

  const notifications = async (userId: number) =>
    ctx.db.k
      .selectFrom('staff_notifications')
      .select(['kind', 'link'])
      .where('user_id', '=', userId)
      .orderBy('id')
      .execute();

  describe('the three tiers', () => {
    it('tier 1: submission approves directly (empty chain), then the editor releases it', async () => {
      const t = await reviewTeam(ctx.db, deps);
      const api = reviewApi(app, t.account.id);
      const a = await api.draft(t.editor.headers, { tier: 1 });
      const res = await api.submit(a.id, t.editor.headers);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ status: 'approved', chain: [], pending: null });
      expect((await api.publish(a.id, t.editor.headers)).statusCode).toBe(200);
      expect(await auditActions(ctx.db, a.id)).toEqual(
        expect.arrayContaining(['article.create', 'review.submit', 'article.approve']),
      );
    });

    it('tier 2: editor → reviewer; the reviewer is notified, the submitter hears back', async () => {
      const t = await reviewTeam(ctx.db, deps);
      const api = reviewApi(app, t.account.id);
      const a = await api.draft(t.editor.headers, { tier: 2 });
      const sub = (await api.submit(a.id, t.editor.headers)).json();
      expect(sub).toMatchObject({
        status: 'in_review',
        pending: { step: 0, role: 'reviewer', kind: 'release' },
      });
      expect((await notifications(t.reviewer.id)).map((n) => n.kind)).toEqual(['review.awaiting']);
      expect(await notifications(t.leader.id)).toEqual([]);
      // Not released before approval, whoever asks.
      expect((await api.publish(a.id, t.admin.headers)).json().error.code).toBe('REVIEW_REQUIRED');
      // Another editor, or a leader, is not the reviewer step.
      for (const who of [t.editor2, t.leader]) {
        const res = await api.approve(a.id, who.headers);
        expect(res.statusCode).toBe(403);
        expect(res.json().error.code).toBe('REVIEW_NOT_YOUR_STEP');
      }
      const ok = await api.approve(a.id, t.reviewer.headers, '同意发布');
      expect(ok.json()).toMatchObject({ status: 'approved', pending: null });
      expect((await notifications(t.editor.id)).map((n) => n.kind)).toEqual(['review.approved']);
      expect((await api.publish(a.id, t.editor.headers)).statusCode).toBe(200);
    });

    it('tier 3: editor → reviewer → leader, in that order', async () => {
      const t = await reviewTeam(ctx.db, deps);
      const api = reviewApi(app, t.account.id);
      const a = await api.draft(t.editor.headers, { tier: 3 });
      await api.submit(a.id, t.editor.headers);
      expect((await api.approve(a.id, t.leader.headers)).json().error.code).toBe('REVIEW_NOT_YOUR_STEP');
      const first = (await api.approve(a.id, t.reviewer.headers)).json();
      expect(first).toMatchObject({ status: 'in_review', pending: { step: 1, role: 'leader' } });
      expect((await notifications(t.leader.id)).map((n) => n.kind)).toEqual(['review.awaiting']);
      expect((await api.approve(a.id, t.reviewer.headers)).json().error.code).toBe('REVIEW_NOT_YOUR_STEP');
      const second = (await api.approve(a.id, t.leader.headers)).json();
      expect(second.status).toBe('approved');
      expect(second.timeline.map((e: { kind: string; role: string | null }) => [e.kind, e.role])).toEqual([
        ['submitted', null],
        ['approved', 'reviewer'],
        ['approved', 'leader'],
      ]);
      expect(await auditActions(ctx.db, a.id)).toEqual([
        'article.create',
        'review.submit',
        'review.approve',
        'review.approve',
        'article.approve',
      ]);
      expect(await verifyAuditChain(ctx.db.k)).toBeNull();
    });
  });

  describe('custom chains', () => {
    it('an admin sets the chains; work in flight keeps the chain it was submitted with', async () => {
      const t = await reviewTeam(ctx.db, deps);
      const api = reviewApi(app, t.account.id);
      expect((await api.chains(t.editor.headers)).json().chains).toEqual({
        1: [],
        2: ['reviewer'],
        3: ['reviewer', 'leader'],
      });
      expect((await api.chains(t.editor.headers, { '2': [] })).statusCode).toBe(403);
      expect((await api.chains(t.admin.headers, { '2': ['boss'] })).statusCode).toBe(400);

      const inFlight = await api.draft(t.editor.headers, { tier: 2 });
      await api.submit(inFlight.id, t.editor.headers);
      const saved = await api.chains(t.admin.headers, { '1': ['leader'], '2': [] });
      expect(saved.json().chains).toEqual({ 1: ['leader'], 2: [], 3: ['reviewer', 'leader'] });

      const t2 = await api.draft(t.editor.headers, { tier: 2 });
      expect((await api.submit(t2.id, t.editor.headers)).json().status).toBe('approved');
      const t1 = await api.draft(t.editor.headers, { tier: 1 });
      expect((await api.publish(t1.id, t.editor.headers)).json().error.code).toBe('REVIEW_REQUIRED');
      expect((await api.submit(t1.id, t.editor.headers)).json().pending).toMatchObject({ role: 'leader' });
      expect((await api.approve(t1.id, t.leader.headers)).json().status).toBe('approved');
      // Submitted under the old tier-2 chain: still needs the reviewer.
      expect((await api.state(inFlight.id, t.editor.headers)).json().pending).toMatchObject({
        chain: ['reviewer'],
      });
      const audit = await ctx.db.k
        .selectFrom('audit_log')
        .select('details')
        .where('action', '=', 'review.chains')
        .where('account_id', '=', t.account.id)
        .execute();
      expect(audit).toHaveLength(1);
    });
  });

  describe('the two-person rule', () => {
    it('an admin holding every role cannot approve their own submission', async () => {
      const account = await buildAccount(ctx.db, { verified: 1 });
      const boss = await staffHeaders(ctx.db, deps, account.id, 'admin', 'editor', 'reviewer', 'leader');
      const api = reviewApi(app, account.id);
      const a = await api.draft(boss.headers, { tier: 2 });
      await api.submit(a.id, boss.headers);
      const state = (await api.state(a.id, boss.headers)).json();
      expect(state.actions).toMatchObject({ approve: false, reject: false });
      for (const res of [
        await api.approve(a.id, boss.headers),
        await api.reject(a.id, boss.headers, '自己驳回'),
      ]) {
        expect(res.statusCode).toBe(403);
        expect(res.json().error.code).toBe('REVIEW_SELF_APPROVAL');
      }
    });

    it('a platform admin cannot approve their own submission either', async () => {
      const t = await reviewTeam(ctx.db, deps);
      const { buildStaff, sessionHeaders } = await import('../../test/factories.js');
      const root = await buildStaff(ctx.db, { isPlatformAdmin: true });
      const headers = { ...(await sessionHeaders(deps.sessions, 'staff', root.id)) };
      const api = reviewApi(app, t.account.id);
      const a = await api.draft(headers, { tier: 3 });
      await api.submit(a.id, headers);
      expect((await api.approve(a.id, headers)).json().error.code).toBe('REVIEW_SELF_APPROVAL');
      // Someone else's submission: a platform admin may decide it.
      const b = await api.draft(t.editor.headers, { tier: 2 });
      await api.submit(b.id, t.editor.headers);
      expect((await api.approve(b.id, headers)).json().status).toBe('approved');
    });

    it('nor the last editor of the submitted text, even holding the reviewer role', async () => {
      const account = await buildAccount(ctx.db, { verified: 1 });
      const editor = await staffHeaders(ctx.db, deps, account.id, 'editor');
      const both = await staffHeaders(ctx.db, deps, account.id, 'editor', 'reviewer');
      const api = reviewApi(app, account.id);
      const a = await api.draft(editor.headers, { tier: 2 });
      expect((await api.edit(a.id, both.headers, { title: '改过的标题' })).statusCode).toBe(200);
      await api.submit(a.id, editor.headers);
      expect((await api.approve(a.id, both.headers)).json().error.code).toBe('REVIEW_SELF_APPROVAL');
      expect((await api.queue(both.headers)).json().items).toEqual([]);
    });
  });

  describe('rejection and resubmission', () => {
    it('a rejection needs a comment; resubmission keeps the whole history with versions', async () => {
      const t = await reviewTeam(ctx.db, deps);
      const api = reviewApi(app, t.account.id);
      const a = await api.draft(t.editor.headers, { tier: 2 });
      await api.submit(a.id, t.editor.headers);
      expect((await api.edit(a.id, t.editor.headers, { title: 'x' })).json().error.code).toBe(
        'REVIEW_ALREADY_PENDING',
      );
      expect((await api.reject(a.id, t.reviewer.headers, '   ')).json().error.code).toBe(
        'REVIEW_COMMENT_REQUIRED',
      );
      const rejected = (await api.reject(a.id, t.reviewer.headers, '请补充办理地点')).json();
      expect(rejected).toMatchObject({ status: 'rejected', lastRejection: { comment: '请补充办理地点' } });
      expect((await notifications(t.editor.id)).map((n) => n.kind)).toEqual(['review.rejected']);

      expect(
        (await api.edit(a.id, t.editor.headers, { bodyHtml: '<p>办理地点：市民之家三楼。</p>' })).json()
          .status,
      ).toBe('rejected');
      const again = (await api.submit(a.id, t.editor.headers)).json();
      expect(again.status).toBe('in_review');
      const done = (await api.approve(a.id, t.reviewer.headers)).json();
      expect(
        done.timeline.map((e: { kind: string; version: number; comment: string | null }) => [
          e.kind,
          e.version,
          e.comment,
        ]),
      ).toEqual([
        ['submitted', 1, null],
        ['rejected', 1, '请补充办理地点'],
        ['resubmitted', 2, null],
        ['approved', 2, null],
      ]);
      expect(await auditActions(ctx.db, a.id)).toEqual([
        'article.create',
        'review.submit',
        'review.reject',
        'article.update',
        'review.submit',
        'review.approve',
        'article.approve',
      ]);
    });

    it('a submission can be withdrawn back to draft; editing an approved article voids its approval', async () => {
      const t = await reviewTeam(ctx.db, deps);
      const api = reviewApi(app, t.account.id);
      const a = await api.draft(t.editor.headers, { tier: 2 });
      await api.submit(a.id, t.editor.headers);
      expect((await api.withdrawSubmission(a.id, t.reviewer.headers)).statusCode).toBe(403);
      const back = (await api.withdrawSubmission(a.id, t.editor.headers)).json();
      expect(back).toMatchObject({ status: 'draft', pending: null });
      expect(back.timeline.map((e: { kind: string }) => e.kind)).toEqual(['submitted', 'withdrawn']);
      expect(await auditActions(ctx.db, a.id)).toEqual([
        'article.create',
        'review.submit',
        'review.withdraw',
      ]);
      await api.submit(a.id, t.editor.headers);
      await api.approve(a.id, t.reviewer.headers);
      const edited = await api.edit(a.id, t.editor.headers, { title: '批准后又改' });
      expect(edited.json().status).toBe('draft');
      expect((await api.publish(a.id, t.editor.headers)).json().error.code).toBe('REVIEW_REQUIRED');
    });
  });

  describe('concurrency', () => {
    it('two reviewers approving one step at once advance it once', async () => {
      const t = await reviewTeam(ctx.db, deps);
      const other = await staffHeaders(ctx.db, deps, t.account.id, 'reviewer');
      const api = reviewApi(app, t.account.id);
      const a = await api.draft(t.editor.headers, { tier: 3 });
      await api.submit(a.id, t.editor.headers);
      const results = await Promise.allSettled(
        [t.reviewer.id, other.id].map((actorId) =>
          decideReview(deps, {
            accountId: t.account.id,
            articleId: a.id,
            actorId,
            now: Date.now(),
            decision: 'approve',
            expectedStep: 0,
          }),
        ),
      );
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const failed = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect(failed.reason.code).toBe('REVIEW_NOT_PENDING');
      const state = (await api.state(a.id, t.editor.headers)).json();
      expect(state.pending).toMatchObject({ step: 1, role: 'leader' });
      const decisions = await ctx.db.k
        .selectFrom('review_decisions')
        .selectAll()
        .where('article_id', '=', a.id)
        .execute();
      expect(decisions).toHaveLength(1);
    });
  });

  describe('access control', () => {
    it("another account's reviewer can neither see nor decide this account's review", async () => {
      const t = await reviewTeam(ctx.db, deps);
      const b = await reviewTeam(ctx.db, deps);
      const api = reviewApi(app, t.account.id);
      const a = await api.draft(t.editor.headers, { tier: 2 });
      await api.submit(a.id, t.editor.headers);
      expect((await api.approve(a.id, b.reviewer.headers)).statusCode).toBe(403);
      expect((await api.state(a.id, b.reviewer.headers)).statusCode).toBe(403);
      // Through their own account's URL the article does not exist.
      const viaB = await reviewApi(app, b.account.id).approve(a.id, b.reviewer.headers);
      expect(viaB.statusCode).toBe(404);
      expect(viaB.json().error.code).toBe('ARTICLE_NOT_FOUND');
      // Analysts and responders work on the account but are not reviewers.
      const analyst = await staffHeaders(ctx.db, deps, t.account.id, 'analyst');
      expect((await api.approve(a.id, analyst.headers)).statusCode).toBe(403);
      // A reviewer cannot submit.
      const d = await api.draft(t.editor.headers, { tier: 2 });
      expect((await api.submit(d.id, t.reviewer.headers)).json().error.code).toBe('FORBIDDEN');
      expect((await api.state(a.id, t.editor.headers)).json().status).toBe('in_review');
    });

    it('the review queue lists what awaits the viewer’s step only', async () => {
      const t = await reviewTeam(ctx.db, deps);
      const api = reviewApi(app, t.account.id);
      const a = await api.draft(t.editor.headers, { tier: 3, title: '紧急通知' });
      await api.submit(a.id, t.editor.headers);
      expect((await api.queue(t.reviewer.headers)).json().items).toMatchObject([
        { articleId: a.id, role: 'reviewer' },
      ]);
      expect((await api.queue(t.leader.headers)).json().items).toEqual([]);
      expect((await api.queue(t.editor.headers)).json().items).toEqual([]);
      await api.approve(a.id, t.reviewer.headers);
      expect((await api.queue(t.leader.headers)).json().items).toMatchObject([
        { articleId: a.id, role: 'leader' },
      ]);
    });
  });

  describe('versions', () => {
    it('every saved change is a version; a diff shows what changed, character by character', async () => {
      const t = await reviewTeam(ctx.db, deps);
      const api = reviewApi(app, t.account.id);
      const a = await api.draft(t.editor.headers, {
        title: '关于办事时间的通知',
        bodyHtml: '<p>办理时间：工作日。</p>',
      });
      await api.edit(a.id, t.editor.headers, {
        bodyHtml: '<p>办理时间：工作日及周六。</p><p>地点：三楼。</p>',
      });
      await api.edit(a.id, t.editor2.headers, { title: '关于办事时间的调整通知', tier: 2 });
      const list = (await api.versions(a.id, t.editor.headers)).json().items;
      expect(list.map((v: { version: number }) => v.version)).toEqual([3, 2, 1]);
      expect(list[0]).toMatchObject({ title: '关于办事时间的调整通知', tier: 2, createdBy: t.editor2.id });

      const d = (await api.diff(a.id, t.editor.headers, 1, 3)).json();
      expect(d.changed).toEqual(expect.arrayContaining(['title', 'body', 'tier']));
      expect(
        d.title
          .filter((p: { added?: boolean }) => p.added)
          .map((p: { value: string }) => p.value)
          .join(''),
      ).toBe('调整');
      expect(
        d.body
          .filter((p: { added?: boolean }) => p.added)
          .map((p: { value: string }) => p.value)
          .join(''),
      ).toContain('及周六');
      expect(d.body.some((p: { removed?: boolean }) => p.removed)).toBe(false);
      expect(d.tier).toEqual({ from: 1, to: 2 });
      expect((await api.diff(a.id, t.editor.headers, 1, 9)).json().error.code).toBe('VERSION_NOT_FOUND');
      // Another account's staff cannot read them.
      const b = await reviewTeam(ctx.db, deps);
      expect((await api.versions(a.id, b.editor.headers)).statusCode).toBe(403);
    });
  });

  describe('after publication', () => {
    async function published(tier: number) {
      const t = await reviewTeam(ctx.db, deps);
      const api = reviewApi(app, t.account.id);
      const a = await api.draft(t.editor.headers, { tier, title: '原标题' });
      await api.submit(a.id, t.editor.headers);
      if (tier > 1) await api.approve(a.id, t.reviewer.headers);
      if (tier > 2) await api.approve(a.id, t.leader.headers);
      const card = (await api.publish(a.id, t.editor.headers)).json();
      expect(card.slug).toBeTruthy();
      return { t, api, a, slug: card.slug as string };
    }

    it('a correction goes through the chain and then replaces the public text', async () => {
      const { t, api, a, slug } = await published(2);
      const res = await api.correct(a.id, t.editor.headers, {
        title: '更正后的标题',
        bodyHtml: '<p>更正后的正文。</p>',
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        status: 'published',
        pending: { kind: 'correction', role: 'reviewer', version: 2 },
        correction: { title: '更正后的标题', pending: true },
      });
      // Still the approved text in public.
      expect((await app.inject({ method: 'GET', url: `/api/publications/${slug}` })).json().title).toBe(
        '原标题',
      );
      expect((await api.approve(a.id, t.editor.headers)).json().error.code).toBe('REVIEW_SELF_APPROVAL');
      const done = (await api.approve(a.id, t.reviewer.headers)).json();
      expect(done).toMatchObject({ status: 'published', version: 2, correction: null, pending: null });
      expect(done.publication.revisedAt).toEqual(expect.any(Number));
      const pub = (await app.inject({ method: 'GET', url: `/api/publications/${slug}` })).json();
      expect(pub.title).toBe('更正后的标题');
      expect(pub.bodyHtml).toContain('更正后的正文');
      const page = await app.inject({ method: 'GET', url: `/a/${slug}` });
      expect(page.body).toContain('已更正');
      expect(await auditActions(ctx.db, a.id)).toEqual(
        expect.arrayContaining(['article.correct', 'review.approve', 'article.revise']),
      );
      expect(await verifyAuditChain(ctx.db.k)).toBeNull();
    });

    it('a rejected correction leaves the public text as it was', async () => {
      const { t, api, a, slug } = await published(2);
      await api.correct(a.id, t.editor.headers, { title: '不妥的更正' });
      const res = (await api.reject(a.id, t.reviewer.headers, '不必更正')).json();
      expect(res).toMatchObject({ status: 'published', correction: { title: '不妥的更正', pending: false } });
      expect((await app.inject({ method: 'GET', url: `/api/publications/${slug}` })).json().title).toBe(
        '原标题',
      );
    });

    it('withdrawal: tier 2 needs a reviewer or admin; the public page shows a notice and the API 410', async () => {
      const { t, api, a, slug } = await published(2);
      const byEditor = await api.withdraw(a.id, t.editor.headers);
      expect(byEditor.statusCode).toBe(403);
      const ok = await api.withdraw(a.id, t.reviewer.headers, '信息已过时');
      expect(ok.json()).toMatchObject({
        status: 'withdrawn',
        publication: { withdrawnAt: expect.any(Number) },
      });
      const apiRes = await app.inject({ method: 'GET', url: `/api/publications/${slug}` });
      expect(apiRes.statusCode).toBe(410);
      expect(apiRes.json().error.code).toBe('ARTICLE_WITHDRAWN');
      const page = await app.inject({ method: 'GET', url: `/a/${slug}` });
      expect(page.statusCode).toBe(410);
      expect(page.body).toContain('已撤回');
      expect(page.body).not.toContain('<p>为方便群众办事');
      expect((await api.withdraw(a.id, t.reviewer.headers)).json().error.code).toBe('ARTICLE_WITHDRAWN');
      expect((await api.correct(a.id, t.editor.headers, { title: '再改' })).json().error.code).toBe(
        'ARTICLE_NOT_PUBLISHED',
      );
      expect(await auditActions(ctx.db, a.id)).toContain('article.withdraw');
    });

    it("a withdrawn publication leaves followers' threads and stops counting as unread", async () => {
      const t = await reviewTeam(ctx.db, deps);
      const api = reviewApi(app, t.account.id);
      const c = await buildCitizen(ctx.db);
      const headers = { ...(await sessionHeaders(deps.sessions, 'citizen', c.id)) };
      await app.inject({ method: 'POST', url: `/api/accounts/${t.account.id}/follow`, headers, payload: {} });
      const a = await api.draft(t.editor.headers, { tier: 1, title: '将撤回的通知' });
      await api.submit(a.id, t.editor.headers);
      await api.publish(a.id, t.editor.headers);
      const unread = async () =>
        (await app.inject({ method: 'GET', url: '/api/me/home', headers }))
          .json()
          .items.find((e: { account: { id: number } }) => e.account.id === t.account.id).unread;
      const thread = async () =>
        (await app.inject({ method: 'GET', url: `/api/accounts/${t.account.id}/thread`, headers })).json()
          .items as Array<{ title: string }>;
      // (Reading the thread marks it read, so only the home list is looked at before.)
      expect(await unread()).toBe(1);

      expect((await api.withdraw(a.id, t.editor.headers)).json().status).toBe('withdrawn');
      expect(await unread()).toBe(0);
      expect(await thread()).toEqual([]);
    });

    it('withdrawal of a tier-1 article: its editor may', async () => {
      const { t, api, a } = await published(1);
      expect((await api.withdraw(a.id, t.editor.headers)).json().status).toBe('withdrawn');
    });
  });
});
