/** Every durable job's name and payload (ENGINEERING.md shape 8). */
export interface JobPayloads {
  'conversation.clock': { conversationId: number; stage: 'warning' | 'breach'; dueAt: number };
  /** Mass pushes (src/modules/pushes, src/modules/webpush). */
  'push.release': { pushId: number };
  'push.fanout': { pushId: number };
  'webpush.deliver': { pushId: number; fromId: number; toId: number };
  /** Account verification (src/modules/verification/expiry.ts): reminders and the lapse of one expiry. */
  'verification.remind': { accountId: number; verifiedUntil: number; daysBefore: number };
  'verification.lapse': { accountId: number; verifiedUntil: number };
  /** Re-sign an account's live content after a key revocation (src/modules/signing). */
  'signing.resign': { accountId: number };
  /** Reporters of fake accounts hear the outcome on their devices (src/modules/fakereports). */
  'fakereport.outcome': { reportIds: number[] };
}
export type JobName = keyof JobPayloads;
/** `skipped`: nothing to do any more (e.g. the conversation was answered); counted as done. */
export type JobResult = 'done' | 'skipped' | { retryAt: number };
export type JobHandler<N extends JobName> = (
  payload: JobPayloads[N],
  ctx: { now: number; jobId: number },
) => Promise<JobResult>;
export type JobHandlers = { [N in JobName]: JobHandler<N> };
