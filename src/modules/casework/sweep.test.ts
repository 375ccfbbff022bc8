import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../deps.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildAccount, buildStaff } from '../../test/factories.js';
import { insertTestCase } from './testing.js';
import { closeAnsweredCases, sweepCaseClocks } from './sweep.js';

const HOUR = 3_600_000;

describeEachDatabase('case clock sweep', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
  });
  afterAll(async () => {
    await deps?.outbox.stop();
    await app?.close();
  });

  async function setting() {
    const account = await buildAccount(ctx.db, { region_code: '411500' });
    const responder = await buildStaff(ctx.db, { roles: [[account.id, 'responder']] });
    const editor = await buildStaff(ctx.db, { roles: [[account.id, 'editor']] });
    const leader = await buildStaff(ctx.db, { roles: [[account.id, 'leader']] });
    const supervisor = await buildStaff(ctx.db, { supervisorRegion: '411500' });
    const elsewhere = await buildStaff(ctx.db, { supervisorRegion: '410100' });
    return { account, responder, editor, leader, supervisor, elsewhere };
  }
  const kinds = (userId: number) =>
    ctx.db.k
      .selectFrom('staff_notifications')
      .select('kind')
      .where('user_id', '=', userId)
      .orderBy('id')
      .execute()
      .then((rows) => rows.map((r) => r.kind));
  const events = (caseId: number) =>
    ctx.db.k
      .selectFrom('case_events')
      .select(['kind', 'data'])
      .where('case_id', '=', caseId)
      .where('kind', 'in', ['warning', 'breach', 'escalated'])
      .orderBy('id')
      .execute();

  it('warns the team at 75%, escalates to the leader and the region supervisor at the deadline — each once, across a restart', async () => {
    const s = await setting();
    const filed = Date.UTC(2026, 10, 2, 1, 0);
    const c = await insertTestCase(ctx.db, { accountId: s.account.id, at: filed, regionCode: '411502' });

    // Before the warning: nothing.
    await sweepCaseClocks(ctx.db, filed + 35 * HOUR, 1000);
    expect(await events(c.id)).toEqual([]);

    await sweepCaseClocks(ctx.db, filed + 37 * HOUR, 1000);
    expect((await events(c.id)).map((e) => e.kind)).toEqual(['warning']);
    expect(await kinds(s.responder.id)).toEqual(['case.warning']);
    expect(await kinds(s.editor.id)).toEqual([]);
    expect(await kinds(s.leader.id)).toEqual([]);

    // "Restart": a new process over the same database sweeps the same instant again.
    const second = await buildTestApp(ctx.db);
    try {
      expect(await sweepCaseClocks(second.deps.database, filed + 37 * HOUR, 1000)).toMatchObject({
        fired: 0,
      });
      const row = await ctx.db.k
        .selectFrom('cases')
        .select(['clock_stage', 'clock_next_at', 'warned_at', 'due_at'])
        .where('id', '=', c.id)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({
        clock_stage: 'breach',
        clock_next_at: row.due_at,
        warned_at: filed + 37 * HOUR,
      });

      await sweepCaseClocks(second.deps.database, filed + 49 * HOUR, 1000);
      await sweepCaseClocks(ctx.db, filed + 50 * HOUR, 1000);
    } finally {
      await second.deps.outbox.stop();
      await second.app.close();
    }
    const fired = await events(c.id);
    expect(fired.map((e) => e.kind)).toEqual(['warning', 'breach', 'escalated']);
    expect(JSON.parse(fired[2]!.data!)).toMatchObject({ stage: 'breach', leaders: 1, supervisors: 1 });
    expect(await kinds(s.responder.id)).toEqual(['case.warning', 'case.breached']);
    expect(await kinds(s.leader.id)).toEqual(['case.escalated']);
    expect(await kinds(s.supervisor.id)).toEqual(['case.escalated']);
    expect(await kinds(s.elsewhere.id)).toEqual([]);
    const done = await ctx.db.k
      .selectFrom('cases')
      .select(['clock_stage', 'clock_next_at', 'breached_at'])
      .where('id', '=', c.id)
      .executeTakeFirstOrThrow();
    expect(done).toEqual({ clock_stage: null, clock_next_at: null, breached_at: filed + 49 * HOUR });
  });

  it('two sweepers at once fire every step exactly once', async () => {
    const s = await setting();
    const filed = Date.UTC(2026, 10, 3, 1, 0);
    const ids: number[] = [];
    for (let i = 0; i < 12; i++)
      ids.push((await insertTestCase(ctx.db, { accountId: s.account.id, at: filed + i * 1000 })).id);
    const now = filed + 37 * HOUR;
    const [x, y] = await Promise.all([
      sweepCaseClocks(ctx.db, now, 1000),
      sweepCaseClocks(ctx.db, now, 1000),
    ]);
    expect(x.fired + y.fired).toBe(12);
    const warnings = await ctx.db.k
      .selectFrom('case_events')
      .select('case_id')
      .where('case_id', 'in', ids)
      .where('kind', '=', 'warning')
      .execute();
    expect(warnings).toHaveLength(12);
    expect(await kinds(s.responder.id)).toHaveLength(12);
  });

  it('statement steps fire before the answer steps; an answered case is swept no more', async () => {
    const s = await setting();
    const filed = Date.UTC(2026, 10, 4, 1, 0);
    const c = await insertTestCase(ctx.db, {
      accountId: s.account.id,
      at: filed,
      dueHours: 24,
      statementHours: 4,
    });
    await sweepCaseClocks(ctx.db, filed + 5 * HOUR, 1000);
    const fired = await events(c.id);
    expect(fired.map((e) => [e.kind, JSON.parse(e.data!).stage])).toEqual([
      ['warning', 'statement_warning'],
      ['breach', 'statement_breach'],
      ['escalated', 'statement_breach'],
    ]);
    // Answered: the answer steps drop out; nothing more to sweep.
    await ctx.db.k
      .updateTable('cases')
      .set({ status: 'answered', clock_stage: null, clock_next_at: null })
      .where('id', '=', c.id)
      .execute();
    await sweepCaseClocks(ctx.db, filed + 30 * HOUR, 1000);
    expect(await events(c.id)).toHaveLength(3);
  });

  it('an answered case closes itself 7 days after the answer unless reopened', async () => {
    const s = await setting();
    const now = Date.UTC(2026, 10, 20, 1, 0);
    const make = async (answeredDaysAgo: number, status: 'answered' | 'in_progress') => {
      const c = await insertTestCase(ctx.db, { accountId: s.account.id, at: now - 10 * 24 * HOUR });
      await ctx.db.k
        .updateTable('cases')
        .set({
          status,
          answered_at: now - answeredDaysAgo * 24 * HOUR,
          clock_stage: null,
          clock_next_at: null,
        })
        .where('id', '=', c.id)
        .execute();
      return c.id;
    };
    const old = await make(8, 'answered');
    const recent = await make(6, 'answered');
    const reopened = await make(8, 'in_progress');
    await closeAnsweredCases(ctx.db, now, 1000);
    await closeAnsweredCases(ctx.db, now, 1000);
    const rows = await ctx.db.k
      .selectFrom('cases')
      .select(['id', 'status', 'closed_at'])
      .where('id', 'in', [old, recent, reopened])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { id: old, status: 'closed', closed_at: now },
      { id: recent, status: 'answered', closed_at: null },
      { id: reopened, status: 'in_progress', closed_at: null },
    ]);
    const closedEvents = await ctx.db.k
      .selectFrom('case_events')
      .select(['kind', 'public', 'actor_kind'])
      .where('case_id', '=', old)
      .where('kind', '=', 'closed')
      .execute();
    expect(closedEvents).toEqual([{ kind: 'closed', public: 1, actor_kind: 'system' }]);
  });

  it('the due cases are found through the partial index on clock_next_at', async () => {
    if (ctx.db.dialect !== 'sqlite') return;
    const { sql } = await import('kysely');
    const plan = await sql<{
      detail: string;
    }>`EXPLAIN QUERY PLAN SELECT * FROM cases WHERE clock_next_at IS NOT NULL AND clock_next_at <= ${Date.now()} ORDER BY clock_next_at LIMIT 200`.execute(
      ctx.db.k,
    );
    expect(plan.rows.map((r) => r.detail).join(' ')).toContain('cases_clock_next');
  });
});
