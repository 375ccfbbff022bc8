/** How rules and reply sets look to the console (schema.ts: RuleView, ReplySetView). */
import type { Selectable } from 'kysely';
import type { AutoReplyRulesTable } from '../../db/tables/autoreplies.js';
import { publicationUrl } from '../publishing/card.js';
import { mediaUrl } from '../publishing/mediaStore.js';
import { parseReplies, type StoredReply, type StoredReplySet } from './replies.js';
import type { AutoRepliesRepository } from './repository.js';
import type { RuleViewT } from './schema.js';

type RuleRow = Pick<
  Selectable<AutoReplyRulesTable>,
  'id' | 'name' | 'priority' | 'reply_mode' | 'replies_json' | 'enabled' | 'created_at' | 'updated_at'
>;
type ReplyView = RuleViewT['replies'][number];
type Lookup = Pick<AutoRepliesRepository, 'findMedia' | 'findPublications'>;

/** Resolves the media and articles a list of reply lists refers to, in two queries. */
async function replyViews(repo: Lookup, accountId: number, lists: StoredReply[][]): Promise<ReplyView[][]> {
  const all = lists.flat();
  const media = new Map(
    (
      await repo.findMedia(
        accountId,
        all.flatMap((r) => (r.kind === 'image' ? [r.mediaId] : [])),
      )
    ).map((m) => [m.id, mediaUrl(m.storage_key)]),
  );
  const pubs = new Map(
    (
      await repo.findPublications(
        accountId,
        all.flatMap((r) => (r.kind === 'articles' ? r.publicationIds : [])),
      )
    ).map((p) => [p.id, { id: p.id, title: p.title, url: publicationUrl(p.slug) }]),
  );
  return lists.map((replies) =>
    replies.map((r): ReplyView => {
      if (r.kind === 'image') return { ...r, url: media.get(r.mediaId) ?? null };
      if (r.kind === 'articles')
        return { ...r, articles: r.publicationIds.flatMap((id) => (pubs.has(id) ? [pubs.get(id)!] : [])) };
      return r;
    }),
  );
}

export async function toRuleViews(
  repo: Lookup & Pick<AutoRepliesRepository, 'keywordsOf'>,
  accountId: number,
  rows: readonly RuleRow[],
): Promise<RuleViewT[]> {
  const keywords = await repo.keywordsOf(rows.map((r) => r.id));
  const replies = await replyViews(
    repo,
    accountId,
    rows.map((r) => parseReplies(r.replies_json)),
  );
  return rows.map((r, i) => ({
    id: r.id,
    name: r.name,
    priority: r.priority,
    mode: r.reply_mode,
    enabled: r.enabled === 1,
    keywords: keywords
      .filter((k) => k.rule_id === r.id)
      .map((k) => ({ keyword: k.keyword, matchType: k.match_type })),
    replies: replies[i]!,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

export async function toReplySetView(repo: Lookup, accountId: number, set: StoredReplySet) {
  const [replies] = await replyViews(repo, accountId, [set.replies]);
  return { enabled: set.enabled, mode: set.mode, replies: replies! };
}
