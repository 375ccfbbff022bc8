/** Rows → API shapes. */
import { openidFor } from '../follows/openid.js';
import type { CommentRow, Counters } from './repository.js';
import type { EngagementSummaryView, PublicCommentView, StaffCommentView } from './schema.js';

export function usefulPercent(useful: number, notUseful: number): number | null {
  const n = useful + notUseful;
  return n === 0 ? null : Math.round((useful * 100) / n);
}

export function toSummary(
  c: Counters,
  mine: { liked: boolean; feedback: number | null },
): EngagementSummaryView {
  return {
    reads: c.reads + c.anon_reads,
    likes: c.likes,
    liked: mine.liked,
    useful: c.useful,
    notUseful: c.not_useful,
    usefulPercent: usefulPercent(c.useful, c.not_useful),
    feedback: mine.feedback === null ? null : mine.feedback === 1 ? 'useful' : 'not_useful',
    comments: c.comments,
    shares: c.shares,
  };
}

/** "市民 ****5678": enough for a reader to recognise their own, not enough to reach anyone. */
export function maskedAuthor(phone: string): string {
  return `市民 ****${phone.slice(-4)}`;
}

export function toPublicComment(
  row: CommentRow & { phone: string },
  citizenId: number | null,
): PublicCommentView {
  return {
    id: row.id,
    body: row.body,
    author: maskedAuthor(row.phone),
    createdAt: row.created_at,
    featured: row.featured === 1,
    held: row.status === 'held',
    mine: citizenId !== null && row.citizen_id === citizenId,
    reply: row.reply_body && row.reply_at !== null ? { body: row.reply_body, at: row.reply_at } : null,
  };
}

export function toStaffComment(
  row: CommentRow & { publication_title: string; publication_slug: string },
  pseudonymKey: string,
): StaffCommentView {
  return {
    id: row.id,
    publicationId: row.publication_id,
    publicationTitle: row.publication_title,
    publicationSlug: row.publication_slug,
    openid: openidFor(pseudonymKey, row.account_id, row.citizen_id),
    body: row.body,
    status: row.status,
    featured: row.featured === 1,
    reply: row.reply_body && row.reply_at !== null ? { body: row.reply_body, at: row.reply_at } : null,
    deleteReason: row.delete_reason,
    createdAt: row.created_at,
    moderatedAt: row.moderated_at,
  };
}
