/**
 * What the scheduler role deletes so tables do not grow without bound: expired sessions,
 * dispatched outbox events, stale one-time codes, finished rate-limit windows, jobs finished
 * a week ago, notifications read 90 days ago and screenshots of reports never filed. Each step runs on its own so one failure
 * does not stop the others.
 */
import type { AppDeps } from './deps.js';
import { CitizensRepository } from './modules/citizens/repository.js';
import { purgeUnfiledScreenshots } from './modules/fakereports/purgeScreenshots.js';
import { purgeReadNotifications } from './modules/notifications/repository.js';
import { sweepExpiries } from './modules/verification/expiry.js';

const DAY = 86_400_000;

export async function runHousekeeping(
  deps: AppDeps,
  log?: { warn(obj: unknown, msg?: string): void },
): Promise<void> {
  const now = deps.clock.now();
  const steps: Array<[string, () => Promise<void>]> = [
    ['sessions', () => deps.sessions.purgeExpired(now)],
    ['outbox', () => deps.outbox.purgeDispatched(now - DAY)],
    ['otp codes', () => new CitizensRepository(deps.database).purgeStaleOtpCodes(now - DAY)],
    ['rate limits', async () => deps.rateLimiter.purgeExpired?.(now)],
    ['jobs', () => deps.jobs.purgeFinished(now - 7 * DAY)],
    ['notifications', () => purgeReadNotifications(deps.database.k, now - 90 * DAY)],
    // Not a deletion: verification reminders and lapses that no job covers (verification/expiry.ts).
    ['verification expiries', async () => void (await sweepExpiries(deps, now))],
    ['unfiled report screenshots', async () => void (await purgeUnfiledScreenshots(deps, now))],
  ];
  for (const [name, step] of steps) {
    await step().catch((err: unknown) => log?.warn({ err }, `housekeeping of ${name} failed`));
  }
}
