/**
 * "A scheduled push goes out exactly once", checked by killing a real process (the in-process
 * version is in pushes.test.ts). The test prepares a SQLite file with a scheduled push whose
 * `push.release` job is already due, starts a worker process (crash-child.ts: the app's
 * dependencies, the real JobRunner and handlers, a 1.5 s lease) and SIGKILLs it mid-job; then
 * a fresh worker (the restart) runs whatever is due once the lease has passed. Each time, the
 * push must end `sent` with exactly one publication, one `publication.created` event and one
 * audit entry per article, and its jobs `done`.
 *
 * Where the kill lands is steered without hooks in production code: the test reads the rows
 * in a tight loop (WAL: reading never blocks the victim) and kills the victim the moment they
 * show the stage a case waits for: the job claimed (`running`), or the push released. Just
 * before the kill it tries SQLite's write lock without waiting: if it gets it, nothing the
 * victim does can commit in between, so the state it saw is the state the victim dies with;
 * if it does not, the victim held the lock, i.e. it died inside a write transaction. Either
 * way the rows read after its death tell which branch the kill reached:
 *
 *  - before release: job `running`, push still `scheduled` (the release transaction had not
 *    committed; the restart must release it);
 *  - after release: job `running`, push `sending` (the release committed, the job was not
 *    marked done; the restart must find the push released and skip);
 *  - after done: the job was finished already (nothing left to recover but the fan-out).
 *
 * The window between the release's commit and the job's is short (one fsync), so on a given
 * run a case may land in a neighbouring branch; every case asserts exactly-once whatever
 * branch it reached (and the job's attempt count that branch implies), and the run prints
 * where each kill landed. SQLite only: on PostgreSQL it is the same runner and handler code, and
 * the in-process test in pushes.test.ts runs on both databases.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database.js';
import { ManualClock } from '../../infra/clock.js';
import { buildTestApp } from '../../test/app.js';
import { raisePushQuota } from '../../test/factories.js';
import { MIN_SCHEDULE_LEAD_MS } from './createPush.js';
import { accountWithEditor, approvedArticle, follower, postPush } from './testing.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const CHILD = path.join(here, 'crash-child.ts');
const LEASE_MS = 1500;

type Branch = 'before release' | 'after release' | 'after done';

interface Prepared {
  dataDir: string;
  file: string;
  accountId: number;
  pushId: number;
  articleIds: number[];
}

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

/** A migrated SQLite file with a two-article scheduled push, created through the route, already due. */
async function prepare(): Promise<Prepared> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zw-push-crash-'));
  dirs.push(dataDir);
  const file = path.join(dataDir, 'zhengwei.sqlite');
  const db = openDatabase({ sqliteFile: file });
  // The push is scheduled by a clock ten minutes behind, so its job is due on the real clock.
  const clock = new ManualClock(Date.now() - 10 * 60_000);
  const { app, deps } = await buildTestApp(db, { clock });
  try {
    const { account, editor } = await accountWithEditor(db, deps);
    await raisePushQuota(db, account.id);
    await follower(db, deps, account.id);
    const articles = [
      await approvedArticle(db, account.id, editor.id, '定时一'),
      await approvedArticle(db, account.id, editor.id, '定时二'),
    ];
    const res = await postPush(app, account.id, editor.headers, {
      articleIds: articles.map((a) => a.id),
      audience: { kind: 'all' },
      scheduledAt: clock.now() + MIN_SCHEDULE_LEAD_MS + 1000,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().push.status).toBe('scheduled');
    return {
      dataDir,
      file,
      accountId: account.id,
      pushId: res.json().push.id as number,
      articleIds: articles.map((a) => a.id),
    };
  } finally {
    await deps.outbox.stop();
    await app.close();
    await db.close();
  }
}

interface Child {
  proc: ChildProcess;
  ready: Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stdout: () => string;
  stderr: () => string;
}

function startChild(mode: 'victim' | 'restart', dataDir: string): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', CHILD, mode, dataDir, String(LEASE_MS)], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  proc.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const ready = new Promise<void>((resolve, reject) => {
    proc.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.startsWith('ready\n')) resolve();
    });
    void exited.then(({ code, signal }) =>
      reject(new Error(`${mode} exited before it was ready (${code ?? signal}): ${err}`)),
    );
  });
  ready.catch(() => {});
  return { proc, ready, exited, stdout: () => out, stderr: () => err };
}

