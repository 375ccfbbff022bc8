import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../deps.js';
import { buildTestApp } from '../test/app.js';
import { describeEachDatabase } from '../test/databases.js';
import { seedDemo } from './seed.js';

describeEachDatabase('demo cases', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
  });
  afterAll(async () => {
    await app.close();
  });

  it('seeds the taxonomy, traffic routing and cases in every state, once', async () => {
    await seedDemo(deps);
    const rows = await ctx.db.k
      .selectFrom('cases')
      .innerJoin('accounts as door', 'door.id', 'cases.filed_account_id')
      .innerJoin('accounts as now', 'now.id', 'cases.account_id')
      .select(['door.handle as door', 'now.handle as handling', 'cases.status', 'cases.kind'])
      .orderBy('cases.id')
      .execute();
    expect(rows).toEqual([
      { door: 'henan-edu', handling: 'xinyang-traffic', status: 'received', kind: 'complaint' },
      { door: 'henan-edu', handling: 'henan-edu', status: 'in_progress', kind: 'consultation' },
      { door: 'zhengzhou-traffic', handling: 'zhengzhou-traffic', status: 'answered', kind: 'complaint' },
      { door: 'xinyang-police', handling: 'xinyang-police', status: 'closed', kind: 'suggestion' },
      { door: 'xinyang-traffic', handling: 'xinyang-traffic', status: 'received', kind: 'complaint' },
      { door: 'xinyang-letters', handling: 'xinyang-letters', status: 'received', kind: 'report' },
    ]);
    expect((await ctx.db.k.selectFrom('case_routing_rules').select('id').execute()).length).toBe(8);
    await seedDemo(deps);
    expect((await ctx.db.k.selectFrom('cases').select('id').execute()).length).toBe(6);
  });
});
