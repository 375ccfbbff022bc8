/** Typed calls of the citizen API (docs/API.md). Views import these, never raw paths. */
import { api } from '../../shared/http';
import type {
  AccountCard,
  AccountMenu,
  AccountProfile,
  ApiResponse,
  Article,
  CitizenMessageInput,
  CitizenSession,
  ConversationThreadPage,
  Department,
  DirectoryStats,
  FollowState,
  HomeEntry,
  MessageMediaUpload,
  OtpSent,
  Page,
  PublicationCard,
  Region,
  SendMessageResult,
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

// ---- Conversation with an account (docs/API.md "Messaging (issue 3)") ----

type WithoutClientId<T> = T extends unknown ? Omit<T, 'clientId'> : never;
/** What the citizen can send; sendMessage adds the clientId that makes a retry idempotent. */
export type OutgoingMessage = WithoutClientId<CitizenMessageInput>;

/** The citizen's messages with the account, oldest first; `before` pages back in time. */
export const getConversation = (id: number, before?: string | null, limit = 30) =>
  api<ConversationThreadPage>('GET', `/api/accounts/${id}/conversation${qs({ before, limit })}`);

export const sendMessage = (id: number, clientId: string, message: OutgoingMessage) =>
  api<SendMessageResult>('POST', `/api/accounts/${id}/messages`, { clientId, ...message });

/** Uploads an image or a voice recording for a message (multipart field `file`). */
export function uploadMessageMedia(id: number, file: Blob, filename: string) {
  const form = new FormData();
  form.append('file', file, filename);
  return api<MessageMediaUpload>('POST', `/api/accounts/${id}/messages/media`, form);
}

/** Read receipt: the citizen has read the account's messages up to `upToId` (204). */
export const markConversationRead = (id: number, upToId: number) =>
  api<void>('POST', `/api/accounts/${id}/conversation/read`, { upToId });

/** An account's verification as the platform holds it (the "verify this account" page). */
export type AccountVerification = ApiResponse<'/api/accounts/{handle}/verification', 'get'>;
export const getAccountVerification = (handle: string) =>
  api<AccountVerification>('GET', `/api/accounts/${encodeURIComponent(handle)}/verification`);
