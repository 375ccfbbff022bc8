/**
 * Where a menu's `view` button (or a link reply) takes the citizen: in-app pages through the
 * router, the server's own pages by address, other sites in a new tab, and nothing at all
 * for anything that is neither http(s) nor a path of this site.
 */
import { createMemoryHistory, createRouter } from 'vue-router';
import { expect, it } from 'vitest';
import { menuTarget } from '../../apps/citizen/src/menuTarget.js';

const page = { render: () => null };
const router = createRouter({
  history: createMemoryHistory(),
  routes: [
    { path: '/', name: 'home', component: page },
    { path: '/accounts/:ref/hotlines', name: 'account-hotlines', component: page },
    { path: '/read/:slug', name: 'read', component: page },
    { path: '/:pathMatch(.*)*', redirect: '/' },
  ],
});
const ORIGIN = 'https://zw.example.gov.cn';
const target = (url: string) => menuTarget(url, router, ORIGIN);

it('follows only http(s) addresses and paths of this site', () => {
  for (const bad of [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,hi',
    '//evil.example',
    '/\\evil.example',
    'mailto:a@b.c',
    'accounts/x',
  ])
    expect(target(bad), bad).toEqual({ kind: 'refused' });
});

it('keeps the site inside the app and sends other sites to a new tab', () => {
  expect(target('/a/abc-123')).toEqual({ kind: 'route', to: { name: 'read', params: { slug: 'abc-123' } } });
  expect(target(`${ORIGIN}/accounts/henan-edu/hotlines`)).toEqual({
    kind: 'route',
    to: '/accounts/henan-edu/hotlines',
  });
  expect(target('/media/ab/cd.png')).toEqual({ kind: 'server', href: '/media/ab/cd.png' });
  expect(target('https://www.haeea.cn/')).toEqual({ kind: 'external', href: 'https://www.haeea.cn/' });
});
