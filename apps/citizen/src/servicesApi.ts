/**
 * Typed calls behind the pages menu buttons open (hotlines, the account's articles) and the
 * citizen's home region (docs/API.md, "Messaging (issue 3)").
 */
import { api } from '../../shared/http';
import type { AccountArticlesPage, Hotline, MyRegion } from '../../shared/types';

export const getHotlines = (id: number) =>
  api<{ items: Hotline[] }>('GET', `/api/accounts/${id}/services/hotlines`);

/** Newest first; `cursor` is the previous page's nextCursor. Marks nothing read. */
export const getAccountArticles = (id: number, cursor?: string | null, limit = 20) =>
  api<AccountArticlesPage>(
    'GET',
    `/api/accounts/${id}/services/articles?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
  );

export const getMyRegion = () => api<MyRegion>('GET', '/api/me/region');
export const setMyRegion = (regionCode: string | null) =>
  api<MyRegion>('PUT', '/api/me/region', { regionCode });
