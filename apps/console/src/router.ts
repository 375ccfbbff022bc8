/**
 * Routes under /console/ (history mode). The guard loads the session once, sends signed-out
 * users to sign-in and keeps people out of pages their roles on the current account do not
 * open — the server checks again; this only spares them a page of errors.
 */
import { createRouter, createWebHistory, type RouteLocationRaw } from 'vue-router';
import { setUnauthenticatedHandler } from './api';
import { loadSession } from './auth';
import {
  can,
  currentAccount,
  isPlatformAdmin,
  setSession,
  state,
  switchableAccounts,
  switchAccount,
} from './session';
import { canAnswer, canInbox } from './components/inbox/access';
import { canReadAutoReplies } from './components/autoreply/access';
import { canEditPlatformScreening, canReadScreening } from './components/screening/access';
import { canModerateComments } from './components/engagement/access';
import AppLayout from './components/AppLayout.vue';
import LoginView from './views/LoginView.vue';
import OverviewView from './views/OverviewView.vue';

declare module 'vue-router' {
  interface RouteMeta {
    public?: boolean;
    /** Which `can` flag the page needs; checked against the current account. */
    need?: keyof typeof can;
  }
}

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes: [
    { path: '/login', name: 'login', component: LoginView, meta: { public: true } },
    {
      path: '/',
      component: AppLayout,
      children: [
        { path: '', name: 'overview', component: OverviewView },
        { path: 'profile', name: 'profile', component: () => import('./views/ProfileView.vue') },
        {
          path: 'staff',
          name: 'staff',
          component: () => import('./views/StaffView.vue'),
          meta: { need: 'manageStaff' },
        },
        {
          path: 'articles',
          name: 'articles',
          component: () => import('./views/ArticlesView.vue'),
          meta: { need: 'readArticles' },
        },
        {
          path: 'articles/new',
          name: 'article-new',
          component: () => import('./views/ArticleEditView.vue'),
          meta: { need: 'writeArticles' },
        },
        {
          path: 'articles/:articleId(\\d+)',
          name: 'article-edit',
          component: () => import('./views/ArticleEditView.vue'),
          meta: { need: 'readArticles' },
        },
        {
          path: 'review-settings',
          name: 'review-settings',
          component: () => import('./views/ReviewSettingsView.vue'),
          meta: { need: 'readArticles' },
        },
        {
          // Notification links name the account (/console/accounts/3/articles/17): switch to it
          // when the user works on it, then open the article there.
          path: 'accounts/:accountId(\\d+)/articles/:articleId(\\d+)',
          name: 'account-article',
          component: () => import('./views/StatusView.vue'),
          beforeEnter: (to) => {
            const id = Number(to.params.accountId);
            if (switchableAccounts.value.some((a) => a.id === id)) switchAccount(id);
            return { name: 'article-edit', params: { articleId: to.params.articleId } };
          },
        },
        {
          path: 'pushes',
          name: 'pushes',
          component: () => import('./views/PushesView.vue'),
          meta: { need: 'readArticles' },
        },
        {
          path: 'followers',
          name: 'followers',
          component: () => import('./views/FollowersView.vue'),
          meta: { need: 'readFollowers' },
        },
        {
          path: 'qrcodes',
          name: 'qrcodes',
          component: () => import('./views/QrCodesView.vue'),
          meta: { need: 'makeQrCodes' },
        },
        {
          path: 'menus',
          name: 'menus',
          component: () => import('./views/MenuEditorView.vue'),
          meta: { need: 'editMenus' },
        },
        {
          path: 'autoreplies',
          name: 'autoreplies',
          component: () => import('./views/AutoRepliesView.vue'),
          // Responders may read the rules and try them; the page is read-only for them.
          beforeEnter: () => canReadAutoReplies.value || { name: 'forbidden' },
        },
        {
          path: 'screening',
          name: 'screening',
          component: () => import('./views/ScreeningView.vue'),
          // Editors and reviewers read the account's list; platform admins keep the platform's.
          beforeEnter: () =>
            canReadScreening.value || canEditPlatformScreening.value || { name: 'forbidden' },
        },
        {
          path: 'comments',
          name: 'comments',
          component: () => import('./views/CommentsView.vue'),
          beforeEnter: () => canModerateComments.value || { name: 'forbidden' },
        },
        {
          // Signing keys (docs/SIGNING.md): any staff of the account sees them, admins manage.
          path: 'signing-keys',
          name: 'signing-keys',
          component: () => import('./views/SigningKeysView.vue'),
        },
        {
          path: 'audit',
          name: 'audit',
          component: () => import('./views/AuditView.vue'),
          meta: { need: 'readAudit' },
        },
        {
          path: 'accounts',
          name: 'accounts',
          component: () => import('./views/AccountsView.vue'),
          meta: { need: 'listAccounts' },
        },
        {
          // Names held by the impersonation guard: platform admins only (the server checks too).
          path: 'name-holds',
          name: 'name-holds',
          component: () => import('./views/NameHoldsView.vue'),
          beforeEnter: () => isPlatformAdmin.value || { name: 'forbidden' },
        },
        {
          // The official holiday calendar: platform admins only (the server checks too).
          path: 'calendar',
          name: 'calendar',
          component: () => import('./views/CalendarView.vue'),
          beforeEnter: () => isPlatformAdmin.value || { name: 'forbidden' },
        },
        {
          // Cases administration (docs/API.md "Cases: administration"): platform admins only.
          path: 'case-categories',
          name: 'case-categories',
          component: () => import('./views/CaseCategoriesView.vue'),
          beforeEnter: () => isPlatformAdmin.value || { name: 'forbidden' },
        },
        {
          path: 'case-routing',
          name: 'case-routing',
          component: () => import('./views/CaseRoutingView.vue'),
          beforeEnter: () => isPlatformAdmin.value || { name: 'forbidden' },
        },
        {
          path: 'open311-keys',
          name: 'open311-keys',
          component: () => import('./views/Open311KeysView.vue'),
          beforeEnter: () => isPlatformAdmin.value || { name: 'forbidden' },
        },
        {
          // The account's case deadlines: everyone on the account reads, admins change (server checks).
          path: 'case-clock',
          name: 'case-clock',
          component: () => import('./views/CaseClockView.vue'),
          beforeEnter: () => state.accountId !== null || { name: 'forbidden' },
        },
        {
          // Citizens' reports of fake accounts: platform admins only (the server checks too).
          path: 'fake-reports',
          name: 'fake-reports',
          component: () => import('./views/FakeReportsView.vue'),
          beforeEnter: () => isPlatformAdmin.value || { name: 'forbidden' },
        },
        {
          // Account verification: everyone on the account reads it, admins apply (server checks).
          path: 'verification',
          name: 'verification',
          component: () => import('./views/VerificationView.vue'),
          beforeEnter: () => state.accountId !== null || { name: 'forbidden' },
        },
        {
          path: 'verification-review/:applicationId(\\d+)?',
          name: 'verification-review',
          component: () => import('./views/VerificationReviewView.vue'),
          beforeEnter: () => isPlatformAdmin.value || { name: 'forbidden' },
        },
        {
          // Notification links of verification (src/modules/verification/notify.ts).
          path: 'accounts/:accountId(\\d+)/verification',
          name: 'account-verification',
          component: () => import('./views/StatusView.vue'),
          beforeEnter: (to) => {
            const id = Number(to.params.accountId);
            if (switchableAccounts.value.some((a) => a.id === id)) switchAccount(id);
            return { name: 'verification' };
          },
        },
        {
          path: 'platform/verification/:applicationId(\\d+)',
          name: 'platform-verification',
          component: () => import('./views/StatusView.vue'),
          beforeEnter: (to) => ({
            name: 'verification-review',
            params: { applicationId: to.params.applicationId },
          }),
        },
        {
          path: 'cases',
          name: 'cases',
          component: () => import('./views/CasesView.vue'),
        },
        {
          path: 'cases/:caseId(\\d+)',
          name: 'case-detail',
          component: () => import('./views/CaseDetailView.vue'),
        },
        {
          // Notification links name the account (/console/accounts/3/cases/17): switch to it
          // when the user may, then open the case there.
          path: 'accounts/:accountId(\\d+)/cases/:caseId(\\d+)',
          name: 'account-case',
          component: () => import('./views/StatusView.vue'),
          beforeEnter: (to) => {
            const id = Number(to.params.accountId);
            if (switchableAccounts.value.some((a) => a.id === id)) switchAccount(id);
            return { name: 'case-detail', params: { caseId: to.params.caseId } };
          },
        },
        {
          path: 'inbox/:conversationId(\\d+)?',
          name: 'inbox',
          component: () => import('./views/InboxView.vue'),
          beforeEnter: () => canInbox.value || { name: 'forbidden' },
        },
        {
          path: 'messaging-settings',
          name: 'messaging-settings',
          component: () => import('./views/MessagingSettingsView.vue'),
          // Responders may read the settings; the page is read-only for them.
          beforeEnter: () => canAnswer.value || { name: 'forbidden' },
        },
        {
          // Notification links name the account (/console/accounts/3/inbox/17): switch to it
          // when the user works on it, then open the conversation there.
          path: 'accounts/:accountId(\\d+)/inbox/:conversationId(\\d+)?',
          name: 'account-inbox',
          component: () => import('./views/StatusView.vue'),
          beforeEnter: (to) => {
            const id = Number(to.params.accountId);
            if (switchableAccounts.value.some((a) => a.id === id)) switchAccount(id);
            return { name: 'inbox', params: { conversationId: to.params.conversationId } };
          },
        },
        {
          path: 'forbidden',
          name: 'forbidden',
          component: () => import('./views/StatusView.vue'),
          props: { kind: 'forbidden' },
        },
        {
          path: ':rest(.*)*',
          name: 'not-found',
          component: () => import('./views/StatusView.vue'),
          props: { kind: 'notFound' },
        },
      ],
    },
  ],
});

let loaded: Promise<void> | null = null;

router.beforeEach(async (to, from): Promise<boolean | RouteLocationRaw> => {
  loaded ??= loadSession();
  await loaded;
  if (to.meta.public) return state.session ? { name: 'overview' } : true;
  if (!state.session) return { name: 'login', query: to.fullPath === '/' ? {} : { redirect: to.fullPath } };
  // Overseers without an account of their own start on the account list, not on whichever
  // account happens to sort first.
  const entering = !from.name || from.name === 'login';
  const ownNone = state.session.accounts.length === 0;
  if (to.name === 'overview' && can.listAccounts && (!currentAccount.value || (ownNone && entering)))
    return { name: 'accounts' };
  if (to.meta.need && !can[to.meta.need]) return { name: 'forbidden' };
  return true;
});

setUnauthenticatedHandler(() => {
  setSession(null);
  const here = router.currentRoute.value;
  if (!here.meta.public) void router.replace({ name: 'login', query: { redirect: here.fullPath } });
});
