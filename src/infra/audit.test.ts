import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test/databases.js';
import { appendAudit, verifyAuditChain } from './audit.js';

describeEachDatabase('audit log', (ctx) => {
  it('chains entries so that editing any one of them is detected', async () => {
    for (let i = 0; i < 3; i++) {
      await ctx.db.k.transaction().execute((trx) =>
        appendAudit(trx, ctx.dialect, {
          at: 1000 + i,
          actorKind: 'staff',
          actorId: 1,
          accountId: 2,
          action: 'article.publish',
          target: `article:${i}`,
        }),
      );
    }
    expect(await verifyAuditChain(ctx.db.k)).toBeNull();
    const second = await ctx.db.k
      .selectFrom('audit_log')
      .select('id')
      .orderBy('id')
      .offset(1)
      .limit(1)
      .executeTakeFirstOrThrow();
    await ctx.db.k
      .updateTable('audit_log')
      .set({ action: 'article.delete' })
      .where('id', '=', second.id)
      .execute();
    expect(await verifyAuditChain(ctx.db.k)).toBe(second.id);
  });
});
