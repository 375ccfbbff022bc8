/**
 * The handlers of every durable job, by name (ENGINEERING.md, shape 8). The compiler checks
 * the map is complete: a name added to JobPayloads without a handler here does not build.
 */
import type { AppDeps } from './deps.js';
import type { JobHandlers } from './infra/jobs/names.js';
import { fakeReportOutcomeJob } from './modules/fakereports/outcomeJob.js';
import { conversationClockJob } from './modules/conversations/clockJob.js';
import { pushReleaseJob } from './modules/pushes/releaseJob.js';
import { signingResignJob } from './modules/signing/resignJob.js';
import { verificationLapseJob, verificationRemindJob } from './modules/verification/expiry.js';
import { pushFanoutJob, webpushDeliverJob } from './modules/webpush/jobs.js';

export function jobHandlers(deps: Omit<AppDeps, 'jobs'>): JobHandlers {
  return {
    'conversation.clock': conversationClockJob(deps),
    'push.release': pushReleaseJob(deps),
    'push.fanout': pushFanoutJob(deps),
    'webpush.deliver': webpushDeliverJob(deps),
    'verification.remind': verificationRemindJob(deps),
    'verification.lapse': verificationLapseJob(deps),
    'signing.resign': signingResignJob(deps),
    'fakereport.outcome': fakeReportOutcomeJob(deps),
  };
}
