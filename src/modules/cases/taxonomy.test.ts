import { describe, expect, it } from 'vitest';
import { describeEachDatabase } from '../../test/databases.js';
import { DEFAULT_TAXONOMY, shipDefaultTaxonomy } from './taxonomy.js';

describeEachDatabase('cases: the default taxonomy of a new installation', (ctx) => {
  describe('shipDefaultTaxonomy', () => {
    it('ships every default category once, and never brings back one an admin removed', async () => {
      const count = async () =>
        (await ctx.db.k.selectFrom('case_categories').select('code').execute()).map((r) => r.code);
      expect(await shipDefaultTaxonomy(ctx.db, 1_000)).toBe(true);
      const codes = await count();
      expect(codes.sort()).toEqual(DEFAULT_TAXONOMY.map((c) => c.code).sort());

      const safety = await ctx.db.k
        .selectFrom('case_categories')
        .select(['id', 'major', 'due_hours'])
        .where('code', '=', 'public-safety')
        .executeTakeFirstOrThrow();
      expect(safety).toMatchObject({ major: 1, due_hours: 24 });

      await ctx.db.k.deleteFrom('case_categories').where('code', '=', 'other').execute();
      expect(await shipDefaultTaxonomy(ctx.db, 2_000)).toBe(false);
      expect(await count()).not.toContain('other');
      expect((await count()).length).toBe(DEFAULT_TAXONOMY.length - 1);
    });
  });
});
