/**
 * Staff moderation of comments: approve (held → published), feature (pin on top), the
 * account's official reply, delete with a reason. Each change locks the comment, checks its
 * state, moves the published-comments counter when visibility changes, and writes an audit
 * entry — all in one transaction.
 */
import { AppError } from '../../infra/errors.js';
import type { CommentRow, EngagementRepository } from './repository.js';

export type Moderation =
  | { kind: 'approve' }
  | { kind: 'feature'; featured: boolean }
  | { kind: 'reply'; body: string }
  | { kind: 'delete'; reason: string };

export async function moderateComment(
  repo: EngagementRepository,
  p: { accountId: number; commentId: number; actorId: number; now: number; action: Moderation },
): Promise<CommentRow> {
  return repo.transaction(async (tx) => {
    const c = await tx.findComment(p.accountId, p.commentId);
    if (!c) throw new AppError('COMMENT_NOT_FOUND');
    if (c.status === 'deleted') throw new AppError('COMMENT_DELETED');
    const a = p.action;
    const by = { moderated_by: p.actorId, moderated_at: p.now };
    let row: CommentRow;
    const base = { publicationId: c.publication_id };
    // `action: '…'` written out per case: tests/console/audit-labels.test.ts reads them from here.
    let entry: { action: string; details: Record<string, unknown> };
    switch (a.kind) {
      case 'approve':
        if (c.status === 'published') return c; // already visible: nothing changes, nothing to audit
        row = await tx.updateComment(c.id, { status: 'published', ...by });
        await tx.bump(c.publication_id, { comments: 1 });
        entry = { action: 'comment.approve', details: base };
        break;
      case 'feature':
        if (c.status !== 'published') throw new AppError('COMMENT_NOT_PUBLISHED');
        if ((c.featured === 1) === a.featured) return c;
        row = await tx.updateComment(c.id, { featured: a.featured ? 1 : 0, ...by });
        entry = { action: a.featured ? 'comment.feature' : 'comment.unfeature', details: base };
        break;
      case 'reply': {
        const body = a.body.trim();
        if (!body) throw new AppError('VALIDATION_FAILED', { field: 'body' });
        row = await tx.updateComment(c.id, { reply_body: body, reply_by: p.actorId, reply_at: p.now });
        entry = {
          action: 'comment.reply',
          details: { ...base, reply: body, replaced: c.reply_body !== null },
        };
        break;
      }
      case 'delete': {
        const reason = a.reason.trim();
        if (!reason) throw new AppError('VALIDATION_FAILED', { field: 'reason' });
        row = await tx.updateComment(c.id, { status: 'deleted', featured: 0, delete_reason: reason, ...by });
        if (c.status === 'published') await tx.bump(c.publication_id, { comments: -1 });
        // The deleted text stays in the row; the audit keeps it too, for the record.
        entry = { action: 'comment.delete', details: { ...base, reason, body: c.body, was: c.status } };
        break;
      }
    }
    await tx.audit({
      at: p.now,
      actorKind: 'staff',
      actorId: p.actorId,
      accountId: p.accountId,
      action: entry.action,
      target: `comment:${c.id}`,
      details: entry.details,
    });
    return row;
  });
}
