import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildStaff, sessionHeaders } from '../../test/factories.js';
import { auditActions, reviewApi, reviewTeam } from './testing.js';

describeEachDatabase('review: screening before submission and release', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
    const root = await buildStaff(ctx.db, { isPlatformAdmin: true });
    const headers = { ...(await sessionHeaders(deps.sessions, 'staff', root.id)) };
    for (const [word, level] of [
      ['代开发票', 'block'],
      ['最佳', 'warn'],
    ]) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/console/screening/words',
        headers,
        payload: { word, level },
      });
      expect(res.statusCode).toBe(201);
    }
  });
  afterAll(async () => {
    await deps?.outbox.stop();
    await app?.close();
  });

  it('a blocked word stops submission with the hits; nothing is submitted or audited', async () => {
    const t = await reviewTeam(ctx.db, deps);
    const api = reviewApi(app, t.account.id);
    const a = await api.draft(t.editor.headers, {
      tier: 2,
      bodyHtml: '<p>本店可代 开 发 票，最佳服务。</p>',
    });
    const res = await api.submit(a.id, t.editor.headers);
    expect(res.statusCode).toBe(422);
    const error = res.json().error;
    expect(error.code).toBe('CONTENT_BLOCKED');
    expect(error.details.hits).toEqual(
      expect.arrayContaining([expect.objectContaining({ level: 'block', field: 'body' })]),
    );
    expect((await api.state(a.id, t.editor.headers)).json()).toMatchObject({ status: 'draft', timeline: [] });
    expect(await auditActions(ctx.db, a.id)).toEqual(['article.create']);
    // Warnings alone do not stop it.
    await api.edit(a.id, t.editor.headers, { bodyHtml: '<p>最佳办事时间：工作日上午。</p>' });
    expect((await api.submit(a.id, t.editor.headers)).json().status).toBe('in_review');
  });

  it('a tier-1 draft released directly is screened too, and a correction is screened before review', async () => {
    const t = await reviewTeam(ctx.db, deps);
    const api = reviewApi(app, t.account.id);
    const a = await api.draft(t.editor.headers, { tier: 1, title: '代开发票' });
    const res = await api.publish(a.id, t.editor.headers);
    expect(res.json().error.code).toBe('CONTENT_BLOCKED');
    expect((await api.state(a.id, t.editor.headers)).json().status).toBe('draft');

    const b = await api.draft(t.editor.headers, { tier: 1 });
    expect((await api.publish(b.id, t.editor.headers)).statusCode).toBe(200);
    const fix = await api.correct(b.id, t.editor.headers, { title: '代开发票通知' });
    expect(fix.json().error.code).toBe('CONTENT_BLOCKED');
    expect((await api.versions(b.id, t.editor.headers)).json().items).toHaveLength(1);
  });
});
