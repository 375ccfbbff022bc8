/** Staff notifications of the review workflow, written in the deciding transaction. */
import type { Kysely } from 'kysely';
import type { Schema, StaffRole } from '../../db/schema.js';
import { notifyStaffUser } from '../notifications/notify.js';
import { staffOfAccount } from '../notifications/repository.js';

const ROLE_NAMES: Record<string, { zh: string; en: string }> = {
  reviewer: { zh: '审核', en: 'reviewer' },
  leader: { zh: '领导', en: 'leader' },
  admin: { zh: '管理员', en: 'admin' },
  editor: { zh: '编辑', en: 'editor' },
};

export function articleLink(accountId: number, articleId: number): string {
  return `/console/accounts/${accountId}/articles/${articleId}`;
}

/** Everyone holding the step's role (the submitter and last editor excepted: they may not decide). */
export async function notifyAwaiting(
  k: Kysely<Schema>,
  now: number,
  p: { accountId: number; articleId: number; title: string; role: string; exclude: (number | null)[] },
): Promise<void> {
  const users = await staffOfAccount(k, p.accountId, [p.role as StaffRole]);
  const role = ROLE_NAMES[p.role] ?? { zh: p.role, en: p.role };
  for (const userId of users) {
    if (p.exclude.includes(userId)) continue;
    await notifyStaffUser(k, now, userId, {
      accountId: p.accountId,
      kind: 'review.awaiting',
      title: { zh: '有文章待您审核', en: 'An article awaits your review' },
      body: { zh: `《${p.title}》待${role.zh}审核`, en: `"${p.title}" awaits ${role.en} review` },
      link: articleLink(p.accountId, p.articleId),
    });
  }
}

export async function notifySubmitter(
  k: Kysely<Schema>,
  now: number,
  p: {
    accountId: number;
    articleId: number;
    title: string;
    userId: number | null;
    approved: boolean;
    comment?: string;
  },
): Promise<void> {
  if (p.userId === null) return;
  const comment = p.comment ? `：${p.comment}` : '';
  await notifyStaffUser(k, now, p.userId, {
    accountId: p.accountId,
    kind: p.approved ? 'review.approved' : 'review.rejected',
    title: p.approved
      ? { zh: '您提交的文章已审核通过', en: 'Your article was approved' }
      : { zh: '您提交的文章被驳回', en: 'Your article was rejected' },
    body: p.approved
      ? { zh: `《${p.title}》已审核通过`, en: `"${p.title}" was approved` }
      : {
          zh: `《${p.title}》被驳回${comment}`,
          en: `"${p.title}" was rejected${p.comment ? `: ${p.comment}` : ''}`,
        },
    link: articleLink(p.accountId, p.articleId),
  });
}
