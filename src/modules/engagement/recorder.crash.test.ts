/**
 * The recorder's promise, checked with real processes: a child records 1,000 reads a second
 * through the app's dependencies against a SQLite file; killed with SIGKILL it loses at most
 * the last second's reads, and stopped gracefully (SIGTERM → closeDeps) it loses none.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database.js';
import { migrateToLatest } from '../../db/migrate.js';
import { buildAccount } from '../../test/factories.js';
import { buildPublication } from './testing.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../../..');
const src = (p: string) => pathToFileURL(path.join(root, 'src', p)).href;

/** Every 20 ms: 20 reads by new citizens, then a line "<recorded so far> <time>". */
const CHILD = `
import { loadConfig } from ${JSON.stringify(src('config.ts'))};
import { closeDeps, createDeps } from ${JSON.stringify(src('runtime.ts'))};
const [dataDir, publicationId, accountId] = process.argv.slice(2);
const quiet = { info() {}, warn() {}, error(o) { console.error(o); } };
const deps = await createDeps({ ...loadConfig({}), dataDir, demo: false }, quiet);
let n = 0;
const tick = setInterval(() => {
  for (let i = 0; i < 20; i++) {
    deps.reads.record({ publicationId: Number(publicationId), accountId: Number(accountId), citizenId: ++n, at: Date.now() });
  }
  process.stdout.write(n + ' ' + Date.now() + '\\n');
}, 20);
process.once('SIGTERM', async () => {
  clearInterval(tick);
  await closeDeps(deps);
  process.stdout.write('closed ' + n + '\\n');
  process.exit(0);
});
process.stdout.write('ready\\n');
`;

interface Run {
  lines: Array<{ n: number; t: number }>;
  closedAt: number | null;
  signal: NodeJS.Signals | null;
  inDb: number;
  counter: number;
  maxId: number;
}

async function runChild(stopWith: 'SIGKILL' | 'SIGTERM', untilReads: number): Promise<Run> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zw-reads-'));
  const file = path.join(dataDir, 'zhengwei.sqlite');
  const setup = openDatabase({ sqliteFile: file });
  await migrateToLatest(setup);
  const account = await buildAccount(setup);
  const pub = await buildPublication(setup, account.id);
  await setup.close();

  const script = path.join(dataDir, 'child.mts');
  fs.writeFileSync(script, CHILD);
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', script, dataDir, String(pub.id), String(account.id)],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const lines: Run['lines'] = [];
  let closedAt: number | null = null;
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let buf = '';
  let sent = false;
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, sig) => resolve(sig)),
  );
  child.stdout.on('data', (d: Buffer) => {
    buf += d.toString();
    let i: number;
    while ((i = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      const m = /^(\d+) (\d+)$/.exec(line);
      if (m) lines.push({ n: Number(m[1]), t: Number(m[2]) });
      const c = /^closed (\d+)$/.exec(line);
      if (c) closedAt = Number(c[1]);
    }
    if (!sent && (lines.at(-1)?.n ?? 0) >= untilReads) {
      sent = true;
      child.kill(stopWith);
    }
  });
  const signal = await exited;
  if (!lines.length) throw new Error(`child produced no reads: ${stderr}`);

  const db = openDatabase({ sqliteFile: file });
  try {
    const reads = await db.k
      .selectFrom('publication_reads')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('citizen_id').as('max')])
      .where('publication_id', '=', pub.id)
      .executeTakeFirstOrThrow();
    const counter = await db.k
      .selectFrom('publication_engagement')
      .select('reads')
      .where('publication_id', '=', pub.id)
      .executeTakeFirst();
    return {
      lines,
      closedAt,
      signal,
      inDb: Number(reads.n),
      counter: counter?.reads ?? 0,
      maxId: Number(reads.max ?? 0),
    };
  } finally {
    await db.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

describe('read recorder across a process death', () => {
  it('loses at most about one second of reads when the process is killed', async () => {
    const run = await runChild('SIGKILL', 3500);
    expect(run.signal).toBe('SIGKILL');
    const last = run.lines.at(-1)!;
    // Everything recorded 1.3 s before the last report (1 s of buffering plus the flush's own
    // time and timer jitter) must have been committed.
    const before = run.lines.filter((l) => l.t <= last.t - 1300).at(-1)!;
    expect(before.n).toBeGreaterThan(1000);
    expect(run.inDb).toBeGreaterThanOrEqual(before.n);
    // At most one batch more than was reported (recorded, not yet printed, when the kill came).
    expect(run.inDb).toBeLessThanOrEqual(last.n + 20);
    // What survived is exactly the oldest reads, with no holes, and the counter agrees.
    expect(run.maxId).toBe(run.inDb);
    expect(run.counter).toBe(run.inDb);
  }, 30_000);

  it('loses nothing when the process is stopped gracefully', async () => {
    const run = await runChild('SIGTERM', 1500);
    expect(run.closedAt).not.toBeNull();
    expect(run.closedAt).toBeGreaterThanOrEqual(run.lines.at(-1)!.n);
    expect(run.inDb).toBe(run.closedAt);
    expect(run.counter).toBe(run.closedAt);
  }, 30_000);
});
