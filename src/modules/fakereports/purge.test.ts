import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { buildAccount } from '../../test/factories.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildTestApp } from '../../test/app.js';
import { purgeUnfiledScreenshots, UNFILED_SCREENSHOT_TTL_MS } from './purgeScreenshots.js';
import { reportsApi, screenshotPng, signedInCitizen } from './testing.js';

describeEachDatabase('fake-account reports: unfiled screenshots', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
  });
  afterAll(async () => {
    await deps?.outbox.stop();
    await app?.close();
  });

  it('drops a day-old upload never filed, keeps filed evidence and bytes another row shares', async () => {
    const api = reportsApi(app);
    const c = await signedInCitizen(ctx.db, deps);
    const png = screenshotPng();
    const filed = (await api.upload(c.headers, png)).json().id as number;
    const twin = (await api.upload(c.headers, png)).json().id as number; // same bytes, same key
    const loose = (await api.upload(c.headers)).json().id as number;
    await api.file(c.headers, {
      accountId: (await buildAccount(ctx.db)).id,
      reason: 'impersonates_department',
      screenshotIds: [filed],
    });
    const keys = async (id: number) =>
      ctx.db.k
        .selectFrom('fake_report_screenshots')
        .select(['storage_key', 'thumb_key'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
    const [filedKeys, looseKeys] = [await keys(filed), await keys(loose)];

    expect(await purgeUnfiledScreenshots(deps, Date.now())).toBe(0); // not a day old yet
    expect(
      await purgeUnfiledScreenshots(deps, Date.now() + UNFILED_SCREENSHOT_TTL_MS + 1000),
    ).toBeGreaterThanOrEqual(2);
    const left = await ctx.db.k
      .selectFrom('fake_report_screenshots')
      .select('id')
      .where('id', 'in', [filed, twin, loose])
      .execute();
    expect(left).toEqual([{ id: filed }]);
    expect(await deps.mediaStorage.exists(filedKeys.storage_key)).toBe(true);
    expect(await deps.mediaStorage.exists(looseKeys.storage_key)).toBe(false);
    expect(await deps.mediaStorage.exists(looseKeys.thumb_key)).toBe(false);
  });
});
