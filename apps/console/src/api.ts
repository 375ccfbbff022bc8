/**
 * Typed console endpoints over the shared fetch wrapper (docs/API.md, "Console"). Pages call
 * these, never `api()` with a literal path, so a contract change is one edit here.
 */
import { api, ApiError } from '../../shared/http';
import type {
  AccountAdmin,
  AccountCard,
  CannedReply,
  CannedReplyInput,
  ConversationDetail,
  ConversationFilter,
  ConversationNote,
  InboxPage,
  InboxCounts,
  MessagingSettings,
  MessagingSettingsInput,
  NotificationPage,
  StaffMessageInput,
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
  AccountArticlesPage,
  FollowerTag,
  FollowerTagsOf,
  Hotline,
  MenuSet,
  MenuVariant,
} from '../../shared/types';
import type { ConversationSummaryPayload, MessagePayload } from '../../../src/shared/realtime';

let onUnauthenticated: () => void = () => {};
/** The router registers the sign-in redirect here; kept as a hook to avoid an import cycle. */
export function setUnauthenticatedHandler(fn: () => void): void {
  onUnauthenticated = fn;
}

/** Every console call: a 401 on an expired session sends the user back to sign-in. */
export async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
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
export const listArticles = (
  id: number,
  cursor?: string | null,
  limit = 20,
  status?: ArticleSummary['status'] | null,
) => call<Page<ArticleSummary>>('GET', `${acc(id)}/articles${qs({ cursor, limit, status })}`);
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

// Messaging (docs/API.md, "Messaging (issue 3)"). Message and inbox-row payloads are those
// of the real-time contract (src/shared/realtime.ts), which the server checks its schemas against.
export type {
  CannedReply,
  ConversationDetail,
  ConversationFilter,
  ConversationNote,
  InboxCounts,
  MessagingSettings,
  StaffMessageInput,
};

const conv = (id: number) => `/api/console/conversations/${id}`;

export const listConversations = (
  id: number,
  o: { filter: ConversationFilter; q?: string; cursor?: string | null; limit?: number },
) =>
  call<InboxPage>(
    'GET',
    `${acc(id)}/conversations${qs({ filter: o.filter, q: o.q?.trim(), cursor: o.cursor, limit: o.limit ?? 30 })}`,
  );
export const getConversation = (id: number) => call<ConversationDetail>('GET', conv(id));
export const listOlderMessages = (id: number, before: number, limit = 30) =>
  call<Page<MessagePayload>>('GET', `${conv(id)}/messages${qs({ before, limit })}`);
export const sendStaffMessage = (id: number, input: StaffMessageInput) =>
  call<MessagePayload>('POST', `${conv(id)}/messages`, input);
export const addNote = (id: number, text: string) =>
  call<ConversationNote>('POST', `${conv(id)}/notes`, { text });
export const assignConversation = (id: number, assigneeId: number | null) =>
  call<ConversationSummaryPayload>('POST', `${conv(id)}/assign`, { assigneeId });
export const closeConversation = (id: number) =>
  call<ConversationSummaryPayload>('POST', `${conv(id)}/close`);
export const reopenConversation = (id: number) =>
  call<ConversationSummaryPayload>('POST', `${conv(id)}/reopen`);
export const transferConversation = (id: number, toAccountId: number, note?: string) =>
  call<ConversationSummaryPayload>('POST', `${conv(id)}/transfer`, { toAccountId, note: note || undefined });
export const markConversationRead = (id: number, upToId: number) =>
  call<void>('POST', `${conv(id)}/read`, { upToId });

export const listCannedReplies = (id: number) =>
  call<{ items: CannedReply[] }>('GET', `${acc(id)}/canned-replies`);
export const createCannedReply = (id: number, input: CannedReplyInput) =>
  call<CannedReply>('POST', `${acc(id)}/canned-replies`, input);
export const updateCannedReply = (id: number, replyId: number, input: CannedReplyInput) =>
  call<CannedReply>('PUT', `${acc(id)}/canned-replies/${replyId}`, input);
export const deleteCannedReply = (id: number, replyId: number) =>
  call<void>('DELETE', `${acc(id)}/canned-replies/${replyId}`);

export const getMessagingSettings = (id: number) =>
  call<MessagingSettings>('GET', `${acc(id)}/messaging-settings`);
export const saveMessagingSettings = (id: number, input: MessagingSettingsInput) =>
  call<MessagingSettings>('PUT', `${acc(id)}/messaging-settings`, input);

export const listNotifications = (o: { unread?: boolean; cursor?: string | null; limit?: number } = {}) =>
  call<NotificationPage>(
    'GET',
    `/api/console/notifications${qs({ unread: o.unread ? 1 : undefined, cursor: o.cursor, limit: o.limit })}`,
  );
