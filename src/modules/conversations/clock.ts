/**
 * The first-response clock of a conversation: started by a citizen's message when none runs,
 * stopped by a staff reply, cancelled by closing. Its two durable jobs (warning, breach) are
 * keyed per conversation, so starting again replaces rather than doubles them, and they
 * follow the conversation on transfer (the handler reads where it is when it fires).
 */
import { cancelJobs, enqueueJob } from '../../infra/jobs/queue.js';
import { loadWorkCalendar } from '../calendar/load.js';
import { EMPTY_CALENDAR } from '../responseclock/calendar.js';
import { dueTime, loadResponsePolicy, warningTime } from '../responseclock/policy.js';
import type { ConversationRow, ConversationsRepository } from './repository.js';

export function clockJobKeys(conversationId: number): string[] {
  return [`conv:${conversationId}:warning`, `conv:${conversationId}:breach`];
}

/** Starts the clock unless the conversation already waits for an answer. */
export async function startClock(
  repo: ConversationsRepository,
  conversation: ConversationRow,
  now: number,
): Promise<{ conversation: ConversationRow; started: boolean }> {
  if (conversation.waiting === 1 && conversation.due_at !== null) return { conversation, started: false };
  const policy = await loadResponsePolicy(repo.k, conversation.account_id);
  // Working time skips the official holidays and counts the make-up working days.
  const calendar = policy.workingHoursOnly ? await loadWorkCalendar(repo.k) : EMPTY_CALENDAR;
  const dueAt = dueTime(now, policy, calendar);
  const warnAt = warningTime(now, dueAt, policy, calendar);
  const [warningKey, breachKey] = clockJobKeys(conversation.id) as [string, string];
  await enqueueJob(
    repo.k,
    {
      name: 'conversation.clock',
      payload: { conversationId: conversation.id, stage: 'warning', dueAt },
      runAt: warnAt,
      key: warningKey,
    },
    now,
  );
  await enqueueJob(
    repo.k,
    {
      name: 'conversation.clock',
      payload: { conversationId: conversation.id, stage: 'breach', dueAt },
      runAt: dueAt,
      key: breachKey,
    },
    now,
  );
  const updated = await repo.updateConversation(conversation.id, {
    waiting: 1,
    due_at: dueAt,
    overdue: 0,
    updated_at: now,
  });
  return { conversation: updated, started: true };
}

/** A staff reply answers the citizen: the clock stops, the first response is recorded once. */
export async function stopClock(
  repo: ConversationsRepository,
  conversation: ConversationRow,
  now: number,
): Promise<{ conversation: ConversationRow; stopped: boolean }> {
  if (conversation.waiting === 0 && conversation.due_at === null) return { conversation, stopped: false };
  await cancelJobs(repo.k, clockJobKeys(conversation.id));
  const updated = await repo.updateConversation(conversation.id, {
    waiting: 0,
    due_at: null,
    overdue: 0,
    first_responded_at: conversation.first_responded_at ?? now,
    updated_at: now,
  });
  return { conversation: updated, stopped: true };
}

/** Closing ends the wait without an answer: no first response is recorded. */
export async function cancelClock(
  repo: ConversationsRepository,
  conversation: ConversationRow,
  now: number,
): Promise<ConversationRow> {
  await cancelJobs(repo.k, clockJobKeys(conversation.id));
  return repo.updateConversation(conversation.id, { waiting: 0, due_at: null, overdue: 0, updated_at: now });
}
