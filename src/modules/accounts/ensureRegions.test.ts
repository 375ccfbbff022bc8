import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.js';
import { ensureRegions, readRegionData } from './ensureRegions.js';

describeEachDatabase('GB/T 2260 regions', (ctx) => {
  it('loads every province, prefecture and county once, with parents that exist', async () => {
    const t0 = Date.now();
    await ensureRegions(ctx.db);
    const elapsed = Date.now() - t0;
    const { rows } = readRegionData();
    const count = await ctx.db.k
      .selectFrom('regions')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(rows.length);
    expect(rows.length).toBeGreaterThan(3000);
    const xinyang = await ctx.db.k
      .selectFrom('regions')
      .selectAll()
      .where('code', '=', '411500')
      .executeTakeFirstOrThrow();
    expect(xinyang).toEqual({ code: '411500', name: '信阳市', parent_code: '410000', level: 2 });
    // Municipalities list districts directly under the province-level code.
    const dongcheng = await ctx.db.k
      .selectFrom('regions')
      .selectAll()
      .where('code', '=', '110101')
      .executeTakeFirstOrThrow();
    expect(dongcheng.parent_code).toBe('110000');
    const orphans = await ctx.db.k
      .selectFrom('regions as r')
      .leftJoin('regions as p', 'p.code', 'r.parent_code')
      .select('r.code')
      .where('r.parent_code', 'is not', null)
      .where('p.code', 'is', null)
      .execute();
    expect(orphans).toEqual([]);
    expect(elapsed).toBeLessThan(5000);
  });

  it('is idempotent and costs one query once loaded', async () => {
    await ensureRegions(ctx.db);
    const t0 = Date.now();
    await ensureRegions(ctx.db);
    expect(Date.now() - t0).toBeLessThan(200);
    const count = await ctx.db.k
      .selectFrom('regions')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(readRegionData().rows.length);
  });
});
