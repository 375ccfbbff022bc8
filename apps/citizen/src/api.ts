/** Typed calls of the citizen API (docs/API.md). Views import these, never raw paths. */
import { api } from '../../shared/http';
import type {
  AccountCard,
  AccountMenu,
  AccountProfile,
  Article,
  CitizenSession,
  Department,
  DirectoryStats,
  FollowState,
  HomeEntry,
  OtpSent,
  Page,
  PublicationCard,
  Region,
} from '../../shared/types';

/** Builds a query string, leaving out empty values so the server sees only real filters. */
function qs(params: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

export const getSession = () => api<CitizenSession>('GET', '/api/auth/session');
export const sendOtp = (phone: string) => api<OtpSent>('POST', '/api/auth/otp', { phone });
export const signIn = (phone: string, code: string) =>
  api<{ citizen: { phoneMasked: string }; csrfToken: string }>('POST', '/api/auth/session', { phone, code });
export const signOut = () => api<void>('DELETE', '/api/auth/session');

export const getRegions = (parent?: string) =>
  api<{ items: Region[] }>('GET', `/api/regions${qs({ parent })}`);
export const getDepartments = () => api<{ items: Department[] }>('GET', '/api/departments');

export interface DirectoryQuery {
  q?: string;
  region?: string;
  department?: string;
  cursor?: string | null;
  limit?: number;
}
export const getDirectory = (query: DirectoryQuery) =>
  api<Page<AccountCard>>('GET', `/api/directory${qs({ ...query })}`);

/** Active accounts by level and department, of a region when given (cached by the server for 5 min). */
export const getDirectoryStats = (region?: string) =>
  api<DirectoryStats>('GET', `/api/directory/stats${qs({ region })}`);

export const getAccount = (ref: string) =>
  api<AccountProfile>('GET', `/api/accounts/${encodeURIComponent(ref)}`);
export const follow = (id: number, scene?: string) =>
  api<FollowState>('POST', `/api/accounts/${id}/follow`, scene ? { scene } : {});
export const unfollow = (id: number) => api<FollowState>('DELETE', `/api/accounts/${id}/follow`);

/** Newest first; `beforeSeq` pages back in time. */
export const getThread = (id: number, beforeSeq?: number, limit = 20) =>
  api<Page<PublicationCard>>('GET', `/api/accounts/${id}/thread${qs({ beforeSeq, limit })}`);

/** Marks the account's thread read up to its latest publication (204; needs a citizen session). */
export const markThreadRead = (id: number) => api<void>('POST', `/api/accounts/${id}/read`);

/** The account's custom menu in WeChat's shape; `{button: []}` when it has none. */
export const getMenu = (id: number) => api<AccountMenu>('GET', `/api/accounts/${id}/menu`);

export const getHome = () => api<{ items: HomeEntry[] }>('GET', '/api/me/home');
export const getArticle = (slug: string) =>
  api<Article>('GET', `/api/publications/${encodeURIComponent(slug)}`);
