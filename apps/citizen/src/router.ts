/**
 * History-mode routes. `meta.tab` shows the bottom tab bar; `meta.title` is an i18n key for
 * the document title (the title WeChat shows in its own top bar).
 */
import { createRouter, createWebHistory } from 'vue-router';

declare module 'vue-router' {
  interface RouteMeta {
    tab?: boolean;
    title?: string;
  }
}

export const router = createRouter({
  history: createWebHistory('/'),
  routes: [
    {
      path: '/',
      name: 'home',
      component: () => import('./views/HomeView.vue'),
      meta: { tab: true, title: 'home.title' },
    },
    {
      path: '/discover',
      name: 'discover',
      component: () => import('./views/DiscoverView.vue'),
      meta: { tab: true, title: 'discover.title' },
    },
    {
      path: '/me',
      name: 'me',
      component: () => import('./views/MeView.vue'),
      meta: { tab: true, title: 'me.title' },
    },
    {
      path: '/accounts/:ref',
      name: 'account',
      component: () => import('./views/AccountView.vue'),
      meta: { title: 'account.title' },
    },
    { path: '/accounts/:ref/thread', name: 'thread', component: () => import('./views/ThreadView.vue') },
    // Service pages custom-menu buttons open (menuTarget.ts, menuTargetRoute).
    // "Verify this account": what a poster's QR code opens (src/modules/verification).
    {
      path: '/accounts/:ref/verified',
      name: 'account-verified',
      component: () => import('./views/AccountVerifiedView.vue'),
      meta: { title: 'accountVerification.pageTitle' },
    },
    {
      path: '/accounts/:ref/hotlines',
      name: 'account-hotlines',
      component: () => import('./views/HotlinesView.vue'),
      meta: { title: 'services.hotlines.title' },
    },
    {
      path: '/accounts/:ref/articles',
      name: 'account-articles',
      component: () => import('./views/AccountArticlesView.vue'),
      meta: { title: 'services.articles.title' },
    },
    // Fake-account reports (举报仿冒): the form from an account's profile, and "我的举报".
    {
      path: '/accounts/:ref/report',
      name: 'report-fake',
      component: () => import('./views/ReportFakeView.vue'),
      meta: { title: 'fakeReports.title' },
    },
    {
      path: '/me/reports',
      name: 'my-reports',
      component: () => import('./views/MyReportsView.vue'),
      meta: { title: 'fakeReports.mine' },
    },
    // Cases (我要留言/投诉): filing with an account, "我的诉求", the case page.
    {
      path: '/accounts/:ref/cases/new',
      name: 'case-file',
      component: () => import('./views/CaseFileView.vue'),
      meta: { title: 'cases.fileTitle' },
    },
    {
      path: '/me/cases',
      name: 'my-cases',
      component: () => import('./views/CaseListView.vue'),
      meta: { title: 'cases.mine' },
    },
    {
      path: '/me/cases/:trackingNo',
      name: 'case',
      component: () => import('./views/CaseView.vue'),
      meta: { title: 'cases.caseTitle' },
    },
    // Public case statistics (办件统计) of an account and of a region.
    {
      path: '/accounts/:ref/stats',
      name: 'account-case-stats',
      component: () => import('./views/CaseStatsView.vue'),
      meta: { title: 'caseStats.title' },
    },
    {
      path: '/stats/regions/:code',
      name: 'region-case-stats',
      component: () => import('./views/CaseStatsView.vue'),
      meta: { title: 'caseStats.title' },
    },
    { path: '/read/:slug', name: 'read', component: () => import('./views/ReaderView.vue') },
    // Content verification (docs/SIGNING.md): /v/<code> under articles is redirected here.
    {
      path: '/verify',
      name: 'verify',
      component: () => import('./views/VerifyView.vue'),
      meta: { title: 'verify.title' },
    },
    {
      path: '/verify/:code',
      name: 'verify-code',
      component: () => import('./views/VerifyView.vue'),
      meta: { title: 'verify.title' },
    },
    {
      path: '/login',
      name: 'login',
      component: () => import('./views/LoginView.vue'),
      meta: { title: 'login.title' },
    },
    { path: '/:pathMatch(.*)*', redirect: '/' },
  ],
  scrollBehavior(_to, _from, saved) {
    return saved ?? { top: 0 };
  },
});
