/**
 * Opens everything a process needs, according to configuration: SQLite or PostgreSQL,
 * the local or Redis real-time hub, and the background loops of the roles it runs.
 */
import path from 'node:path';
import type { Config } from './config.js';
import type { AppDeps } from './deps.js';
import { openDatabase, type Database } from './db/database.js';
import { migrateToLatest } from './db/migrate.js';
import { SessionStore } from './infra/auth/sessions.js';
import { systemClock, type Clock } from './infra/clock.js';
import { JobRunner } from './infra/jobs/runner.js';
import { jobHandlers } from './jobs.js';
import { GroupCommit } from './infra/groupCommit.js';
import { OutboxDispatcher } from './infra/outbox.js';
import { LocalHub, type Hub } from './infra/realtime/hub.js';
import { ensureRegions } from './modules/accounts/ensureRegions.js';
import { openMediaStorage } from './modules/publishing/storage/index.js';
import { ReadRecorder } from './modules/engagement/recorder.js';
import { RedisHub } from './infra/realtime/redis-hub.js';
import { DatabaseRateLimiter } from './infra/ratelimit/database-limiter.js';
import type { RateLimiter } from './infra/ratelimit/limiter.js';
import { MemoryRateLimiter } from './infra/ratelimit/memory-limiter.js';
import { RedisRateLimiter } from './infra/ratelimit/redis-limiter.js';
import { loadSecrets } from './infra/secrets.js';
import { configureSigningSecret, resolveSigningSecret } from './modules/signing/secret.js';
import { runHousekeeping } from './housekeeping.js';
import { startCaseClockSweep } from './modules/casework/sweep.js';
import { DevLogSmsProvider, type SmsProvider } from './infra/sms.js';

export interface Logger {
  info(obj: unknown, msg?: string): void;
  warn(obj: unknown, msg?: string): void;
  error(obj: unknown, msg?: string): void;
}

export function openConfiguredDatabase(config: Config): Database {
  return openDatabase({
    databaseUrl: config.databaseUrl,
    sqliteFile: path.join(config.dataDir, 'zhengwei.sqlite'),
    sqliteSynchronous: config.sqliteSynchronous,
  });
}

export async function createDeps(
  config: Config,
  log: Logger,
  overrides: {
    database?: Database;
    clock?: Clock;
    sms?: SmsProvider;
    hub?: Hub;
    rateLimiter?: RateLimiter;
    streamSessionCheckMs?: number;
  } = {},
): Promise<AppDeps> {
  const database = overrides.database ?? openConfiguredDatabase(config);
  await migrateToLatest(database);
  // Reference data every account needs (GB/T 2260 regions); one query when already loaded.
  await ensureRegions(database);
  const clock = overrides.clock ?? systemClock;
  const hub = overrides.hub ?? (config.redisUrl ? new RedisHub(config.redisUrl) : new LocalHub());
  const rateLimiter = overrides.rateLimiter ?? openRateLimiter(config, database, clock);
  const outbox = new OutboxDispatcher(database, hub, clock, log);
  configureSigningSecret(resolveSigningSecret(config.signingSecret, config.dataDir, (m) => log.warn(m)));
  const base: Omit<AppDeps, 'jobs'> = {
    reads: new ReadRecorder(database, { log }),
    config,
    database,
    clock,
    hub,
    outbox,
    commits: new GroupCommit(database, outbox),
    sessions: new SessionStore(database),
    secrets: await loadSecrets(database),
    sms: overrides.sms ?? new DevLogSmsProvider(log),
    rateLimiter,
    streamSessionCheckMs: overrides.streamSessionCheckMs ?? 60_000,
    mediaDir: path.join(config.dataDir, 'media'),
    mediaStorage: openMediaStorage(config, path.join(config.dataDir, 'media')),
  };
  return { ...base, jobs: new JobRunner(database, clock, jobHandlers(base), log) };
}

/**
 * Where rate-limit counters live: Redis when configured (any number of processes); else the
 * database on PostgreSQL (shared by its processes); else this process's memory — the embedded
 * profile is one process, and a counter in SQLite would cost an fsync per hit
 * (ratelimit/memory-limiter.ts).
 */
function openRateLimiter(config: Config, database: Database, clock: Clock): RateLimiter {
  if (config.redisUrl) return new RedisRateLimiter(config.redisUrl, clock);
  if (database.dialect === 'postgres') return new DatabaseRateLimiter(database, clock);
  return new MemoryRateLimiter(clock);
}

/** Starts the loops of the worker and scheduler roles. */
export function startBackground(deps: AppDeps, log?: Logger): () => Promise<void> {
  const timers: NodeJS.Timeout[] = [];
  const stops: Array<() => Promise<void>> = [];
  if (deps.config.roles.has('worker')) {
    deps.outbox.start(1000);
    deps.jobs.start(1000);
  }
  if (deps.config.roles.has('scheduler')) {
    const t = setInterval(() => void runHousekeeping(deps, log), 600_000);
    t.unref();
    timers.push(t);
    // Cases' statutory clocks: warnings, breaches and escalations (casework/sweep.ts).
    stops.push(startCaseClockSweep(deps, log));
  }
  return async () => {
    for (const t of timers) clearInterval(t);
    for (const stop of stops) await stop();
    await deps.jobs.stop();
    await deps.outbox.stop();
  };
}

export async function closeDeps(deps: AppDeps): Promise<void> {
  // Buffered reads are committed before anything they need goes away.
  await deps.reads.close();
  await deps.jobs.stop();
  await deps.outbox.stop();
  await deps.hub.close();
  await deps.rateLimiter.close?.();
  await deps.database.close();
}
