/**
 * Replies as stored (media and publications by id) and as sent (ReplyMessage: urls and
 * cards). References are resolved when a reply is sent, so a rule always shows the current
 * title of an article; one that has since gone is left out rather than sent broken.
 */
import type { AutoReplyMode } from '../../db/tables/autoreplies.js';
import { AppError } from '../../infra/errors.js';
import { isMenuUrl } from '../menus/validate.js';
import { publicationUrl } from '../publishing/card.js';
import { mediaUrl } from '../publishing/mediaStore.js';
import type { AutoRepliesRepository } from './repository.js';
import type { ReplyInputT } from './schema.js';
import type { ReplyMessage } from './types.js';

export type StoredReply = ReplyInputT;

/** The greeting and the default reply: a reply set that can be switched off. */
export interface StoredReplySet {
  enabled: boolean;
  mode: AutoReplyMode;
  replies: StoredReply[];
}

export const EMPTY_REPLY_SET: StoredReplySet = { enabled: false, mode: 'all', replies: [] };

export function parseReplySet(json: string | null | undefined): StoredReplySet {
  if (!json) return EMPTY_REPLY_SET;
  try {
    const v = JSON.parse(json) as StoredReplySet;
    return Array.isArray(v.replies) ? v : EMPTY_REPLY_SET;
  } catch {
    return EMPTY_REPLY_SET;
  }
}

export function parseReplies(json: string): StoredReply[] {
  try {
    const v = JSON.parse(json) as unknown;
    return Array.isArray(v) ? (v as StoredReply[]) : [];
  } catch {
    return [];
  }
}

type Lookup = Pick<AutoRepliesRepository, 'findMedia' | 'findPublications'>;

/**
 * Refuses references to another account's media or publications and links that are neither
 * site paths nor http(s), naming the field (`replies[2].mediaId`).
 */
export async function checkReplies(
  repo: Lookup,
  accountId: number,
  replies: readonly StoredReply[],
): Promise<void> {
  const mediaIds = replies.flatMap((r) => (r.kind === 'image' ? [r.mediaId] : []));
  const pubIds = replies.flatMap((r) => (r.kind === 'articles' ? r.publicationIds : []));
  const media = new Set(
    (await repo.findMedia(accountId, mediaIds)).filter((m) => m.mime.startsWith('image/')).map((m) => m.id),
  );
  const pubs = new Set((await repo.findPublications(accountId, pubIds)).map((p) => p.id));
  replies.forEach((r, i) => {
    if (r.kind === 'image' && !media.has(r.mediaId))
      throw new AppError('AUTOREPLY_MEDIA_NOT_FOUND', { field: `replies[${i}].mediaId` });
    if (r.kind === 'articles') {
      const j = r.publicationIds.findIndex((id) => !pubs.has(id));
      if (j >= 0)
        throw new AppError('AUTOREPLY_ARTICLE_NOT_FOUND', { field: `replies[${i}].publicationIds[${j}]` });
    }
    if (r.kind === 'link' && !isMenuUrl(r.url))
      throw new AppError('AUTOREPLY_LINK_INVALID', { field: `replies[${i}].url` });
  });
}

/** Turns stored replies into the messages sent, dropping those whose references are gone. */
export async function resolveReplies(
  repo: Lookup,
  accountId: number,
  replies: readonly StoredReply[],
): Promise<ReplyMessage[]> {
  const mediaIds = replies.flatMap((r) => (r.kind === 'image' ? [r.mediaId] : []));
  const pubIds = replies.flatMap((r) => (r.kind === 'articles' ? r.publicationIds : []));
  const media = new Map((await repo.findMedia(accountId, mediaIds)).map((m) => [m.id, m]));
  const pubs = new Map((await repo.findPublications(accountId, pubIds)).map((p) => [p.id, p]));
  const out: ReplyMessage[] = [];
  for (const r of replies) {
    if (r.kind === 'text') out.push({ kind: 'text', text: r.text });
    else if (r.kind === 'link') out.push({ kind: 'link', title: r.title, url: r.url });
    else if (r.kind === 'image') {
      const m = media.get(r.mediaId);
      if (m) out.push({ kind: 'image', url: mediaUrl(m.storage_key), mime: m.mime });
    } else {
      const articles = r.publicationIds.flatMap((id) => {
        const p = pubs.get(id);
        return p
          ? [{ title: p.title, summary: p.summary, coverUrl: p.cover_url, url: publicationUrl(p.slug) }]
          : [];
      });
      if (articles.length) out.push({ kind: 'articles', articles });
    }
  }
  return out;
}

/**
 * The messages one answer sends: every reply ('all'), or one picked with `random` ('random';
 * when the pick's reference is gone, the next one that still resolves).
 */
export async function messagesFor(
  repo: Lookup,
  accountId: number,
  set: { mode: AutoReplyMode; replies: readonly StoredReply[] },
  random: () => number,
): Promise<ReplyMessage[]> {
  if (set.mode === 'all' || set.replies.length <= 1) return resolveReplies(repo, accountId, set.replies);
  const n = set.replies.length;
  const start = Math.min(n - 1, Math.floor(random() * n));
  for (let i = 0; i < n; i++) {
    const one = await resolveReplies(repo, accountId, [set.replies[(start + i) % n]!]);
    if (one.length) return one;
  }
  return [];
}
