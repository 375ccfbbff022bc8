/** Typed endpoints of the review workflow, versions and approval chains (docs/API.md, "Review"). */
import { call } from '../../api';
import type { ApiBody, ApiResponse } from '../../../../shared/types';

type Item<L> = L extends { items: Array<infer T> } ? T : never;
const one = (id: number, articleId: number) => `/api/console/accounts/${id}/articles/${articleId}`;

export type ReviewState = ApiResponse<'/api/console/accounts/{accountId}/articles/{articleId}/review', 'get'>;
export type TimelineEvent = ReviewState['timeline'][number];
export type VersionItem = Item<
  ApiResponse<'/api/console/accounts/{accountId}/articles/{articleId}/versions', 'get'>
>;
export type VersionDiff = ApiResponse<
  '/api/console/accounts/{accountId}/articles/{articleId}/versions/diff',
  'get'
>;
export type DiffPart = VersionDiff['body'][number];
export type ChainsAnswer = ApiResponse<'/api/console/accounts/{accountId}/review-chains', 'get'>;
export type Chains = ChainsAnswer['chains'];
export type ChainRole = Chains['1'][number];
export type QueueItem = Item<ApiResponse<'/api/console/accounts/{accountId}/review-queue', 'get'>>;
export type CorrectionInput = ApiBody<
  '/api/console/accounts/{accountId}/articles/{articleId}/corrections',
  'post'
>;

export const getReview = (id: number, articleId: number) =>
  call<ReviewState>('GET', `${one(id, articleId)}/review`);
export const submitReview = (id: number, articleId: number) =>
  call<ReviewState>('POST', `${one(id, articleId)}/review/submit`, {});
export const approveReview = (id: number, articleId: number, step: number, comment?: string) =>
  call<ReviewState>('POST', `${one(id, articleId)}/review/approve`, comment ? { step, comment } : { step });
export const rejectReview = (id: number, articleId: number, step: number, comment: string) =>
  call<ReviewState>('POST', `${one(id, articleId)}/review/reject`, { step, comment });
export const withdrawSubmission = (id: number, articleId: number) =>
  call<ReviewState>('POST', `${one(id, articleId)}/review/withdraw`, {});
export const submitCorrection = (id: number, articleId: number, input: CorrectionInput) =>
  call<ReviewState>('POST', `${one(id, articleId)}/corrections`, input);
export const withdrawPublication = (id: number, articleId: number, reason?: string) =>
  call<ReviewState>('POST', `${one(id, articleId)}/withdraw`, reason ? { reason } : {});
export const listVersions = (id: number, articleId: number) =>
  call<{ items: VersionItem[] }>('GET', `${one(id, articleId)}/versions`);
export const diffVersions = (id: number, articleId: number, from: number, to: number) =>
  call<VersionDiff>('GET', `${one(id, articleId)}/versions/diff?from=${from}&to=${to}`);
export const getChains = (id: number) =>
  call<ChainsAnswer>('GET', `/api/console/accounts/${id}/review-chains`);
export const saveChains = (id: number, chains: Partial<Chains>) =>
  call<ChainsAnswer>('PUT', `/api/console/accounts/${id}/review-chains`, { chains });
export const reviewQueue = (id: number) =>
  call<{ items: QueueItem[] }>('GET', `/api/console/accounts/${id}/review-queue`);

/** Live screening (the screening module's route); null when the route is not there (404). */
export interface ScreeningHit {
  word: string;
  level: 'block' | 'warn';
  field: 'title' | 'summary' | 'body';
  text: string;
  index: number;
}
export async function checkScreening(
  id: number,
  content: { title: string; summary: string; bodyHtml: string },
): Promise<ScreeningHit[] | null> {
  try {
    const res = await call<{ hits: ScreeningHit[] }>(
      'POST',
      `/api/console/accounts/${id}/screening/check`,
      content,
    );
    return res.hits;
  } catch (e) {
    if ((e as { status?: number }).status === 404) return null;
    throw e;
  }
}
