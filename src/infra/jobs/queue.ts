/**
 * Scheduling durable jobs inside the caller's transaction, so a job exists exactly when the
 * change that needs it committed (ENGINEERING.md, shape 7).
 */
import type { Kysely } from 'kysely';
import type { Schema } from '../../db/schema.js';
import type { JobName, JobPayloads } from './names.js';

/**
 * Schedules a job in the caller's transaction. With a key, a pending job of the same key is
 * replaced (run_at/payload updated), so re-scheduling a clock never doubles it. A keyed job
 * that already ran (done/failed) or is running gives its key up to the new one: the old row
 * keeps its history under a null key.
 */
export async function enqueueJob<N extends JobName>(
  k: Kysely<Schema>,
  job: { name: N; payload: JobPayloads[N]; runAt: number; key?: string },
  now: number,
): Promise<void> {
  const row = {
    name: job.name,
    payload: JSON.stringify(job.payload),
    run_at: job.runAt,
    key: job.key ?? null,
    status: 'pending' as const,
    attempts: 0,
    locked_until: null,
    last_error: null,
    created_at: now,
    finished_at: null,
  };
  if (job.key === undefined) {
    await k.insertInto('jobs').values(row).execute();
    return;
  }
  // An upsert rather than look-then-insert, so two transactions scheduling the same key at
  // once end with one job (PostgreSQL makes the second wait, then update). A conflicting row
  // that a runner claimed meanwhile is not pending: its key is released and we try again.
  for (let attempt = 0; attempt < 3; attempt++) {
    await k
      .updateTable('jobs')
      .set({ key: null })
      .where('key', '=', job.key)
      .where('status', '!=', 'pending')
      .execute();
    const result = await k
      .insertInto('jobs')
      .values(row)
      .onConflict((oc) =>
        oc
          .column('key')
          .doUpdateSet({
            name: row.name,
            payload: row.payload,
            run_at: row.run_at,
            attempts: 0,
            last_error: null,
          })
          .where('jobs.status', '=', 'pending'),
      )
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0) > 0) return;
  }
  throw new Error(`could not schedule job ${job.name} with key ${job.key}`);
}

/** Cancels pending jobs with these keys (in the caller's transaction). */
export async function cancelJobs(k: Kysely<Schema>, keys: string[]): Promise<void> {
  if (keys.length === 0) return;
  await k.deleteFrom('jobs').where('key', 'in', keys).where('status', '=', 'pending').execute();
}