/** Marks the given notifications read; without ids, all of the user's. */
export const markNotificationsRead = (ids?: number[]) =>
  call<void>('POST', '/api/console/notifications/read', ids ? { ids } : {});

/** The account's published articles (public thread), for the "send articles" picker. */
export const listPublications = (id: number, beforeSeq?: number | null, limit = 20) =>
  call<Page<PublicationCard>>('GET', `/api/accounts/${id}/thread${qs({ beforeSeq, limit })}`);
/** The public directory, for picking the account a conversation is transferred to. */
export const searchDirectory = (q: string, limit = 20) =>
  call<Page<AccountCard>>('GET', `/api/directory${qs({ q: q.trim(), limit })}`);

// Custom menus, hotlines and follower tags (docs/API.md, "Messaging (issue 3)").
export const getMenus = (id: number) => call<MenuSet>('GET', `${acc(id)}/menus`);
/** Variants without `id` are new; the listed order is the match order. MENU_INVALID names each fault. */
export const saveMenus = (
  id: number,
  set: { default: MenuSet['default']; variants: Array<Omit<MenuVariant, 'id'> & { id?: number }> },
) => call<MenuSet>('PUT', `${acc(id)}/menus`, set);
export const getConsoleHotlines = (id: number) => call<{ items: Hotline[] }>('GET', `${acc(id)}/hotlines`);
export const saveHotlines = (id: number, items: Hotline[]) =>
  call<{ items: Hotline[] }>('PUT', `${acc(id)}/hotlines`, { items });
/** Publications of the account, newest first, marking nothing read (article button targets). */
export const listAccountArticles = (id: number, cursor?: string | null, limit = 50) =>
  call<AccountArticlesPage>('GET', `/api/accounts/${id}/services/articles${qs({ cursor, limit })}`);
export const listTags = (id: number) => call<{ items: FollowerTag[] }>('GET', `${acc(id)}/tags`);
export const createTag = (id: number, name: string) => call<FollowerTag>('POST', `${acc(id)}/tags`, { name });
export const renameTag = (id: number, tagId: number, name: string) =>
  call<FollowerTag>('PUT', `${acc(id)}/tags/${tagId}`, { name });
export const deleteTag = (id: number, tagId: number) => call<void>('DELETE', `${acc(id)}/tags/${tagId}`);
export const tagFollowers = (id: number, tagId: number, openids: string[]) =>
  call<FollowerTag>('POST', `${acc(id)}/tags/${tagId}/members`, { openids });
export const untagFollowers = (id: number, tagId: number, openids: string[]) =>
  call<FollowerTag>('POST', `${acc(id)}/tags/${tagId}/members/remove`, { openids });
export function tagsOfFollowers(id: number, openids: string[]) {
  const q = new URLSearchParams(openids.map((o) => ['openid', o]));
  return call<{ items: FollowerTagsOf[] }>('GET', `${acc(id)}/follower-tags?${q}`);
}

// Automatic replies (docs/API.md, "Automatic replies").
const ar = (id: number, rest: string) => `${acc(id)}/autoreplies/${rest}`;
export const listAutoReplyRules = (id: number, o: { q?: string; page?: number; limit?: number } = {}) =>
  call<import('../../shared/types').AutoReplyRulePage>('GET', ar(id, `rules${qs(o)}`));
export const getAutoReplyRule = (id: number, ruleId: number) =>
  call<import('../../shared/types').AutoReplyRule>('GET', ar(id, `rules/${ruleId}`));
export const createAutoReplyRule = (id: number, input: import('../../shared/types').AutoReplyRuleInput) =>
  call<import('../../shared/types').AutoReplyRule>('POST', ar(id, 'rules'), input);
export const updateAutoReplyRule = (
  id: number,
  ruleId: number,
  input: import('../../shared/types').AutoReplyRuleInput,
) => call<import('../../shared/types').AutoReplyRule>('PUT', ar(id, `rules/${ruleId}`), input);
export const deleteAutoReplyRule = (id: number, ruleId: number) =>
  call<void>('DELETE', ar(id, `rules/${ruleId}`));
/** `which`: the on-follow greeting or the default reply. */
export const getAutoReplySet = (id: number, which: 'greeting' | 'default') =>
  call<import('../../shared/types').AutoReplySet>('GET', ar(id, which));
export const saveAutoReplySet = (
  id: number,
  which: 'greeting' | 'default',
  input: import('../../shared/types').AutoReplySetInput,
) => call<import('../../shared/types').AutoReplySet>('PUT', ar(id, which), input);
/** Which rule answers a sample text (or menu click key), and why. */
export const tryAutoReply = (id: number, input: { text: string } | { key: string }) =>
  call<import('../../shared/types').AutoReplyTry>('POST', ar(id, 'try'), input);

/** The server's message for a failed call; a generic one for network failures. */
export function errorMessage(e: unknown, fallback: string): string {
  return e instanceof ApiError ? e.message : fallback;
}