/** The push's job and the push itself, as committed. */
interface State {
  job: string;
  attempts: number;
  push: string;
  /** The fan-out job the release schedules, once it committed. */
  fanout: { status: string; attempts: number } | null;
}

const stateQueries = new WeakMap<SQLite.Database, SQLite.Statement>();

function stateOf(conn: SQLite.Database, pushId: number): State {
  let query = stateQueries.get(conn);
  if (!query) {
    query = conn.prepare(
      `SELECT j.status AS job, j.attempts, p.status AS push, f.status AS f_status, f.attempts AS f_attempts
         FROM pushes p
         JOIN jobs j ON j.key = 'push:' || p.id
         LEFT JOIN jobs f ON f.key = 'push-fanout:' || p.id
        WHERE p.id = ?`,
    );
    stateQueries.set(conn, query);
  }
  const row = query.get(pushId) as Omit<State, 'fanout'> & { f_status: string | null; f_attempts: number };
  return {
    job: row.job,
    attempts: row.attempts,
    push: row.push,
    fanout: row.f_status === null ? null : { status: row.f_status, attempts: row.f_attempts },
  };
}

/** What a job's attempts will be once done: a job that was not done is claimed once more. */
const finalAttempts = (job: { status: string; attempts: number } | null) =>
  job === null ? 1 : job.attempts + (job.status === 'done' ? 0 : 1);

const tick = () => new Promise((r) => setImmediate(r));

/** Takes SQLite's write lock if it is free this instant (the connection has no busy timeout). */
function tryLock(conn: SQLite.Database): boolean {
  try {
    conn.exec('BEGIN IMMEDIATE');
    return true;
  } catch (err) {
    if ((err as { code?: string }).code === 'SQLITE_BUSY') return false;
    throw err;
  }
}

/**
 * Starts a victim worker, watches the push's rows and SIGKILLs the victim as soon as
 * `when(state)` holds (after `delayMs`, if given). Returns the state the victim died with, and
 * whether it held SQLite's write lock at that moment (it died inside a write transaction).
 */
async function killVictim(
  p: Prepared,
  when: (s: State) => boolean,
  delayMs = 0,
): Promise<{ state: State; inTransaction: boolean }> {
  const victim = startChild('victim', p.dataDir);
  await victim.ready;
  const conn = new SQLite(p.file, { timeout: 0 });
  try {
    const deadline = Date.now() + 30_000;
    // Looks without yielding for 20 ms at a time: the gap between two of the victim's
    // commits is a few microtasks, and the kill should come inside it.
    let seen = stateOf(conn, p.pushId);
    for (;;) {
      const until = Date.now() + 20;
      while (!when(seen) && Date.now() < until) seen = stateOf(conn, p.pushId);
      if (when(seen)) break;
      if (Date.now() > deadline) throw new Error(`victim never got there (${seen.job}): ${victim.stderr()}`);
      await tick();
    }
    if (delayMs > 0) {
      await new Promise((r) => setTimeout(r, delayMs));
      seen = stateOf(conn, p.pushId);
    }
    // Holding the write lock (when it is free) freezes the state: nothing the victim does can
    // commit between the look above and its death. When it is not free, the victim holds it.
    const locked = tryLock(conn);
    victim.proc.kill('SIGKILL');
    const { signal } = await victim.exited;
    expect(signal).toBe('SIGKILL');
    if (locked) conn.exec('ROLLBACK');
    conn.close();
    // Read as the restart will: a fresh first connection rebuilds SQLite's WAL index from
    // the log, so a commit the victim wrote but had not yet published counts as committed.
    const fresh = new SQLite(p.file);
    const state = stateOf(fresh, p.pushId);
    fresh.close();
    if (locked) expect(state).toEqual(seen);
    return { state, inTransaction: !locked };
  } finally {
    if (conn.open && conn.inTransaction) conn.exec('ROLLBACK');
    if (conn.open) conn.close();
    if (victim.proc.exitCode === null && victim.proc.signalCode === null) victim.proc.kill('SIGKILL');
  }
}

