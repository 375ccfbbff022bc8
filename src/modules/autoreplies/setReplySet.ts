/**
 * Setting the on-follow greeting or the default ("message received") reply. Both live on the
 * account's settings row; a write bumps the rules version like a rule write, so every
 * process's engine reads the new text on its next message.
 */
import { AppError } from '../../infra/errors.js';
import { toReplySetView } from './presenters.js';
import { checkReplies, parseReplySet, type StoredReplySet } from './replies.js';
import type { AutoRepliesRepository } from './repository.js';
import type { ReplySetInputT } from './schema.js';

export type ReplySetName = 'greeting' | 'default';

export async function getReplySet(
  repo: AutoRepliesRepository,
  props: { accountId: number; which: ReplySetName },
) {
  const row = await repo.readSettings(props.accountId);
  const set = parseReplySet(props.which === 'greeting' ? row?.greeting_json : row?.default_json);
  return toReplySetView(repo, props.accountId, set);
}

export async function setReplySet(
  repo: AutoRepliesRepository,
  props: {
    accountId: number;
    which: ReplySetName;
    input: ReplySetInputT;
    actorId: number | null;
    now: number;
  },
) {
  const { input } = props;
  if (input.enabled && input.replies.length === 0)
    throw new AppError('AUTOREPLY_REPLIES_MISSING', { field: 'replies' });
  await checkReplies(repo, props.accountId, input.replies);
  const set: StoredReplySet = { enabled: input.enabled, mode: input.mode ?? 'all', replies: input.replies };
  await repo.transaction(async (tx) => {
    if (!(await tx.findAccount(props.accountId))) throw new AppError('ACCOUNT_NOT_FOUND');
    await tx.bumpVersion(props.accountId, props.now);
    await tx.writeReplySet(props.accountId, props.which, JSON.stringify(set));
    await tx.audit({
      at: props.now,
      actorKind: props.actorId === null ? 'system' : 'staff',
      actorId: props.actorId,
      accountId: props.accountId,
      action: props.which === 'greeting' ? 'autoreply.greeting_updated' : 'autoreply.default_updated',
      target: `account:${props.accountId}`,
      details: { enabled: set.enabled, mode: set.mode, replies: set.replies.map((r) => r.kind) },
    });
  });
  return toReplySetView(repo, props.accountId, set);
}
