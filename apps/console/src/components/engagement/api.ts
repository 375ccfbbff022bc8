/** Console engagement endpoints (docs/API.md, "Reach and engagement"). */
import { api } from '../../../../shared/http';
import type { ApiResponse } from '../../../../shared/types';

type Base = '/api/console/accounts/{accountId}';
export type CommentsPage = ApiResponse<`${Base}/comments`, 'get'>;
export type StaffComment = CommentsPage['items'][number];
export type CommentTab = 'held' | 'published' | 'featured' | 'deleted';
export type CommentCounts = CommentsPage['counts'];
export type ArticleFigures = ApiResponse<`${Base}/engagement/articles/{articleId}`, 'get'>;
export type ReadHours = ApiResponse<`${Base}/engagement/read-hours`, 'get'>;
export type EngagementSettings = ApiResponse<`${Base}/engagement/settings`, 'get'>;

const base = (accountId: number) => `/api/console/accounts/${accountId}`;
const comment = (accountId: number, id: number) => `${base(accountId)}/comments/${id}`;

export function listComments(
  accountId: number,
  q: { tab: CommentTab; before?: number; publicationId?: number; limit?: number },
): Promise<CommentsPage> {
  const p = new URLSearchParams({ tab: q.tab });
  if (q.before) p.set('before', String(q.before));
  if (q.publicationId) p.set('publicationId', String(q.publicationId));
  if (q.limit) p.set('limit', String(q.limit));
  return api('GET', `${base(accountId)}/comments?${p}`);
}
export const approveComment = (accountId: number, id: number) =>
  api<StaffComment>('POST', `${comment(accountId, id)}/approve`);
export const featureComment = (accountId: number, id: number, featured: boolean) =>
  api<StaffComment>('PUT', `${comment(accountId, id)}/featured`, { featured });
export const replyComment = (accountId: number, id: number, body: string) =>
  api<StaffComment>('PUT', `${comment(accountId, id)}/reply`, { body });
export const deleteComment = (accountId: number, id: number, reason: string) =>
  api<StaffComment>('POST', `${comment(accountId, id)}/delete`, { reason });

export const getArticleFigures = (accountId: number, articleId: number) =>
  api<ArticleFigures>('GET', `${base(accountId)}/engagement/articles/${articleId}`);
/** Figures of up to 100 articles at once, for a list. */
export const getArticlesFigures = (accountId: number, articleIds: number[]) =>
  api<{ items: ArticleFigures[] }>(
    'GET',
    `${base(accountId)}/engagement/articles?ids=${articleIds.join(',')}`,
  );
export const getReadHours = (accountId: number) =>
  api<ReadHours>('GET', `${base(accountId)}/engagement/read-hours`);
export const getEngagementSettings = (accountId: number) =>
  api<EngagementSettings>('GET', `${base(accountId)}/engagement/settings`);
export const putEngagementSettings = (accountId: number, s: EngagementSettings) =>
  api<EngagementSettings>('PUT', `${base(accountId)}/engagement/settings`, s);
