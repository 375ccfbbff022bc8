/**
 * The role test matrix: every console route of an account × every kind of staff user, with
 * the answer docs/API.md promises. Refused requests must answer 403/404 and change nothing.
 *
 * Rows for routes another module has not registered yet (ROUTE_NOT_FOUND) are skipped with
 * the reason printed, never silently passed.
 */
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StaffRole } from '../../db/schema.js';
import type { AppDeps } from '../../deps.js';
import { STAFF_ROLES } from '../../infra/auth/principal.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import {
  buildAccount,
  buildCitizen,
  buildStaff,
  ensureRegion,
  raisePushQuota,
  sessionHeaders,
} from '../../test/factories.js';
import { multipart, PNG_1X1, snapshotData } from './testing.js';

type Who = StaffRole | 'platform' | 'supervisor' | 'supervisorElsewhere';
type Headers = Record<string, string>;
type Prepared = InjectOptions | { skip: string };

interface Env {
  app: FastifyInstance;
  deps: AppDeps;
  platform: Headers;
  n: () => number;
}

interface Row {
  route: string;
  /** Who docs/API.md lets through; everybody else is refused. */
  allowed: readonly Who[];
  /** Builds the request against `accountId`, preparing fresh rows it needs (as platform admin). */
  request(env: Env, accountId: number): Promise<Prepared>;
}

const ANY_ROLE: readonly Who[] = STAFF_ROLES;
const PLATFORM_AND = (...r: Who[]): Who[] => [...r, 'platform'];
const base = (id: number) => `/api/console/accounts/${id}`;

/** A fresh draft on the account, made by the platform admin through the publishing API. */
async function draft(env: Env, accountId: number): Promise<number | { skip: string }> {
  const res = await env.app.inject({
    method: 'POST',
    url: `${base(accountId)}/articles`,
    headers: env.platform,
    payload: { title: `矩阵测试稿件 ${env.n()}`, bodyHtml: '<p>矩阵测试正文。</p>' },
  });
  if (res.statusCode === 404 && res.json().error?.code === 'ROUTE_NOT_FOUND') {
    return { skip: 'POST .../articles (needed to prepare a draft) is not registered yet' };
  }
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.json().id as number;
}

async function withDraft(
  env: Env,
  accountId: number,
  make: (articleId: number) => InjectOptions,
): Promise<Prepared> {
  const id = await draft(env, accountId);
  return typeof id === 'number' ? make(id) : id;
}

