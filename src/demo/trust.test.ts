import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../deps.js';
import { buildTestApp } from '../test/app.js';
import { describeEachDatabase } from '../test/databases.js';
import { seedDemo } from './seed.js';
import { DEMO_IMPOSTOR } from './trust.js';

describeEachDatabase('demo impostor', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
    await seedDemo(deps);
  });
  afterAll(async () => {
    await app.close();
  });

  it('is held by the guard for review, next to the verified 河南省教育厅, and hidden from citizens', async () => {
    const account = await ctx.db.k
      .selectFrom('accounts')
      .select(['id', 'status'])
      .where('handle', '=', DEMO_IMPOSTOR.handle)
      .executeTakeFirstOrThrow();
    expect(account.status).toBe('held');
    const hold = await ctx.db.k
      .selectFrom('name_holds')
      .selectAll()
      .where('account_id', '=', account.id)
      .executeTakeFirstOrThrow();
    expect(hold).toMatchObject({
      status: 'pending',
      proposed_name: DEMO_IMPOSTOR.name,
      closest_name: '河南省教育厅',
    });
    const directory = await app.inject({ method: 'GET', url: '/api/directory?q=教育' });
    const handles = (directory.json() as { items: Array<{ handle: string }> }).items.map((a) => a.handle);
    expect(handles).toContain('henan-edu');
    expect(handles).not.toContain(DEMO_IMPOSTOR.handle);
    expect(
      (await app.inject({ method: 'GET', url: `/api/accounts/${DEMO_IMPOSTOR.handle}` })).statusCode,
    ).toBe(404);
  });
});
