import { beforeEach, expect, it } from 'vitest';
import { ManualClock } from '../clock.js';
import { describeEachDatabase } from '../../test/databases.js';
import type { JobHandler, JobHandlers, JobPayloads } from './names.js';
import { cancelJobs, enqueueJob } from './queue.js';
import { JobRunner, retryDelay } from './runner.js';

type Payload = JobPayloads['conversation.clock'];
const MIN = 60_000;
const payload = (conversationId: number): Payload => ({ conversationId, stage: 'breach', dueAt: 0 });

function recordingLog() {
  const errors: string[] = [];
  const warnings: string[] = [];
  return {
    errors,
    warnings,
    warn: (_o: unknown, msg?: string) => void warnings.push(msg ?? ''),
    error: (_o: unknown, msg?: string) => void errors.push(msg ?? ''),
  };
}

// Only the clock job runs here; the other names never get enqueued by these tests.
const handlersOf = (h: JobHandler<'conversation.clock'>): JobHandlers =>
  ({ 'conversation.clock': h }) as Partial<JobHandlers> as JobHandlers;

describeEachDatabase('durable jobs', (ctx) => {
  let clock: ManualClock;
  beforeEach(async () => {
    clock = new ManualClock();
    await ctx.db.k.deleteFrom('jobs').execute();
  });

  const jobRows = () => ctx.db.k.selectFrom('jobs').selectAll().orderBy('id').execute();
  const enqueue = (conversationId: number, runAt: number, key?: string) =>
    enqueueJob(
      ctx.db.k,
      { name: 'conversation.clock', payload: payload(conversationId), runAt, key },
      clock.now(),
    );

  it('runs a job once when its time comes, with its payload, and not before', async () => {
    const ran: Array<[Payload, number]> = [];
    const runner = new JobRunner(
      ctx.db,
      clock,
      handlersOf(async (p, c) => (ran.push([p, c.jobId]), 'done')),
      recordingLog(),
    );
    await enqueue(7, clock.now() + 10 * MIN);

    expect(await runner.runDue()).toBe(0);
    clock.advance(10 * MIN);
    expect(await runner.runDue()).toBe(1);
    expect(await runner.runDue()).toBe(0);

    const [row] = await jobRows();
    expect(ran).toEqual([[payload(7), row!.id]]);
    expect(row).toMatchObject({ status: 'done', attempts: 1, finished_at: clock.now(), locked_until: null });
  });

  it('a job survives a restart: a new runner over the same database runs it', async () => {
    await enqueue(1, clock.now());
    let ran = 0;
    const fresh = new JobRunner(
      ctx.db,
      clock,
      handlersOf(async () => (ran++, 'done')),
      recordingLog(),
    );
    expect(await fresh.runDue()).toBe(1);
    expect(ran).toBe(1);
  });

  it('a job scheduled in a transaction that rolls back does not exist', async () => {
    await expect(
      ctx.db.k.transaction().execute(async (trx) => {
        await enqueueJob(trx, { name: 'conversation.clock', payload: payload(1), runAt: 0 }, clock.now());
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await jobRows()).toEqual([]);
  });

  it('re-scheduling with the same key replaces the pending job instead of doubling it', async () => {
    await enqueue(1, clock.now() + MIN, 'conversation.clock:1');
    await enqueue(2, clock.now() + 5 * MIN, 'conversation.clock:1');
    const rows = await jobRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ run_at: clock.now() + 5 * MIN, payload: JSON.stringify(payload(2)) });

    const ran: number[] = [];
    const runner = new JobRunner(
      ctx.db,
      clock,
      handlersOf(async (p) => (ran.push(p.conversationId), 'done')),
      recordingLog(),
    );
    clock.advance(5 * MIN);
    await runner.runDue();
    // Once it ran, the key schedules a new job; the finished one keeps its history.
    await enqueue(3, clock.now(), 'conversation.clock:1');
    await runner.runDue();
    expect(ran).toEqual([2, 3]);
    expect((await jobRows()).map((r) => [r.status, r.key])).toEqual([
      ['done', null],
      ['done', 'conversation.clock:1'],
    ]);
  });

  it('two transactions scheduling the same key at once leave one job', async () => {
    await Promise.all(
      [1, 2].map((i) =>
        ctx.db.k.transaction().execute(async (trx) => {
          await enqueueJob(
            trx,
            { name: 'conversation.clock', payload: payload(i), runAt: clock.now() + i, key: 'race' },
            clock.now(),
          );
          await new Promise((r) => setTimeout(r, 30));
        }),
      ),
    );
    const rows = await jobRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ key: 'race', status: 'pending' });
  });

  it('re-scheduling a key whose job is running right now schedules a new job beside it', async () => {
    await enqueue(1, clock.now(), 'busy');
    void new JobRunner(
      ctx.db,
      clock,
      handlersOf(() => new Promise(() => {})),
      recordingLog(),
    ).runDue();
    await expect.poll(async () => (await jobRows())[0]?.status).toBe('running');
    await enqueue(2, clock.now() + MIN, 'busy');
    expect((await jobRows()).map((r) => [r.status, r.key, JSON.parse(r.payload).conversationId])).toEqual([
      ['running', null, 1],
      ['pending', 'busy', 2],
    ]);
  });

  it('cancelled jobs never run, and cancelling only touches the given keys', async () => {
    await enqueue(1, clock.now(), 'a');
    await enqueue(2, clock.now(), 'b');
    await enqueue(3, clock.now());
    await cancelJobs(ctx.db.k, ['a', 'unknown']);
    await cancelJobs(ctx.db.k, []);
    const ran: number[] = [];
    const runner = new JobRunner(
      ctx.db,
      clock,
      handlersOf(async (p) => (ran.push(p.conversationId), 'done')),
      recordingLog(),
    );
    await runner.runDue();
    expect(ran.sort()).toEqual([2, 3]);
  });

  it('a skipped job counts as done', async () => {
    await enqueue(1, clock.now());
    const runner = new JobRunner(
      ctx.db,
      clock,
      handlersOf(async () => 'skipped'),
      recordingLog(),
    );
    expect(await runner.runDue()).toBe(1);
    expect((await jobRows())[0]).toMatchObject({ status: 'done', last_error: null });
  });

  it('a failing job retries with growing backoff, then fails after 5 attempts with its error logged', async () => {
    await enqueue(1, clock.now());
    const log = recordingLog();
    let calls = 0;
    const runner = new JobRunner(
      ctx.db,
      clock,
      handlersOf(async () => {
        calls++;
        throw new Error(`database unreachable #${calls}`);
      }),
      log,
    );
    await runner.runDue();
    let [row] = await jobRows();
    expect(row).toMatchObject({ status: 'pending', attempts: 1, last_error: 'database unreachable #1' });
    expect(row!.run_at).toBe(clock.now() + retryDelay(1));
    expect(await runner.runDue()).toBe(0); // not before the backoff

    for (let attempt = 2; attempt <= 5; attempt++) {
      clock.advance(retryDelay(attempt - 1));
      expect(await runner.runDue()).toBe(1);
    }
    [row] = await jobRows();
    expect(row).toMatchObject({ status: 'failed', attempts: 5, last_error: 'database unreachable #5' });
    expect(log.errors).toEqual(['job failed: database unreachable #5']);
    expect(log.warnings).toHaveLength(4);
    clock.advance(24 * 60 * MIN);
    expect(await runner.runDue()).toBe(0);
    expect(calls).toBe(5);
    expect(retryDelay(1)).toBeLessThan(retryDelay(2));
  });

  it('a handler can ask to run again later', async () => {
    await enqueue(1, clock.now());
    let calls = 0;
    const runner = new JobRunner(
      ctx.db,
      clock,
      handlersOf(async (_p, c) => (++calls === 1 ? { retryAt: c.now + 3 * MIN } : 'done')),
      recordingLog(),
    );
    await runner.runDue();
    expect((await jobRows())[0]).toMatchObject({ status: 'pending', run_at: clock.now() + 3 * MIN });
    clock.advance(3 * MIN);
    await runner.runDue();
    expect((await jobRows())[0]).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('a job with no handler for its name fails at once', async () => {
    const now = clock.now();
    await ctx.db.k
      .insertInto('jobs')
      .values({
        name: 'no.such.job',
        payload: '{}',
        run_at: now,
        key: null,
        status: 'pending',
        attempts: 0,
        locked_until: null,
        last_error: null,
        created_at: now,
        finished_at: null,
      })
      .execute();
    const log = recordingLog();
    const runner = new JobRunner(
      ctx.db,
      clock,
      handlersOf(async () => 'done'),
      log,
    );
    expect(await runner.runDue()).toBe(1);
    expect((await jobRows())[0]).toMatchObject({
      status: 'failed',
      last_error: 'unknown job name: no.such.job',
    });
    expect(log.errors).toHaveLength(1);
  });

  it('a job whose runner crashed mid-handler runs again only after the lease expires', async () => {
    await enqueue(1, clock.now());
    const lease = 5 * MIN;
    // Runner A claims the job and never finishes (the process died).
    const crashed = new JobRunner(
      ctx.db,
      clock,
      handlersOf(() => new Promise(() => {})),
      recordingLog(),
      { leaseMs: lease },
    );
    void crashed.runDue();
    await expect.poll(async () => (await jobRows())[0]?.status).toBe('running');

    let ran = 0;
    const survivor = new JobRunner(
      ctx.db,
      clock,
      handlersOf(async () => (ran++, 'done')),
      recordingLog(),
      { leaseMs: lease },
    );
    expect(await survivor.runDue()).toBe(0);
    clock.advance(lease - 1);
    expect(await survivor.runDue()).toBe(0);
    clock.advance(1);
    expect(await survivor.runDue()).toBe(1);
    expect(ran).toBe(1);
    expect((await jobRows())[0]).toMatchObject({ status: 'done', attempts: 2 });
  });

  it('a runner that overran its lease cannot undo the work of the runner that took over', async () => {
    await enqueue(1, clock.now());
    let release: (r: 'done' | { retryAt: number }) => void = () => {};
    const slow = new JobRunner(
      ctx.db,
      clock,
      handlersOf(() => new Promise((r) => (release = r))),
      recordingLog(),
      { leaseMs: MIN },
    );
    const slowPass = slow.runDue();
    await expect.poll(async () => (await jobRows())[0]?.status).toBe('running');
    clock.advance(MIN);
    const fast = new JobRunner(
      ctx.db,
      clock,
      handlersOf(async () => 'done'),
      recordingLog(),
      { leaseMs: MIN },
    );
    expect(await fast.runDue()).toBe(1);
    release({ retryAt: clock.now() });
    await slowPass;
    expect((await jobRows())[0]).toMatchObject({ status: 'done' });
  });

  it('a job whose runner dies on every attempt is failed, not retried for ever', async () => {
    await enqueue(1, clock.now());
    for (let i = 0; i < 5; i++) {
      void new JobRunner(
        ctx.db,
        clock,
        handlersOf(() => new Promise(() => {})),
        recordingLog(),
        { leaseMs: MIN },
      ).runDue();
      await expect.poll(async () => (await jobRows())[0]?.attempts).toBe(i + 1);
      clock.advance(MIN);
    }
    const log = recordingLog();
    let ran = 0;
    expect(
      await new JobRunner(
        ctx.db,
        clock,
        handlersOf(async () => (ran++, 'done')),
        log,
      ).runDue(),
    ).toBe(0);
    expect(ran).toBe(0);
    expect((await jobRows())[0]).toMatchObject({
      status: 'failed',
      last_error: 'lease expired on the last attempt',
    });
    expect(log.errors).toHaveLength(1);
  });

  it('two runners racing over the same jobs run each job exactly once', async () => {
    for (let i = 1; i <= 40; i++) await enqueue(i, clock.now());
    const runs: number[] = [];
    const handler: JobHandler<'conversation.clock'> = async (p) => {
      runs.push(p.conversationId);
      await new Promise((r) => setTimeout(r, 2));
      return 'done';
    };
    const a = new JobRunner(ctx.db, clock, handlersOf(handler), recordingLog(), { batchSize: 3 });
    const b = new JobRunner(ctx.db, clock, handlersOf(handler), recordingLog(), { batchSize: 3 });
    const [ranA, ranB] = await Promise.all([a.runDue(), b.runDue()]);
    expect(ranA + ranB).toBe(40);
    expect(runs.sort((x, y) => x - y)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    if (ctx.dialect === 'postgres') expect(Math.min(ranA, ranB)).toBeGreaterThan(0); // both really worked
  });

  it('start() polls for due jobs and stop() waits for the pass under way', async () => {
    await enqueue(1, clock.now());
    let ran = 0;
    const runner = new JobRunner(
      ctx.db,
      clock,
      handlersOf(async () => (ran++, 'done')),
      recordingLog(),
    );
    runner.start(10);
    await expect.poll(() => ran).toBe(1);
    await runner.stop();
    await enqueue(2, clock.now());
    await new Promise((r) => setTimeout(r, 50));
    expect(ran).toBe(1);
  });

  it('purges done and failed jobs that finished before the cut-off, never pending ones', async () => {
    await enqueue(1, clock.now());
    await enqueue(2, clock.now() + 60 * MIN);
    const runner = new JobRunner(
      ctx.db,
      clock,
      handlersOf(async () => 'done'),
      recordingLog(),
    );
    await runner.runDue();
    await runner.purgeFinished(clock.now());
    expect((await jobRows()).map((r) => r.status)).toEqual(['done', 'pending']);
    await runner.purgeFinished(clock.now() + 1);
    expect((await jobRows()).map((r) => r.status)).toEqual(['pending']);
  });
});
