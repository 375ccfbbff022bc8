/**
 * The response clock's job handler (`conversation.clock`, scheduled by clock.ts): the warning
 * a while before the first-response deadline, the breach at it. It re-reads the conversation
 * where it is now (a transfer takes the clock along) and acts only if the clock that
 * scheduled it still runs — same due time, still waiting, still open — so a staff reply,
 * a close or a restarted clock turn it into 'skipped'. Each stage acts once even if the
 * runner re-runs it after a crash (warned_due_at, overdue).
 */
import type { AppDeps } from '../../deps.js';
import type { JobHandler } from '../../infra/jobs/names.js';
import { notifyAccountStaff, notifyStaffUser } from '../notifications/notify.js';
import { announceInboxRow } from './announce.js';
import { inboxLink } from './manageConversation.js';
import { ConversationsRepository } from './repository.js';

export function conversationClockJob(deps: Omit<AppDeps, 'jobs'>): JobHandler<'conversation.clock'> {
  return async (payload, ctx) => {
    const repo = ConversationsRepository.of(deps.database);
    const acted = await repo.transaction(async (tx) => {
      // Locked: a staff reply or a close committing meanwhile must not be overwritten.
      const c = await tx.lockConversation(payload.conversationId);
      if (!c || c.status !== 'open' || c.waiting !== 1 || c.due_at !== payload.dueAt) return false;
      if (payload.stage === 'warning' && c.warned_due_at === payload.dueAt) return false;
      if (payload.stage === 'breach' && c.overdue === 1) return false;
      const account = await tx.findAccount(c.account_id);
      if (!account) return false;

      await tx.updateConversation(
        c.id,
        payload.stage === 'warning'
          ? { warned_due_at: payload.dueAt }
          : { overdue: 1, breached_at: ctx.now, updated_at: ctx.now },
      );
      const text = clockTexts(payload.stage, c.id, account.name, payload.dueAt - ctx.now);
      const notification = {
        accountId: c.account_id,
        kind: payload.stage === 'warning' ? ('clock.warning' as const) : ('clock.breached' as const),
        ...text,
        link: inboxLink(c.account_id, c.id),
      };
      const notified = await notifyAccountStaff(tx.k, ctx.now, { ...notification, roles: ['admin'] });
      if (c.assignee_id !== null && !notified.includes(c.assignee_id))
        await notifyStaffUser(tx.k, ctx.now, c.assignee_id, notification);
      await announceInboxRow(tx, ctx.now, c.id, deps.secrets.pseudonymKey);
      return true;
    });
    if (!acted) return 'skipped';
    void deps.outbox.kick();
    return 'done';
  };
}

/** The notification's words, zh-CN and English, naming the conversation and the time left. */
export function clockTexts(
  stage: 'warning' | 'breach',
  conversationId: number,
  accountName: string,
  leftMs: number,
): { title: { zh: string; en: string }; body: { zh: string; en: string } } {
  if (stage === 'breach') {
    return {
      title: { zh: `会话 #${conversationId} 已超时未回复`, en: `Conversation #${conversationId} is overdue` },
      body: {
        zh: `${accountName}的会话 #${conversationId} 已超过首次回复时限，请尽快回复群众。`,
        en: `Conversation #${conversationId} of ${accountName} has passed its first-response deadline; please answer the citizen now.`,
      },
    };
  }
  const minutes = Math.max(1, Math.round(leftMs / 60_000));
  const zhLeft =
    minutes >= 60
      ? `${Math.floor(minutes / 60)} 小时${minutes % 60 ? ` ${minutes % 60} 分钟` : ''}`
      : `${minutes} 分钟`;
  const enLeft =
    minutes >= 60
      ? `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`
      : `${minutes} min`;
  return {
    title: { zh: `会话 #${conversationId} 即将超时`, en: `Conversation #${conversationId} is due soon` },
    body: {
      zh: `${accountName}的会话 #${conversationId} 距首次回复时限还剩 ${zhLeft}，请及时回复群众。`,
      en: `Conversation #${conversationId} of ${accountName} must be answered within ${enLeft}.`,
    },
  };
}
