/**
 * Runs durable jobs (ENGINEERING.md, shapes 7 and 8). A job is a row, so it survives crashes
 * and restarts; a runner claims due rows in a short transaction (PostgreSQL skips rows another
 * runner holds; SQLite has one writer), stamps a lease on them and runs the handlers outside
 * that transaction. A runner that dies mid-handler leaves its lease behind: the job becomes
 * due again when the lease passes, so handlers must be idempotent. Failures (thrown or asked
 * for with `{retryAt}`) retry with backoff up to `maxAttempts`, then the job is `failed`.
 */
import type { Database } from '../../db/database.js';
import { skipLocked } from '../../db/dialect.js';
import type { Clock } from '../clock.js';
import type { JobHandler, JobHandlers, JobName, JobResult } from './names.js';

export interface JobRunnerOptions {
  /** How long a claim holds before another runner may take the job over (crash recovery). */
  leaseMs?: number;
  /** Jobs claimed per transaction; small, so each lease covers little work. */
  batchSize?: number;
  /** Attempts before a job is marked failed. */
  maxAttempts?: number;
}

interface ClaimedJob {
  id: number;
  name: string;
  payload: string;
  attempts: number;
  leaseUntil: number;
}

const SECOND = 1000;

/** Backoff after the n-th failed attempt: 30 s, 1 min, 2 min, 4 min… capped at one hour. */
export function retryDelay(attempts: number): number {
  return Math.min(30 * SECOND * 2 ** Math.max(0, attempts - 1), 3600 * SECOND);
}

export class JobRunner {
  private readonly leaseMs: number;
  private readonly batchSize: number;
  private readonly maxAttempts: number;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    private database: Database,
    private clock: Clock,
    private handlers: JobHandlers,
    private log: { warn(obj: unknown, msg?: string): void; error(obj: unknown, msg?: string): void },
    opts: JobRunnerOptions = {},
  ) {
    this.leaseMs = opts.leaseMs ?? 5 * 60 * SECOND;
    this.batchSize = opts.batchSize ?? 10;
    this.maxAttempts = opts.maxAttempts ?? 5;
  }

  /**
   * Runs every due job once and returns how many ran. Retries are scheduled at least a second
   * ahead, so with a clock that stands still (tests) a pass always ends.
   */
  async runDue(): Promise<number> {
    let ran = 0;
    for (;;) {
      const batch = await this.claim();
      if (batch.length === 0) return ran;
      for (const job of batch) {
        await this.runOne(job);
        ran++;
      }
    }
  }

  /** Polls every `ms` (worker role); overlapping ticks collapse into the pass under way. */
  start(ms = 1000): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      this.running ??= this.runDue()
        .catch((err: unknown) => {
          this.log.error({ err }, 'job runner pass failed; the next tick retries');
          return 0;
        })
        .finally(() => (this.running = null));
    }, ms);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running;
  }

  /** Deletes done and failed jobs that finished before `before` (housekeeping). */
  async purgeFinished(before: number): Promise<void> {
    await this.database.k
      .deleteFrom('jobs')
      .where('status', 'in', ['done', 'failed'])
      .where('finished_at', '<', before)
      .execute();
  }

  /** Takes up to batchSize due jobs: pending ones whose time came, and running ones whose lease expired. */
  private async claim(): Promise<ClaimedJob[]> {
    const now = this.clock.now();
    const leaseUntil = now + this.leaseMs;
    return this.database.k.transaction().execute(async (trx) => {
      const rows = await skipLocked(
        this.database.dialect,
        trx
          .selectFrom('jobs')
          .select(['id', 'name', 'payload', 'attempts', 'status'])
          .where((eb) =>
            eb.or([
              eb.and([eb('status', '=', 'pending'), eb('run_at', '<=', now)]),
              eb.and([eb('status', '=', 'running'), eb('locked_until', '<=', now)]),
            ]),
          )
          .orderBy('run_at')
          .orderBy('id')
          .limit(this.batchSize),
      ).execute();
      if (rows.length === 0) return [];
      // A job whose runner kept dying (lease expired) on its last attempt is not tried again.
      const exhausted = rows.filter((r) => r.status === 'running' && r.attempts >= this.maxAttempts);
      for (const r of exhausted) {
        this.log.error({ jobId: r.id, name: r.name }, 'job failed: its runner stopped on every attempt');
        await trx
          .updateTable('jobs')
          .set({
            status: 'failed',
            last_error: 'lease expired on the last attempt',
            locked_until: null,
            finished_at: now,
          })
          .where('id', '=', r.id)
          .execute();
      }
      const claimed = rows.filter((r) => !exhausted.includes(r));
      if (claimed.length > 0) {
        await trx
          .updateTable('jobs')
          .set((eb) => ({ status: 'running', locked_until: leaseUntil, attempts: eb('attempts', '+', 1) }))
          .where(
            'id',
            'in',
            claimed.map((r) => r.id),
          )
          .execute();
      }
      return claimed.map((r) => ({ ...r, attempts: r.attempts + 1, leaseUntil }));
    });
  }

  private async runOne(job: ClaimedJob): Promise<void> {
    const handler = (this.handlers as Record<string, JobHandler<JobName> | undefined>)[job.name];
    if (!handler) {
      this.log.error({ jobId: job.id, name: job.name }, 'job failed: no handler for its name');
      await this.finish(job, { status: 'failed', last_error: `unknown job name: ${job.name}` });
      return;
    }
    let result: JobResult;
    try {
      result = await handler(JSON.parse(job.payload) as never, { now: this.clock.now(), jobId: job.id });
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      await this.retryOrFail(job, this.clock.now() + retryDelay(job.attempts), message, err);
      return;
    }
    if (result === 'done' || result === 'skipped') {
      await this.finish(job, { status: 'done', last_error: null });
    } else {
      await this.retryOrFail(job, result.retryAt, 'the handler asked to retry', null);
    }
  }

  private async retryOrFail(job: ClaimedJob, retryAt: number, message: string, err: unknown): Promise<void> {
    if (job.attempts >= this.maxAttempts) {
      this.log.error(
        { err, jobId: job.id, name: job.name, attempts: job.attempts },
        `job failed: ${message}`,
      );
      await this.finish(job, { status: 'failed', last_error: message });
      return;
    }
    this.log.warn(
      { err, jobId: job.id, name: job.name, attempts: job.attempts },
      `job will retry: ${message}`,
    );
    await this.database.k
      .updateTable('jobs')
      .set({
        status: 'pending',
        run_at: Math.max(retryAt, this.clock.now() + SECOND),
        locked_until: null,
        last_error: message,
      })
      .where('id', '=', job.id)
      .where('locked_until', '=', job.leaseUntil)
      .execute();
  }

  /**
   * Records the outcome, but only while this runner still holds the lease: a runner that
   * overran its lease must not overwrite the state of the runner that took the job over.
   */
  private async finish(
    job: ClaimedJob,
    outcome: { status: 'done' | 'failed'; last_error: string | null },
  ): Promise<void> {
    await this.database.k
      .updateTable('jobs')
      .set({ ...outcome, locked_until: null, finished_at: this.clock.now() })
      .where('id', '=', job.id)
      .where('locked_until', '=', job.leaseUntil)
      .execute();
  }
}
