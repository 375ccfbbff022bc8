/** How articles, media and accounts appear in this module's answers (docs/API.md shapes). */
import type { Selectable } from 'kysely';
import type { MediaTable } from '../../db/schema.js';
import type { ContentSignature } from '../../shared/realtime.js';
import { toPublicationCard, withSignature } from './card.js';
import { mediaUrl } from './mediaStore.js';
import { toAccountCard } from '../accounts/card.js';
import type { ArticleListRow, ArticleRow, PublicArticleRow } from './repository.js';

export function toArticleSummary(row: ArticleListRow) {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    updatedAt: row.updated_at,
    publishedSlug: row.published_slug,
  };
}

export function toArticleAdmin(row: ArticleRow) {
  return {
    ...toArticleSummary(row),
    author: row.author,
    summary: row.summary,
    bodyHtml: row.body_html,
    coverMediaId: row.cover_media_id,
    coverUrl: row.cover_key ? mediaUrl(row.cover_key) : null,
    tier: row.tier,
    version: row.version,
  };
}

export function toMediaUpload(row: Selectable<MediaTable>) {
  return {
    id: row.id,
    url: mediaUrl(row.storage_key),
    mime: row.mime,
    size: row.size,
    kind: row.kind,
    name: row.original_name,
    width: row.width,
    height: row.height,
    thumbnailUrl: row.thumb_key ? mediaUrl(row.thumb_key) : null,
  };
}

export function toPublicArticle(row: PublicArticleRow, signature: ContentSignature | null = null) {
  return {
    ...withSignature(toPublicationCard({ ...row, account_name: row.account.name }), signature),
    author: row.author,
    bodyHtml: row.body_html,
    account: toAccountCard(row.account),
    revisedAt: row.revised_at,
  };
}

/** Opaque list cursor: the (updated_at, id) of the last item. */
export function encodeCursor(row: { updated_at: number; id: number }): string {
  return Buffer.from(`${row.updated_at}.${row.id}`).toString('base64url');
}

export function decodeCursor(cursor: string): { updatedAt: number; id: number } | null {
  const m = /^(\d{1,16})\.(\d{1,10})$/.exec(Buffer.from(cursor, 'base64url').toString());
  return m ? { updatedAt: Number(m[1]), id: Number(m[2]) } : null;
}
