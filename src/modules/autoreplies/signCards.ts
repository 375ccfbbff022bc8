/**
 * A rule's article cards (图文回复) are signed when the rule is saved (src/modules/signing,
 * kind 'reply'): the cards a citizen's chat shows, as they resolve now. A rule without article
 * replies, or an unverified account's, is not signed.
 */
import type { Database } from '../../db/database.js';
import { signSubject } from '../signing/sign.js';
import { resolveReplies, type StoredReply } from './replies.js';
import type { AutoRepliesRepository } from './repository.js';

export async function signReplyCards(
  tx: AutoRepliesRepository,
  p: { accountId: number; ruleId: number; replies: readonly StoredReply[]; now: number },
): Promise<void> {
  const messages = await resolveReplies(tx, p.accountId, p.replies);
  const cards = messages.flatMap((m) =>
    m.kind === 'articles'
      ? m.articles.map((a) => ({ title: a.title, summary: a.summary, url: a.url, cover: a.coverUrl }))
      : [],
  );
  if (cards.length === 0) return;
  const db: Pick<Database, 'k' | 'dialect'> = { k: tx.k, dialect: tx.dialect };
  await signSubject(db, {
    kind: 'reply',
    subjectId: p.ruleId,
    accountId: p.accountId,
    content: { ruleId: p.ruleId, cards },
    now: p.now,
  });
}
