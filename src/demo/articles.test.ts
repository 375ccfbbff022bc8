import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../deps.js';
import { ManualClock } from '../infra/clock.js';
import { buildTestApp } from '../test/app.js';
import { describeEachDatabase } from '../test/databases.js';
import { buildAccount, buildStaff } from '../test/factories.js';
import { DEMO_ARTICLES } from './articleContent.js';
import { demoTime, seedDemoArticles, type DemoAccountRef } from './articles.js';

describeEachDatabase('demo articles', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  const clock = new ManualClock(Date.UTC(2026, 10, 25, 7, 0, 0));
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db, { clock }));
  });
  afterAll(async () => {
    await deps?.outbox.stop();
    await app?.close();
  });

  it('are published in time order through the use cases, with covers, once however often the seed runs', async () => {
    const refs: Record<string, DemoAccountRef> = {};
    for (const handle of ['henan-edu', 'zhengzhou-traffic']) {
      const account = await buildAccount(ctx.db, { handle: `${handle}-${ctx.dialect}`, verified: 1 });
      const editor = await buildStaff(ctx.db, { roles: [[account.id, 'editor']] });
      refs[handle] = { id: account.id, editorId: editor.id };
    }
    await seedDemoArticles(deps, refs);
    await seedDemoArticles(deps, refs);

    for (const [handle, ref] of Object.entries(refs)) {
      const pubs = await ctx.db.k
        .selectFrom('publications')
        .selectAll()
        .where('account_id', '=', ref.id)
        .orderBy('seq')
        .execute();
      expect(pubs).toHaveLength(DEMO_ARTICLES[handle]!.length);
      expect(pubs.map((p) => p.seq)).toEqual(pubs.map((_, i) => i + 1));
      const times = pubs.map((p) => p.published_at);
      expect([...times].sort((a, b) => a - b)).toEqual(times);
      expect(times.every((t) => t < clock.now())).toBe(true);
      expect(pubs.every((p) => p.cover_url?.startsWith('/media/'))).toBe(true);
      const page = await app.inject({ method: 'GET', url: `/a/${pubs[0]!.slug}` });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<h3>');
      // Published through the release path, so signed (src/modules/signing).
      expect(page.body).toContain('验证码');
      const signed = await ctx.db.k
        .selectFrom('signatures')
        .select('subject_id')
        .where('account_id', '=', ref.id)
        .execute();
      expect(signed.map((s) => s.subject_id).sort()).toEqual(pubs.map((p) => p.id).sort());
    }
  });

  it('places times in Beijing wall-clock time and never in the future', () => {
    const now = Date.UTC(2026, 10, 25, 1, 0, 0); // 09:00 in Beijing
    expect(new Date(demoTime(now, 1, '10:15')).toISOString()).toBe('2026-11-24T02:15:00.000Z');
    expect(demoTime(now, 0, '16:00')).toBe(now - 60_000);
  });
});