function branchOf(s: State): Branch {
  if (s.job === 'done') return 'after done';
  expect(s.job).toBe('running');
  return s.push === 'scheduled' ? 'before release' : 'after release';
}

async function restartAndCheck(p: Prepared, died: State) {
  const restart = startChild('restart', p.dataDir);
  const { code } = await restart.exited;
  if (code !== 0) throw new Error(`restart failed (${code}): ${restart.stderr()}`);

  const db = openDatabase({ sqliteFile: p.file });
  try {
    const publications = await db.k
      .selectFrom('publications')
      .select(['id', 'article_id', 'seq', 'push_id'])
      .where('account_id', '=', p.accountId)
      .orderBy('seq')
      .execute();
    expect(publications.map((x) => [x.article_id, x.seq, x.push_id])).toEqual([
      [p.articleIds[0], 1, p.pushId],
      [p.articleIds[1], 2, p.pushId],
    ]);
    const articles = await db.k
      .selectFrom('articles')
      .select('status')
      .where('id', 'in', p.articleIds)
      .execute();
    expect(articles.map((a) => a.status)).toEqual(['published', 'published']);
    const push = await db.k
      .selectFrom('pushes')
      .select(['status', 'targeted_count'])
      .where('id', '=', p.pushId)
      .executeTakeFirstOrThrow();
    expect(push).toEqual({ status: 'sent', targeted_count: 1 });

    const jobs = await db.k.selectFrom('jobs').select(['name', 'key', 'status', 'attempts']).execute();
    expect(jobs.sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      {
        name: 'push.fanout',
        key: `push-fanout:${p.pushId}`,
        status: 'done',
        attempts: finalAttempts(died.fanout),
      },
      {
        name: 'push.release',
        key: `push:${p.pushId}`,
        status: 'done',
        attempts: finalAttempts({ status: died.job, attempts: died.attempts }),
      },
    ]);

    // One card per publication, to the account's room (an untargeted push nudges no feeds);
    // the publications are the feed's entries (fan-out on read), checked above.
    const events = await db.k.selectFrom('outbox').select(['room', 'event', 'payload']).execute();
    const cards = events.filter((e) => e.event === 'publication.created');
    expect(cards.map((e) => e.room)).toEqual([`account:${p.accountId}`, `account:${p.accountId}`]);
    expect(cards.map((e) => (JSON.parse(e.payload) as { id: number }).id).sort()).toEqual(
      publications.map((x) => x.id).sort(),
    );
    expect(events.filter((e) => e.event === 'feed.changed')).toEqual([]);

    const audit = await db.k
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'in', ['article.publish', 'push.sent'])
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['article.publish', 'article.publish', 'push.sent']);
  } finally {
    await db.close();
  }
}

describe('a scheduled push across a killed worker process [sqlite]', () => {
  const reached: string[] = [];
  afterAll(() => console.log(`push crash test, where the kills landed: ${reached.join('; ')}`));

  async function killAndRestart(label: string, when: (s: State) => boolean, delayMs?: number) {
    const p = await prepare();
    const { state, inTransaction } = await killVictim(p, when, delayMs);
    const branch = branchOf(state);
    const fanout = branch === 'after done' ? `, fan-out ${state.fanout?.status ?? 'not scheduled'}` : '';
    reached.push(`${label} → ${branch}${fanout}${inTransaction ? ' (inside a write transaction)' : ''}`);
    await restartAndCheck(p, state);
    return branch;
  }

  it('killed as soon as its job is claimed: the restart releases it once', async () => {
    await killAndRestart('at claim', (s) => s.job !== 'pending');
  }, 60_000);

  it('killed once the release committed: the restart skips it and nothing doubles', async () => {
    // The window before the job is marked done is short: a kill that comes too late is still
    // checked, and tried again (up to three times in all) to reach the window.
    for (let i = 0; i < 3; i++) {
      if ((await killAndRestart('at release commit', (s) => s.push !== 'scheduled')) === 'after release')
        break;
    }
  }, 90_000);

  it('killed a moment after the claim: wherever it was, the push goes out once', async () => {
    await killAndRestart('10 ms after claim', (s) => s.job !== 'pending', 10);
  }, 60_000);
});
