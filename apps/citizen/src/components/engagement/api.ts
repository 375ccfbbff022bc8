/** The engagement routes the reader uses (docs/API.md, "Reach and engagement"). */
import { api } from '../../../../shared/http';
import type { ApiBody, ApiResponse } from '../../../../shared/types';

export type EngagementSummary = ApiResponse<'/api/publications/{slug}/engagement', 'get'>;
export type ReaderComment = ApiResponse<'/api/publications/{slug}/comments', 'get'>['items'][number];
export type FeedbackValue = ApiBody<'/api/publications/{slug}/feedback', 'put'>['value'];
export type ShareLink = ApiResponse<'/api/publications/{slug}/shares', 'post'>;

const base = (slug: string) => `/api/publications/${encodeURIComponent(slug)}`;

export const getEngagement = (slug: string) => api<EngagementSummary>('GET', `${base(slug)}/engagement`);
export const putLike = (slug: string, liked: boolean) =>
  api<EngagementSummary>('PUT', `${base(slug)}/like`, { liked });
export const putFeedback = (slug: string, value: FeedbackValue) =>
  api<EngagementSummary>('PUT', `${base(slug)}/feedback`, { value });
export const getComments = (slug: string) => api<{ items: ReaderComment[] }>('GET', `${base(slug)}/comments`);
export const postComment = (slug: string, body: string) =>
  api<ReaderComment>('POST', `${base(slug)}/comments`, { body });
export const createShare = (slug: string) => api<ShareLink>('POST', `${base(slug)}/shares`);
