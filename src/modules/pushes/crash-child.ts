/**
 * A worker process for crash.test.ts (nothing in production imports it): it opens the app's
 * dependencies on a SQLite data folder, as `src/runtime.ts` does for the worker role, and
 * runs the real JobRunner with the real handlers (`jobHandlers`), only with a short lease.
 *
 *   tsx crash-child.ts victim <dataDir> <leaseMs>   polls for due jobs every 20 ms until killed
 *   tsx crash-child.ts restart <dataDir> <leaseMs>  runs due jobs until none is pending or
 *                                                   running, closes everything and exits
 *
 * It prints `ready` once its dependencies are open, and `finished <jobs run>` (restart).
 */
import { loadConfig } from '../../config.js';
import { JobRunner } from '../../infra/jobs/runner.js';
import { jobHandlers } from '../../jobs.js';
import { closeDeps, createDeps } from '../../runtime.js';

const [mode, dataDir, lease] = process.argv.slice(2);
if ((mode !== 'victim' && mode !== 'restart') || !dataDir || !lease) {
  console.error('usage: crash-child.ts victim|restart <dataDir> <leaseMs>');
  process.exit(2);
}

const print = (obj: unknown, msg?: string) => console.error(msg ?? '', JSON.stringify(obj, errorFields));
const log = { info() {}, warn: print, error: print };
const deps = await createDeps({ ...loadConfig({ ZW_ROLES: 'worker' }), dataDir, demo: false }, log);
const runner = new JobRunner(deps.database, deps.clock, jobHandlers(deps), log, { leaseMs: Number(lease) });
process.stdout.write('ready\n');

if (mode === 'victim') {
  // The runner's timer does not hold the process open; this does, until the SIGKILL.
  setInterval(() => {}, 60_000);
  runner.start(20);
} else {
  const deadline = Date.now() + 30_000;
  let ran = 0;
  for (;;) {
    ran += await runner.runDue();
    const open = await deps.database.k
      .selectFrom('jobs')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', 'in', ['pending', 'running'])
      .executeTakeFirstOrThrow();
    if (Number(open.n) === 0) break;
    if (Date.now() > deadline) {
      console.error(`jobs still pending or running after 30 s: ${open.n}`);
      process.exitCode = 1;
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await closeDeps(deps);
  process.stdout.write(`finished ${ran}\n`);
}

function errorFields(_key: string, value: unknown): unknown {
  return value instanceof Error ? { message: value.message, stack: value.stack } : value;
}