/** A fresh follower tag of the account, made by the platform admin. */
async function tag(env: Env, accountId: number): Promise<number> {
  const res = await env.app.inject({
    method: 'POST',
    url: `${base(accountId)}/tags`,
    headers: env.platform,
    payload: { name: `矩阵准备标签${env.n()}` },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as number;
}

/** A fresh follower of the account; answers the openid staff see. */
async function follower(env: Env, accountId: number): Promise<string> {
  const citizen = await buildCitizen(env.deps.database);
  const openid = `o-matrix-${env.n()}-${citizen.id}`;
  await env.deps.database.k
    .insertInto('follows')
    .values({
      account_id: accountId,
      citizen_id: citizen.id,
      openid,
      followed_at: 1,
      last_read_seq: 0,
      scene: null,
    })
    .execute();
  return openid;
}

async function member(env: Env, accountId: number): Promise<number> {
  return (await buildStaff(env.deps.database, { roles: [[accountId, 'analyst']] })).id;
}

export const ACCOUNT_ROUTES: Row[] = [
  {
    route: 'GET /api/console/accounts/:accountId',
    allowed: [...ANY_ROLE, 'platform', 'supervisor'],
    request: async (_e, id) => ({ method: 'GET', url: base(id) }),
  },
  {
    route: 'PATCH /api/console/accounts/:accountId',
    allowed: PLATFORM_AND('admin'),
    request: async (e, id) => ({
      method: 'PATCH',
      url: base(id),
      payload: { introduction: `矩阵测试简介 ${e.n()}` },
    }),
  },
  {
    route: 'GET /api/console/accounts/:accountId/staff',
    allowed: PLATFORM_AND('admin'),
    request: async (_e, id) => ({ method: 'GET', url: `${base(id)}/staff` }),
  },
  {
    route: 'POST /api/console/accounts/:accountId/staff',
    allowed: PLATFORM_AND('admin'),
    request: async (e, id) => ({
      method: 'POST',
      url: `${base(id)}/staff`,
      payload: {
        username: `matrix-${e.n()}-${Date.now().toString(36)}`,
        password: 'Matrix-passw0rd',
        roles: ['analyst'],
      },
    }),
  },
  {
    route: 'PUT /api/console/accounts/:accountId/staff/:userId',
    allowed: PLATFORM_AND('admin'),
    request: async (e, id) => ({
      method: 'PUT',
      url: `${base(id)}/staff/${await member(e, id)}`,
      payload: { roles: ['responder'] },
    }),
  },
  {
    route: 'DELETE /api/console/accounts/:accountId/staff/:userId',
    allowed: PLATFORM_AND('admin'),
    request: async (e, id) => ({ method: 'DELETE', url: `${base(id)}/staff/${await member(e, id)}` }),
  },
  {
    route: 'GET /api/console/accounts/:accountId/followers',
    allowed: PLATFORM_AND('admin', 'analyst', 'responder'),
    request: async (_e, id) => ({ method: 'GET', url: `${base(id)}/followers` }),
  },
  {
    route: 'GET /api/console/accounts/:accountId/articles',
    allowed: PLATFORM_AND('admin', 'editor', 'reviewer', 'leader'),
    request: async (_e, id) => ({ method: 'GET', url: `${base(id)}/articles` }),
  },
  {
    route: 'POST /api/console/accounts/:accountId/articles',
    allowed: PLATFORM_AND('admin', 'editor'),
    request: async (e, id) => ({
      method: 'POST',
      url: `${base(id)}/articles`,
      payload: { title: `矩阵测试 ${e.n()}`, bodyHtml: '<p>矩阵测试正文。</p>' },
    }),
  },
  {
    route: 'GET /api/console/accounts/:accountId/articles/:articleId',
    allowed: PLATFORM_AND('admin', 'editor', 'reviewer', 'leader'),
    request: (e, id) => withDraft(e, id, (a) => ({ method: 'GET', url: `${base(id)}/articles/${a}` })),
  },
  {
    route: 'PATCH /api/console/accounts/:accountId/articles/:articleId',
    allowed: PLATFORM_AND('admin', 'editor'),
    request: (e, id) =>
      withDraft(e, id, (a) => ({
        method: 'PATCH',
        url: `${base(id)}/articles/${a}`,
        payload: { title: '改过的标题' },
      })),
  },
  {
    route: 'POST /api/console/accounts/:accountId/articles/:articleId/publish',
    allowed: PLATFORM_AND('admin', 'editor'),
    request: (e, id) =>
      withDraft(e, id, (a) => ({ method: 'POST', url: `${base(id)}/articles/${a}/publish` })),
  },
  {
    route: 'GET /api/console/accounts/:accountId/pushes',
    allowed: PLATFORM_AND('admin', 'editor', 'reviewer', 'leader'),
    request: async (_e, id) => ({ method: 'GET', url: `${base(id)}/pushes` }),
  },
  {
    route: 'POST /api/console/accounts/:accountId/pushes',
    allowed: PLATFORM_AND('admin', 'editor'),
    request: (e, id) =>
      withDraft(e, id, (a) => ({
        method: 'POST',
        url: `${base(id)}/pushes`,
        payload: { articleIds: [a], audience: { kind: 'all' } },
      })),
  },
  {
    route: 'GET /api/console/accounts/:accountId/pushes/quota',
    allowed: PLATFORM_AND('admin', 'editor', 'reviewer', 'leader'),
    request: async (_e, id) => ({ method: 'GET', url: `${base(id)}/pushes/quota` }),
  },
  {
    route: 'PUT /api/console/accounts/:accountId/pushes/quota',
    allowed: ['platform'],
    request: async (_e, id) => ({
      method: 'PUT',
      url: `${base(id)}/pushes/quota`,
      payload: { perDay: 1000 },
    }),
  },
  {
    route: 'POST /api/console/accounts/:accountId/media',
    allowed: PLATFORM_AND('admin', 'editor'),
    request: async (_e, id) => {
      const { payload, contentType } = multipart('file', 'pixel.png', PNG_1X1, 'image/png');
      return { method: 'POST', url: `${base(id)}/media`, payload, headers: { 'content-type': contentType } };
    },
  },
  {
    route: 'GET /api/console/accounts/:accountId/messaging-settings',
    allowed: PLATFORM_AND('admin', 'responder'),
    request: async (_e, id) => ({ method: 'GET', url: `${base(id)}/messaging-settings` }),
  },
  {
    route: 'PUT /api/console/accounts/:accountId/messaging-settings',
    allowed: PLATFORM_AND('admin'),
    request: async (e, id) => ({
      method: 'PUT',
      url: `${base(id)}/messaging-settings`,
      payload: {
        firstResponseMinutes: 60 + e.n(),
        workingHoursOnly: true,
        workingHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30' },
        warnBeforeMinutes: 30,
      },
    }),
  },
  // Custom menus, hotlines and follower tags (src/modules/menus, src/modules/audience).
  {
    route: 'GET /api/console/accounts/:accountId/menus',
    allowed: PLATFORM_AND('admin', 'editor'),
    request: async (_e, id) => ({ method: 'GET', url: `${base(id)}/menus` }),
  },
  {
    route: 'PUT /api/console/accounts/:accountId/menus',
    allowed: PLATFORM_AND('admin', 'editor'),
    request: async (e, id) => ({
      method: 'PUT',
      url: `${base(id)}/menus`,
      payload: { default: { button: [{ type: 'click', name: `矩阵${e.n()}`, key: 'M' }] }, variants: [] },
    }),
  },
  {
    route: 'GET /api/console/accounts/:accountId/hotlines',
    allowed: PLATFORM_AND('admin', 'editor'),
    request: async (_e, id) => ({ method: 'GET', url: `${base(id)}/hotlines` }),
  },
  {
    route: 'PUT /api/console/accounts/:accountId/hotlines',
    allowed: PLATFORM_AND('admin', 'editor'),
    request: async (e, id) => ({
      method: 'PUT',
      url: `${base(id)}/hotlines`,
      payload: { items: [{ name: `热线${e.n()}`, phone: '12345', hours: '24小时' }] },
    }),
  },
  {
    route: 'GET /api/console/accounts/:accountId/tags',
    allowed: PLATFORM_AND('admin', 'editor', 'analyst', 'responder'),
    request: async (_e, id) => ({ method: 'GET', url: `${base(id)}/tags` }),
  },
  {
    route: 'POST /api/console/accounts/:accountId/tags',
    allowed: PLATFORM_AND('admin'),
    request: async (e, id) => ({
      method: 'POST',
      url: `${base(id)}/tags`,
      payload: { name: `矩阵标签${e.n()}` },
    }),
  },
  {
    route: 'PUT /api/console/accounts/:accountId/tags/:tagId',
    allowed: PLATFORM_AND('admin'),
    request: async (e, id) => ({
      method: 'PUT',
      url: `${base(id)}/tags/${await tag(e, id)}`,
      payload: { name: `改名${e.n()}` },
    }),
  },
  {
    route: 'DELETE /api/console/accounts/:accountId/tags/:tagId',
    allowed: PLATFORM_AND('admin'),
    request: async (e, id) => ({ method: 'DELETE', url: `${base(id)}/tags/${await tag(e, id)}` }),
  },
  {
    route: 'POST /api/console/accounts/:accountId/tags/:tagId/members',
    allowed: PLATFORM_AND('admin'),
    request: async (e, id) => ({
      method: 'POST',
      url: `${base(id)}/tags/${await tag(e, id)}/members`,
      payload: { openids: [await follower(e, id)] },
    }),
  },
  {
    route: 'POST /api/console/accounts/:accountId/tags/:tagId/members/remove',
    allowed: PLATFORM_AND('admin'),
    request: async (e, id) => {
      const [tagId, openid] = [await tag(e, id), await follower(e, id)];
      await e.app.inject({
        method: 'POST',
        url: `${base(id)}/tags/${tagId}/members`,
        headers: e.platform,
        payload: { openids: [openid] },
      });
      return {
        method: 'POST',
        url: `${base(id)}/tags/${tagId}/members/remove`,
        payload: { openids: [openid] },
      };
    },
  },
  {
    route: 'GET /api/console/accounts/:accountId/follower-tags',
    allowed: PLATFORM_AND('admin', 'editor', 'analyst', 'responder'),
    request: async (e, id) => ({
      method: 'GET',
      url: `${base(id)}/follower-tags?openid=${await follower(e, id)}`,
    }),
  },
];

const EVERYONE: readonly Who[] = [...STAFF_ROLES, 'platform', 'supervisor', 'supervisorElsewhere'];

describeEachDatabase('role test matrix', (ctx) => {
  let env: Env;
  let target: { id: number; handle: string };
  let other: { id: number; handle: string };
  /** Signed-in headers of each kind of user; roles are held on `target`. */
  const who = new Map<Who, Headers>();
  /** Each role held on `other` only: staff of account B acting on account A. */
  const outsider = new Map<StaffRole, Headers>();

  beforeAll(async () => {
    const { app, deps } = await buildTestApp(ctx.db);
    let counter = 0;
    const headersOf = async (id: number) => ({ ...(await sessionHeaders(deps.sessions, 'staff', id)) });
    await ensureRegion(ctx.db, '411502', '浉河区');
    target = await buildAccount(ctx.db, { region_code: '411502' }); // inside Xinyang (411500)
    other = await buildAccount(ctx.db, { region_code: '410100' }); // Zhengzhou
    // Every allowed role publishes or pushes on `target`: past the default one push a day.
    await raisePushQuota(ctx.db, target.id);
    const platform = await headersOf((await buildStaff(ctx.db, { isPlatformAdmin: true })).id);
    env = { app, deps, platform, n: () => ++counter };
    who.set('platform', platform);
    who.set('supervisor', await headersOf((await buildStaff(ctx.db, { supervisorRegion: '411500' })).id));
    who.set(
      'supervisorElsewhere',
      await headersOf((await buildStaff(ctx.db, { supervisorRegion: '410100' })).id),
    );
    for (const role of STAFF_ROLES) {
      who.set(role, await headersOf((await buildStaff(ctx.db, { roles: [[target.id, role]] })).id));
      outsider.set(role, await headersOf((await buildStaff(ctx.db, { roles: [[other.id, role]] })).id));
    }
  });
  afterAll(async () => {
    await env?.app.close();
  });

  /** Sends the row's request as `headers`; null when the route is not registered (skip). */
  async function send(row: Row, accountId: number, headers: Headers | null, skip: (note: string) => never) {
    const prepared = await row.request(env, accountId);
    const reason = (why: string) => {
      console.log(`[role matrix] SKIPPED ${row.route}: ${why}`);
      return skip(why);
    };
    if ('skip' in prepared) return reason(prepared.skip);
    const before = await snapshotData(ctx.db);
    const res = await env.app.inject({
      ...prepared,
      headers: { ...(prepared.headers as Headers), ...headers },
    });
    if (res.statusCode === 404 && res.json().error?.code === 'ROUTE_NOT_FOUND')
      return reason('route not registered yet');
    return { res, before };
  }

  async function expectRefused(
    row: Row,
    accountId: number,
    headers: Headers | null,
    skip: (note: string) => never,
  ) {
    const { res, before } = await send(row, accountId, headers, skip);
    if (headers === null) {
      expect(res.statusCode, res.body).toBe(401);
      expect(res.json().error.code).toBe('UNAUTHENTICATED');
    } else {
      expect([403, 404], res.body).toContain(res.statusCode);
      if (res.statusCode === 403) expect(res.json().error.code).toBe('FORBIDDEN');
    }
    expect(await snapshotData(ctx.db)).toEqual(before);
  }

  describe('(b) each role gets exactly what docs/API.md grants on its own account', () => {
    for (const row of ACCOUNT_ROUTES) {
      for (const w of EVERYONE) {
        const allowed = row.allowed.includes(w);
        it(`${row.route}: ${w} is ${allowed ? 'allowed' : 'refused and nothing changes'}`, async (t) => {
          if (!allowed) return expectRefused(row, target.id, who.get(w)!, t.skip);
          const { res } = await send(row, target.id, who.get(w)!, t.skip);
          expect(res.statusCode, res.body).toBeGreaterThanOrEqual(200);
          expect(res.statusCode, res.body).toBeLessThan(300);
        });
      }
    }
  });

  describe('(a) staff of account B can read or change nothing of account A', () => {
    for (const row of ACCOUNT_ROUTES) {
      for (const role of STAFF_ROLES) {
        it(`${row.route}: a ${role} of another account is refused and nothing changes`, async (t) =>
          expectRefused(row, target.id, outsider.get(role)!, t.skip));
      }
    }
  });

  describe('signed-out requests are refused', () => {
    for (const row of ACCOUNT_ROUTES) {
      it(`${row.route}: signed out answers 401 and nothing changes`, async (t) =>
        expectRefused(row, target.id, null, t.skip));
    }
  });

  describe('account list and creation', () => {
    const sees: Record<Who, 'target' | 'other' | 'both'> = {
      admin: 'target',
      editor: 'target',
      reviewer: 'target',
      leader: 'target',
      responder: 'target',
      analyst: 'target',
      platform: 'both',
      supervisor: 'target',
      supervisorElsewhere: 'other',
    };
    for (const w of EVERYONE) {
      it(`GET /api/console/accounts: ${w} sees ${sees[w] === 'both' ? 'every account' : `only the ${sees[w]} account`}`, async () => {
        const res = await env.app.inject({
          method: 'GET',
          url: '/api/console/accounts',
          headers: who.get(w)!,
        });
        expect(res.statusCode).toBe(200);
        const ids = (res.json().items as Array<{ id: number }>).map((a) => a.id);
        expect(ids.includes(target.id)).toBe(sees[w] !== 'other');
        expect(ids.includes(other.id)).toBe(sees[w] !== 'target');
      });
    }

    for (const w of EVERYONE) {
      const allowed = w === 'platform';
      it(`POST /api/console/accounts: ${w} is ${allowed ? 'allowed' : 'refused and nothing changes'}`, async () => {
        const n = env.n();
        const before = await snapshotData(ctx.db);
        const res = await env.app.inject({
          method: 'POST',
          url: '/api/console/accounts',
          headers: who.get(w)!,
          payload: {
            handle: `matrix-new-${n}-${ctx.dialect}`,
            name: `矩阵测试新公众号${n}`,
            level: 'county',
            departmentType: 'tourism',
            regionCode: '411502',
            owningUnit: '浉河区文化广电和旅游局',
            contact: '12345',
            introduction: '',
          },
        });
        if (allowed) {
          expect(res.statusCode, res.body).toBe(201);
        } else {
          expect(res.statusCode, res.body).toBe(403);
          expect(res.json().error.code).toBe('FORBIDDEN');
          expect(await snapshotData(ctx.db)).toEqual(before);
        }
      });
    }
  });
});
