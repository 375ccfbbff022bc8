/**
 * Typed console endpoints over the shared fetch wrapper (docs/API.md, "Console"). Pages call
 * these, never `api()` with a literal path, so a contract change is one edit here.
 */
import { api, ApiError } from '../../shared/http';
import type {
  AccountAdmin,
  AccountInput,
  ArticleAdmin,
  ArticleInput,
  ArticleSummary,
  AuditPage,
  AuditVerification,
  Department,
  FollowerPage,
  FollowerStats,
  FollowQrQuery,
  MediaUpload,
  Page,
  PublicationCard,
  Region,
  StaffMember,
  StaffMemberInput,
  StaffRole,
  StaffSession,
} from '../../shared/types';

let onUnauthenticated: () => void = () => {};
/** The router registers the sign-in redirect here; kept as a hook to avoid an import cycle. */
export function setUnauthenticatedHandler(fn: () => void): void {
  onUnauthenticated = fn;
}

/** Every console call: a 401 on an expired session sends the user back to sign-in. */
async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
  try {
    return await api<T>(method, path, body);
  } catch (e) {
    if (e instanceof ApiError && e.status === 401 && path !== '/api/console/session') onUnauthenticated();
    throw e;
  }
}

function qs(params: Record<string, string | number | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params))
    if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}

const acc = (id: number) => `/api/console/accounts/${id}`;

// Session
export const getSession = () => call<StaffSession>('GET', '/api/console/session');
export const signIn = (username: string, password: string) =>
  call<StaffSession>('POST', '/api/console/session', { username, password });
export const signOut = () => call<void>('DELETE', '/api/console/session');
export const changePassword = (currentPassword: string, newPassword: string) =>
  call<void>('POST', '/api/console/password', { currentPassword, newPassword });

// Dictionaries (public)
export const listDepartments = () => call<{ items: Department[] }>('GET', '/api/departments');
export const listRegions = (parent?: string) =>
  call<{ items: Region[] }>('GET', `/api/regions${qs({ parent })}`);

// Accounts
export const listAccounts = () => call<{ items: AccountAdmin[] }>('GET', '/api/console/accounts');
export const createAccount = (input: AccountInput) =>
  call<AccountAdmin>('POST', '/api/console/accounts', input);
export const getAccount = (id: number) => call<AccountAdmin>('GET', acc(id));
export const updateAccount = (id: number, patch: Partial<AccountInput>) =>
  call<AccountAdmin>('PATCH', acc(id), patch);

// Staff
export const listStaff = (id: number) => call<{ items: StaffMember[] }>('GET', `${acc(id)}/staff`);
export const addStaff = (id: number, input: StaffMemberInput) =>
  call<StaffMember>('POST', `${acc(id)}/staff`, input);
export const setStaffRoles = (id: number, userId: number, roles: StaffRole[]) =>
  call<StaffMember>('PUT', `${acc(id)}/staff/${userId}`, { roles });
export const removeStaff = (id: number, userId: number) => call<void>('DELETE', `${acc(id)}/staff/${userId}`);

// Followers
export const listFollowers = (id: number, cursor?: string | null, limit = 20) =>
  call<FollowerPage>('GET', `${acc(id)}/followers${qs({ cursor, limit })}`);

export const getFollowerStats = (id: number, days = 30) =>
  call<FollowerStats>('GET', `${acc(id)}/stats/followers${qs({ days })}`);

/** Address of a follow QR code image: an <img> source or, with `download`, a download link. */
export const followQrUrl = (id: number, query: FollowQrQuery) =>
  `${acc(id)}/qrcode${qs({ ...query, download: query.download ? 1 : undefined })}`;

// Articles
export const listArticles = (id: number, cursor?: string | null, limit = 20) =>
  call<Page<ArticleSummary>>('GET', `${acc(id)}/articles${qs({ cursor, limit })}`);
export const getArticle = (id: number, articleId: number) =>
  call<ArticleAdmin>('GET', `${acc(id)}/articles/${articleId}`);
export const createArticle = (id: number, input: ArticleInput) =>
  call<ArticleAdmin>('POST', `${acc(id)}/articles`, input);
export const updateArticle = (id: number, articleId: number, patch: Partial<ArticleInput>) =>
  call<ArticleAdmin>('PATCH', `${acc(id)}/articles/${articleId}`, patch);
export const publishArticle = (id: number, articleId: number) =>
  call<PublicationCard>('POST', `${acc(id)}/articles/${articleId}/publish`);

// Media
export function uploadMedia(id: number, file: File): Promise<MediaUpload> {
  const form = new FormData();
  form.append('file', file);
  return call<MediaUpload>('POST', `${acc(id)}/media`, form);
}

// Audit log
export const listAudit = (id: number, opts: { cursor?: string | null; action?: string; limit?: number }) =>
  call<AuditPage>(
    'GET',
    `${acc(id)}/audit${qs({ cursor: opts.cursor, action: opts.action, limit: opts.limit ?? 30 })}`,
  );
export const verifyAudit = () => call<AuditVerification>('GET', '/api/console/audit/verify');

/** The server's message for a failed call; a generic one for network failures. */
export function errorMessage(e: unknown, fallback: string): string {
  return e instanceof ApiError ? e.message : fallback;
}
