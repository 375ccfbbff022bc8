import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../deps.js';
import { buildTestApp } from '../test/app.js';
import { describeEachDatabase } from '../test/databases.js';
import { buildAccount } from '../test/factories.js';
import { screenContent } from '../modules/screening/gate.js';
import { seedDemoScreening } from './screening.js';

describeEachDatabase('demo sensitive words', (ctx) => {
  let deps: AppDeps;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const built = await buildTestApp(ctx.db);
    deps = built.deps;
    close = () => built.app.close();
  });
  afterAll(async () => {
    await deps?.outbox.stop();
    await close?.();
  });

  it('seeds the platform dictionary once, and screening uses it', async () => {
    await seedDemoScreening(deps);
    const count = async () =>
      (await ctx.db.k.selectFrom('screening_words').select('id').where('scope', '=', 0).execute()).length;
    const n = await count();
    expect(n).toBeGreaterThanOrEqual(10);
    await seedDemoScreening(deps);
    expect(await count()).toBe(n);
    const account = await buildAccount(ctx.db);
    const hits = await screenContent(ctx.db, account.id, {
      title: '国家級示范',
      summary: '',
      bodyHtml: '<p>严厉打击网络 赌博</p>',
    });
    expect(hits.map((h) => [h.word, h.level])).toEqual([
      ['国家级', 'warn'],
      ['网络赌博', 'block'], // 赌博 inside it is not listed again
    ]);
  });
});
