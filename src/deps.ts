/**
 * What the infrastructure hands to domain modules. Modules build their own repositories from
 * `database`; nothing else is shared across modules (ENGINEERING.md, shape 1).
 */
import type { Config } from './config.js';
import type { Database } from './db/database.js';
import type { SessionStore } from './infra/auth/sessions.js';
import type { Clock } from './infra/clock.js';
import type { GroupCommit } from './infra/groupCommit.js';
import type { JobRunner } from './infra/jobs/runner.js';
import type { ReadRecorder } from './modules/engagement/recorder.js';
import type { OutboxDispatcher } from './infra/outbox.js';
import type { RateLimiter } from './infra/ratelimit/limiter.js';
import type { Hub } from './infra/realtime/hub.js';
import type { Secrets } from './infra/secrets.js';
import type { MediaStorage } from './modules/publishing/storage/index.js';
import type { SmsProvider } from './infra/sms.js';

export interface AppDeps {
  config: Config;
  database: Database;
  clock: Clock;
  hub: Hub;
  outbox: OutboxDispatcher;
  /** Small hot writes (citizens' messages) share transactions: one commit per batch. */
  commits: GroupCommit;
  sessions: SessionStore;
  secrets: Secrets;
  sms: SmsProvider;
  /** Abuse limits (per client address and the like): Redis when configured, else the database. */
  rateLimiter: RateLimiter;
  /**
   * How often an open event stream re-checks the session behind it and ends when it is gone
   * (signed out or expired); 60 s unless a test shortens it.
   */
  streamSessionCheckMs: number;
  /** Folder where uploaded media are stored (content-addressed). */
  mediaDir: string;
  /** Where article media bytes live: local disk, or S3-compatible storage when configured. */
  mediaStorage: MediaStorage;
  /** Durable jobs (response clocks…): started in the worker role; tests call `runDue()`. */
  jobs: JobRunner;
  /** Article reads, written behind in batches (engagement/recorder.ts); closed before the database. */
  reads: ReadRecorder;
}
