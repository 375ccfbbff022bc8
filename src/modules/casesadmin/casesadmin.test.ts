import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { verifyAuditChain } from '../../infra/audit.js';
import { ManualClock } from '../../infra/clock.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildAccount, buildStaff, ensureRegion, sessionHeaders } from '../../test/factories.js';
import { resolveClockPolicy } from '../cases/policy.js';
import { findOpen311Client } from '../open311/keys.js';
import { regionPrefixes } from './routing.js';

type Headers = Record<string, string>;

describe('region prefixes of a routing match', () => {
  it('lists the code, its prefecture, its province and every region, longest first', () => {
    expect(regionPrefixes('411502')).toEqual(['411502', '4115', '41', '']);
    expect(regionPrefixes('411500')).toEqual(['411500', '4115', '41', '']);
    expect(regionPrefixes(null)).toEqual(['']);
    expect(regionPrefixes('41')).toEqual(['']);
  });
});

describeEachDatabase('administration of cases', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  let platform: Headers;
  let platformId: number;
  let accountAdmin: Headers;
  let editor: Headers;
  let supervisor: Headers;
  let outsider: Headers;
  let account: { id: number; name: string };
  let xinyang: { id: number; name: string };
  const clock = new ManualClock(Date.UTC(2026, 11, 7, 2));

  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db, { clock }));
    await ensureRegion(ctx.db, '410000', '河南省');
    await ensureRegion(ctx.db, '411500', '信阳市');
    await ensureRegion(ctx.db, '411502', '浉河区');
    await ensureRegion(ctx.db, '410100', '郑州市');
    account = await buildAccount(ctx.db);
    xinyang = await buildAccount(ctx.db, { region_code: '411500' });
    const other = await buildAccount(ctx.db);
    const p = await buildStaff(ctx.db, { isPlatformAdmin: true });
    platformId = p.id;
    const h = async (id: number) => ({ ...(await sessionHeaders(deps.sessions, 'staff', id)) });
    platform = await h(p.id);
    accountAdmin = await h((await buildStaff(ctx.db, { roles: [[account.id, 'admin']] })).id);
    editor = await h((await buildStaff(ctx.db, { roles: [[account.id, 'editor']] })).id);
    supervisor = await h((await buildStaff(ctx.db, { supervisorRegion: '410000' })).id);
    outsider = await h((await buildStaff(ctx.db, { roles: [[other.id, 'admin']] })).id);
  });
  afterAll(async () => {
    await app?.close();
  });

  const req = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, headers: Headers, payload?: object) =>
    app.inject(payload === undefined ? { method, url, headers } : { method, url, headers, payload });

  const category = (over: Record<string, unknown> = {}) => ({
    code: `c-${Math.random().toString(36).slice(2, 8)}`,
    parentId: null,
    name: { zh: '交通违法', en: 'Traffic violations' },
    description: { zh: '违章停车等', en: 'Illegal parking and the like' },
    keywords: ['违停', '闯红灯'],
    major: false,
    dueHours: 48,
    statementHours: null,
    timeBasis: 'calendar',
    warnPercent: 75,
    position: 10,
    attributes: [],
    ...over,
  });
  const create = async (over: Record<string, unknown> = {}) => {
    const res = await req('POST', '/api/console/case-categories', platform, category(over));
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: number; code: string };
  };

  describe('categories', () => {
    it('are for platform admins only', async () => {
      expect((await app.inject({ method: 'GET', url: '/api/console/case-categories' })).statusCode).toBe(401);
      for (const h of [accountAdmin, editor, supervisor]) {
        expect((await req('GET', '/api/console/case-categories', h)).statusCode).toBe(403);
        const res = await req('POST', '/api/console/case-categories', h, category());
        expect(res.statusCode).toBe(403);
        expect(res.json().error.code).toBe('FORBIDDEN');
      }
      expect((await req('GET', '/api/console/case-categories', platform)).statusCode).toBe(200);
    });

    it('are created with attributes, listed (inactive too), updated with a fixed code, audited', async () => {
      const group = await create({ code: 'grp-traffic', name: { zh: '交通', en: 'Traffic' } });
      const res = await req(
        'POST',
        '/api/console/case-categories',
        platform,
        category({
          code: 'traffic-x',
          parentId: group.id,
          major: true,
          dueHours: 24,
          statementHours: 4,
          timeBasis: 'working',
          warnPercent: 80,
          keywords: [' 违停 ', '违停', '酒驾'],
          attributes: [
            {
              code: 'severity',
              datatype: 'singlevaluelist',
              required: true,
              description: ' 紧急程度 ',
              descriptionEn: 'How urgent',
              order: 2,
              values: [
                { key: 'low', name: '一般', nameEn: 'Low' },
                { key: 'high', name: '紧急', nameEn: 'High' },
              ],
            },
            {
              code: 'plate',
              datatype: 'string',
              required: false,
              description: '车牌',
              descriptionEn: '',
              order: 1,
              values: [],
            },
          ],
        }),
      );
      expect(res.statusCode, res.body).toBe(201);
      const created = res.json();
      expect(created).toMatchObject({
        code: 'traffic-x',
        parentId: group.id,
        major: true,
        dueHours: 24,
        statementHours: 4,
        timeBasis: 'working',
        warnPercent: 80,
        keywords: ['违停', '酒驾'],
        active: true,
        caseCount: 0,
        ruleCount: 0,
        createdAt: clock.now(),
      });
      expect(created.attributes.map((a: { code: string }) => a.code)).toEqual(['plate', 'severity']);
      expect(created.attributes[1].description).toBe('紧急程度');
      // Stored as the taxonomy writes it: values only on list types.
      const stored = await ctx.db.k
        .selectFrom('case_categories')
        .select(['attributes', 'keywords'])
        .where('id', '=', created.id)
        .executeTakeFirstOrThrow();
      expect(JSON.parse(stored.attributes)[0]).toEqual({
        code: 'plate',
        datatype: 'string',
        required: false,
        description: '车牌',
        descriptionEn: '',
        order: 1,
      });
      expect(stored.keywords).toBe('违停,酒驾');

      clock.advance(1000);
      const { code: _code, ...rest } = category({ parentId: group.id, dueHours: 36, warnPercent: 60 });
      const upd = await req('PUT', `/api/console/case-categories/${created.id}`, platform, rest);
      expect(upd.statusCode, upd.body).toBe(200);
      expect(upd.json()).toMatchObject({ code: 'traffic-x', dueHours: 36, warnPercent: 60, attributes: [] });
      // The code is not part of an update.
      const withCode = await req('PUT', `/api/console/case-categories/${created.id}`, platform, {
        ...rest,
        code: 'renamed',
      });
      expect(withCode.statusCode).toBe(400);

      const off = await req('POST', `/api/console/case-categories/${created.id}/deactivate`, platform);
      expect(off.json().active).toBe(false);
      const list = (await req('GET', '/api/console/case-categories', platform)).json().items;
      expect(list.find((c: { id: number }) => c.id === created.id).active).toBe(false);
      const on = await req('POST', `/api/console/case-categories/${created.id}/reactivate`, platform);
      expect(on.json().active).toBe(true);

      const audits = await ctx.db.k
        .selectFrom('audit_log')
        .select(['action', 'target', 'actor_id', 'details'])
        .where('target', '=', `case_category:${created.id}`)
        .orderBy('id')
        .execute();
      expect(audits.map((a) => a.action)).toEqual([
        'case_category.created',
        'case_category.updated',
        'case_category.deactivated',
        'case_category.reactivated',
      ]);
      expect(audits.every((a) => a.actor_id === platformId)).toBe(true);
      expect(JSON.parse(audits[1]!.details).changes.dueHours).toEqual({ from: 24, to: 36 });
      expect(await verifyAuditChain(ctx.db.k)).toBeNull();
    });

    it('refuse invalid input with stable codes', async () => {
      const post = (body: object) => req('POST', '/api/console/case-categories', platform, body);
      const code = async (body: object) => {
        const res = await post(body);
        return [res.statusCode, res.json().error.code, res.json().error.details?.reason];
      };
      const taken = await create();
      expect(await code(category({ code: taken.code }))).toEqual([
        409,
        'CASE_CATEGORY_CODE_TAKEN',
        undefined,
      ]);
      expect(await code(category({ statementHours: 48 }))).toEqual([
        400,
        'CASE_CATEGORY_STATEMENT_HOURS',
        undefined,
      ]);
      expect((await post(category({ dueHours: 721 }))).statusCode).toBe(400);
      expect((await post(category({ dueHours: 0 }))).statusCode).toBe(400);
      expect((await post(category({ warnPercent: 100 }))).statusCode).toBe(400);
      expect((await post(category({ code: 'Has Space' }))).statusCode).toBe(400);
      expect((await post(category({ timeBasis: 'lunar' }))).statusCode).toBe(400);
      expect(await code(category({ parentId: 999999 }))).toEqual([
        400,
        'CASE_CATEGORY_PARENT_INVALID',
        'not_found',
      ]);
      const child = await create({ parentId: taken.id });
      expect(await code(category({ parentId: child.id }))).toEqual([
        400,
        'CASE_CATEGORY_PARENT_INVALID',
        'nested',
      ]);
      const attr = (over: Record<string, unknown>) => ({
        code: 'a',
        datatype: 'string',
        required: false,
        description: '问题',
        descriptionEn: '',
        order: 1,
        values: [],
        ...over,
      });
      expect(await code(category({ attributes: [attr({}), attr({ order: 2 })] }))).toEqual([
        400,
        'CASE_CATEGORY_ATTRIBUTE_INVALID',
        'duplicate_code',
      ]);
      expect(await code(category({ attributes: [attr({}), attr({ code: 'b' })] }))).toEqual([
        400,
        'CASE_CATEGORY_ATTRIBUTE_INVALID',
        'duplicate_order',
      ]);
      expect(await code(category({ attributes: [attr({ datatype: 'multivaluelist' })] }))).toEqual([
        400,
        'CASE_CATEGORY_ATTRIBUTE_INVALID',
        'values_required',
      ]);
      const v = { key: 'k', name: '选项', nameEn: '' };
      expect(
        await code(category({ attributes: [attr({ datatype: 'singlevaluelist', values: [v, v] })] })),
      ).toEqual([400, 'CASE_CATEGORY_ATTRIBUTE_INVALID', 'duplicate_value']);
      expect(await code(category({ attributes: [attr({ values: [v] })] }))).toEqual([
        400,
        'CASE_CATEGORY_ATTRIBUTE_INVALID',
        'values_not_allowed',
      ]);
      const res = await req('PUT', '/api/console/case-categories/999999', platform, {
        ...category(),
        code: undefined,
      });
      expect(res.json().error.code).toBe('CASE_CATEGORY_NOT_FOUND');

      // A group with active sub-categories stays active until they are off; a group cannot nest.
      const off = await req('POST', `/api/console/case-categories/${taken.id}/deactivate`, platform);
      expect(off.json().error.code).toBe('CASE_CATEGORY_HAS_ACTIVE_CHILDREN');
      const { code: _c, ...rest } = category({ parentId: child.id });
      const nest = await req('PUT', `/api/console/case-categories/${taken.id}`, platform, rest);
      expect(nest.json().error.details.reason).toBe('nested');
      const other = await create();
      const { code: _d, ...moveGroup } = category({ parentId: other.id });
      const move = await req('PUT', `/api/console/case-categories/${taken.id}`, platform, moveGroup);
      expect(move.json().error.details.reason).toBe('has_children');
    });

    it('are deleted only while no case and no sub-category uses them', async () => {
      const used = await create();
      const acct = await buildAccount(ctx.db);
      const now = clock.now();
      await ctx.db.k
        .insertInto('cases')
        .values({
          tracking_no: `tmp-${used.id}`,
          kind: 'complaint',
          category_id: used.id,
          filed_account_id: acct.id,
          account_id: acct.id,
          citizen_id: null,
          reported_account_id: null,
          title: 't',
          description: 'd',
          contact_preference: 'none',
          contact: null,
          region_code: null,
          address: null,
          latitude: null,
          longitude: null,
          status: 'received',
          time_basis: 'calendar',
          warn_percent: 75,
          clock_started_at: now,
          warn_at: now + 1,
          due_at: now + 2,
          statement_warn_at: null,
          statement_due_at: null,
          statement_at: null,
          clock_next_at: null,
          clock_stage: null,
          warned_at: null,
          breached_at: null,
          answer: null,
          answered_at: null,
          answered_by: null,
          first_answered_at: null,
          answered_on_time: null,
          closed_at: null,
          reopened_at: null,
          satisfaction: null,
          satisfaction_comment: null,
          rated_at: null,
          source: 'app',
          open311_client_id: null,
          open311_token: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
      const del = await req('DELETE', `/api/console/case-categories/${used.id}`, platform);
      expect(del.statusCode).toBe(409);
      expect(del.json().error.code).toBe('CASE_CATEGORY_IN_USE');
      const list = (await req('GET', '/api/console/case-categories', platform)).json().items;
      expect(list.find((c: { id: number }) => c.id === used.id).caseCount).toBe(1);

      const unused = await create();
      expect((await req('DELETE', `/api/console/case-categories/${unused.id}`, platform)).statusCode).toBe(
        204,
      );
      expect((await req('DELETE', `/api/console/case-categories/${unused.id}`, platform)).statusCode).toBe(
        404,
      );
      expect((await req('DELETE', `/api/console/case-categories/${used.id}`, editor)).statusCode).toBe(403);
    });
  });

  describe('routing rules', () => {
    it('are created by region code (stored as its prefix), listed with names, previewed by longest prefix, deleted', async () => {
      const cat = await create();
      const base = '/api/console/case-routing-rules';
      const add = (regionCode: string, accountId: number) =>
        req('POST', base, platform, { categoryId: cat.id, regionCode, accountId });

      const everywhere = await add('', account.id);
      expect(everywhere.statusCode, everywhere.body).toBe(201);
      expect(everywhere.json()).toMatchObject({
        regionPrefix: '',
        region: null,
        account: { id: account.id },
      });
      const xy = await add('411500', xinyang.id);
      expect(xy.statusCode, xy.body).toBe(201);
      expect(xy.json()).toMatchObject({
        category: { id: cat.id, code: cat.code, active: true },
        regionPrefix: '4115',
        region: { code: '411500', name: '信阳市' },
        account: { id: xinyang.id, name: xinyang.name, status: 'active' },
      });

      const dup = await add('411500', account.id);
      expect(dup.statusCode).toBe(409);
      expect(dup.json().error.code).toBe('CASE_ROUTING_RULE_DUPLICATE');
      expect((await add('419999', account.id)).json().error.code).toBe('CASE_ROUTING_REGION_UNKNOWN');
      expect((await add('4115', account.id)).statusCode).toBe(400);
      expect((await add('410100', 999999)).json().error.code).toBe('ACCOUNT_NOT_FOUND');
      const held = await buildAccount(ctx.db, { status: 'suspended' });
      expect((await add('410100', held.id)).json().error.code).toBe('CASE_ROUTING_ACCOUNT_INACTIVE');
      const unknownCat = await req('POST', base, platform, {
        categoryId: 999999,
        regionCode: '',
        accountId: account.id,
      });
      expect(unknownCat.json().error.code).toBe('CASE_CATEGORY_NOT_FOUND');

      const preview = async (regionCode: string) =>
        (await req('GET', `${base}/preview?categoryId=${cat.id}&regionCode=${regionCode}`, platform)).json();
      const inDistrict = await preview('411502');
      expect(inDistrict.rule.account.id).toBe(xinyang.id);
      expect(inDistrict.prefixes).toEqual(['411502', '4115', '41', '']);
      expect(inDistrict.region).toEqual({ code: '411502', name: '浉河区' });
      expect((await preview('410100')).rule.account.id).toBe(account.id);
      expect((await preview('')).rule.regionPrefix).toBe('');
      expect(
        (await req('GET', `${base}/preview?categoryId=${cat.id}&regionCode=419999`, platform)).json().error
          .code,
      ).toBe('CASE_ROUTING_REGION_UNKNOWN');
      const listed = (await req('GET', `${base}?categoryId=${cat.id}`, platform)).json().items;
      expect(listed.map((r: { regionPrefix: string }) => r.regionPrefix)).toEqual(['', '4115']);

      // As at filing, a rule of the category's group covers it, after the category's own.
      const group = await create();
      const child = await create({ parentId: group.id });
      await req('POST', base, platform, {
        categoryId: group.id,
        regionCode: '411500',
        accountId: xinyang.id,
      });
      await req('POST', base, platform, {
        categoryId: child.id,
        regionCode: '410000',
        accountId: account.id,
      });
      const viaGroup = (
        await req('GET', `${base}/preview?categoryId=${child.id}&regionCode=411502`, platform)
      ).json();
      expect(viaGroup.rule).toMatchObject({ category: { id: group.id }, account: { id: xinyang.id } });
      const own = (
        await req('GET', `${base}/preview?categoryId=${child.id}&regionCode=410100`, platform)
      ).json();
      expect(own.rule).toMatchObject({ category: { id: child.id }, account: { id: account.id } });

      // A target suspended since does not route (as at filing): the preview falls to what is left.
      await ctx.db.k
        .updateTable('accounts')
        .set({ status: 'suspended' })
        .where('id', '=', xinyang.id)
        .execute();
      expect((await preview('411502')).rule?.account.id ?? null).not.toBe(xinyang.id);
      await ctx.db.k.updateTable('accounts').set({ status: 'active' }).where('id', '=', xinyang.id).execute();

      expect((await req('DELETE', `${base}/${xy.json().id}`, platform)).statusCode).toBe(204);
      expect((await req('DELETE', `${base}/${xy.json().id}`, platform)).json().error.code).toBe(
        'CASE_ROUTING_RULE_NOT_FOUND',
      );
      expect((await preview('411502')).rule.account.id).toBe(account.id);
      const audits = await ctx.db.k
        .selectFrom('audit_log')
        .select('action')
        .where('target', '=', `case_routing_rule:${xy.json().id}`)
        .orderBy('id')
        .execute();
      expect(audits.map((a) => a.action)).toEqual(['case_routing.created', 'case_routing.deleted']);
    });

    it('are for platform admins only', async () => {
      for (const h of [accountAdmin, editor, supervisor]) {
        expect((await req('GET', '/api/console/case-routing-rules', h)).statusCode).toBe(403);
        expect(
          (
            await req('POST', '/api/console/case-routing-rules', h, {
              categoryId: 1,
              regionCode: '',
              accountId: 1,
            })
          ).statusCode,
        ).toBe(403);
        expect(
          (await req('GET', '/api/console/case-routing-rules/preview?categoryId=1&regionCode=', h))
            .statusCode,
        ).toBe(403);
      }
    });
  });

  describe('clock settings of an account', () => {
    const url = () => `/api/console/accounts/${account.id}/case-clock`;
    const policy = (dueHours: number, over: Record<string, unknown> = {}) => ({
      dueHours,
      statementHours: null,
      timeBasis: 'calendar',
      warnPercent: 75,
      ...over,
    });

    it('are read by any role and the supervisor, changed by the account admin (and platform admins)', async () => {
      for (const h of [accountAdmin, editor, supervisor, platform]) {
        const res = await req('GET', url(), h);
        expect(res.statusCode, res.body).toBe(200);
        expect(res.json().canEdit).toBe(h === accountAdmin || h === platform);
      }
      expect((await req('GET', url(), outsider)).statusCode).toBe(403);
      const body = { accountDefault: policy(36), overrides: [] };
      for (const h of [editor, supervisor, outsider])
        expect((await req('PUT', url(), h, body)).statusCode).toBe(403);
      expect((await req('GET', '/api/console/accounts/999999/case-clock', platform)).json().error.code).toBe(
        'ACCOUNT_NOT_FOUND',
      );
    });

    it('resolve as filing does: category override > account-wide > platform default', async () => {
      const major = await create({ major: true, dueHours: 24, statementHours: 4 });
      const plain = await create({ dueHours: 48 });
      const other = await create({ dueHours: 72, timeBasis: 'working' });
      const before = (await req('GET', url(), editor)).json();
      const entry = (s: { categories: Array<{ id: number }> }, id: number) =>
        s.categories.find((c) => c.id === id) as unknown as {
          source: string;
          effective: unknown;
          platform: unknown;
        };
      expect(entry(before, plain.id)).toMatchObject({
        source: 'category',
        platform: policy(48),
        effective: policy(48),
      });

      const save = await req('PUT', url(), accountAdmin, {
        accountDefault: policy(36, { timeBasis: 'working', warnPercent: 50 }),
        overrides: [{ categoryId: major.id, ...policy(12, { statementHours: 2, warnPercent: 80 }) }],
      });
      expect(save.statusCode, save.body).toBe(200);
      const s = save.json();
      expect(s.accountDefault).toEqual(policy(36, { timeBasis: 'working', warnPercent: 50 }));
      expect(entry(s, major.id)).toMatchObject({
        source: 'account_category',
        platform: policy(24, { statementHours: 4 }),
        effective: policy(12, { statementHours: 2, warnPercent: 80 }),
      });
      expect(entry(s, plain.id)).toMatchObject({
        source: 'account',
        effective: policy(36, { timeBasis: 'working', warnPercent: 50 }),
      });
      expect(s.updatedAt).toBe(clock.now());

      // The same as the clock at filing resolves.
      for (const id of [major.id, plain.id, other.id]) {
        const r = await resolveClockPolicy(ctx.db.k, account.id, id);
        const e = entry(s, id);
        expect({
          dueHours: r.dueHours,
          statementHours: r.statementHours,
          timeBasis: r.timeBasis,
          warnPercent: r.warnPercent,
        }).toEqual(e.effective);
        expect(r.source).toBe(e.source);
      }
      // Another account is untouched.
      expect((await resolveClockPolicy(ctx.db.k, xinyang.id, plain.id)).source).toBe('category');

      // Saving without the account-wide row brings the platform defaults back.
      const reset = (await req('PUT', url(), accountAdmin, { accountDefault: null, overrides: [] })).json();
      expect(entry(reset, plain.id).source).toBe('category');
      expect((await resolveClockPolicy(ctx.db.k, account.id, major.id)).source).toBe('category');

      const audits = await ctx.db.k
        .selectFrom('audit_log')
        .select(['action', 'account_id', 'details'])
        .where('action', '=', 'case_clock.updated')
        .orderBy('id')
        .execute();
      expect(audits.length).toBe(2);
      expect(audits[0]!.account_id).toBe(account.id);
      expect(JSON.parse(audits[0]!.details)).toMatchObject({ before: null, after: '36h/-h/working/50%' });
    });

    it('refuse invalid settings', async () => {
      const cat = await create();
      const put = (body: object) => req('PUT', url(), accountAdmin, body);
      const c1 = await put({ accountDefault: policy(24, { statementHours: 24 }), overrides: [] });
      expect([c1.statusCode, c1.json().error.code]).toEqual([400, 'CASE_CLOCK_STATEMENT_HOURS']);
      const c2 = await put({
        accountDefault: null,
        overrides: [
          { categoryId: cat.id, ...policy(10) },
          { categoryId: cat.id, ...policy(12) },
        ],
      });
      expect(c2.json().error.code).toBe('CASE_CLOCK_CATEGORY_DUPLICATE');
      const c3 = await put({ accountDefault: null, overrides: [{ categoryId: 999999, ...policy(10) }] });
      expect(c3.json().error.code).toBe('CASE_CATEGORY_NOT_FOUND');
      expect((await put({ accountDefault: policy(0), overrides: [] })).statusCode).toBe(400);
      expect((await put({ accountDefault: policy(721), overrides: [] })).statusCode).toBe(400);
      expect((await put({ accountDefault: policy(24, { warnPercent: 0 }), overrides: [] })).statusCode).toBe(
        400,
      );
    });
  });

  describe('Open311 api keys', () => {
    it('are issued once (only the hash kept), listed without the key, revoked; platform admins only', async () => {
      const base = '/api/console/open311-clients';
      for (const h of [accountAdmin, editor, supervisor]) {
        expect((await req('GET', base, h)).statusCode).toBe(403);
        expect((await req('POST', base, h, { name: 'x' })).statusCode).toBe(403);
      }
      const issued = await req('POST', base, platform, { name: ' 信阳市 12345 热线 ' });
      expect(issued.statusCode, issued.body).toBe(201);
      const { client, apiKey } = issued.json();
      expect(client).toMatchObject({ name: '信阳市 12345 热线', revokedAt: null, requestCount: 0 });
      expect(apiKey).toMatch(/^o311_/);
      expect(await findOpen311Client(ctx.db.k, apiKey)).toEqual({ id: client.id, name: client.name });
      const list = await req('GET', base, platform);
      expect(list.body).not.toContain(apiKey);
      expect(list.json().items[0]).toMatchObject({ id: client.id, createdBy: expect.any(String) });

      const revoked = await req('DELETE', `${base}/${client.id}`, platform);
      expect(revoked.statusCode, revoked.body).toBe(200);
      expect(revoked.json().revokedAt).toBe(clock.now());
      expect(await findOpen311Client(ctx.db.k, apiKey)).toBeNull();
      expect((await req('DELETE', `${base}/${client.id}`, platform)).json().error.code).toBe(
        'OPEN311_CLIENT_REVOKED',
      );
      expect((await req('DELETE', `${base}/999999`, platform)).json().error.code).toBe(
        'OPEN311_CLIENT_NOT_FOUND',
      );
      expect((await req('POST', base, platform, { name: '  ' })).statusCode).toBe(400);
      const audits = await ctx.db.k
        .selectFrom('audit_log')
        .select(['action', 'details'])
        .where('target', '=', `open311_client:${client.id}`)
        .orderBy('id')
        .execute();
      expect(audits.map((a) => a.action)).toEqual(['open311_client.issued', 'open311_client.revoked']);
      expect(audits.map((a) => a.details).join()).not.toContain(apiKey);
    });
  });
});
