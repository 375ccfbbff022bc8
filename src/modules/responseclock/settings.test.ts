import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { verifyAuditChain } from '../../infra/audit.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildAccount, buildStaff, sessionHeaders } from '../../test/factories.js';
import { DEFAULT_POLICY, dueTime, loadResponsePolicy } from './policy.js';

const VALID = {
  firstResponseMinutes: 240,
  workingHoursOnly: true,
  workingHours: { days: [5, 1, 2, 3, 4], start: '08:30', end: '17:00' },
  warnBeforeMinutes: 60,
};

describeEachDatabase('messaging settings', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
  });
  afterAll(async () => {
    await app.close();
  });

  const url = (accountId: number) => `/api/console/accounts/${accountId}/messaging-settings`;
  const headersOf = async (id: number) => ({ ...(await sessionHeaders(deps.sessions, 'staff', id)) });
  async function accountWithAdmin() {
    const account = await buildAccount(ctx.db);
    const admin = await buildStaff(ctx.db, { roles: [[account.id, 'admin']] });
    return { account, admin, headers: await headersOf(admin.id) };
  }
  const put = (
    accountId: number,
    headers: Record<string, string>,
    payload: InjectOptions['payload'],
    lang = 'zh-CN',
  ) =>
    app.inject({
      method: 'PUT',
      url: url(accountId),
      headers: { ...headers, 'accept-language': lang },
      payload,
    });

  it('an account that never saved settings reads the defaults (24 h, around the clock)', async () => {
    const { account, headers } = await accountWithAdmin();
    const res = await app.inject({ method: 'GET', url: url(account.id), headers });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual(DEFAULT_POLICY);
    expect(await loadResponsePolicy(ctx.db.k, account.id)).toEqual(DEFAULT_POLICY);
  });

  it('an admin saves settings; they read back (days in order) and drive new deadlines', async () => {
    const { account, headers } = await accountWithAdmin();
    const res = await put(account.id, headers, VALID);
    expect(res.statusCode, res.body).toBe(200);
    const stored = { ...VALID, workingHours: { ...VALID.workingHours, days: [1, 2, 3, 4, 5] } };
    expect(res.json()).toEqual(stored);
    expect((await app.inject({ method: 'GET', url: url(account.id), headers })).json()).toEqual(stored);

    const policy = await loadResponsePolicy(ctx.db.k, account.id);
    expect(policy).toEqual(stored);
    // Friday 16:00 Beijing + 240 working minutes (08:30–17:00) = Monday 11:30.
    expect(dueTime(Date.parse('2026-11-27T16:00:00+08:00'), policy)).toBe(
      Date.parse('2026-11-30T11:30:00+08:00'),
    );
  });

  it('saving again replaces the settings, and every change is audited as settings.messaging', async () => {
    const { account, admin, headers } = await accountWithAdmin();
    await put(account.id, headers, VALID);
    const second = { ...VALID, workingHoursOnly: false, firstResponseMinutes: 30, warnBeforeMinutes: 0 };
    expect((await put(account.id, headers, second)).statusCode).toBe(200);
    expect(await loadResponsePolicy(ctx.db.k, account.id)).toMatchObject({
      workingHoursOnly: false,
      firstResponseMinutes: 30,
    });
    const audit = await ctx.db.k
      .selectFrom('audit_log')
      .select(['action', 'actor_id', 'details'])
      .where('account_id', '=', account.id)
      .orderBy('id')
      .execute();
    expect(audit.map((a) => [a.action, a.actor_id])).toEqual([
      ['settings.messaging', admin.id],
      ['settings.messaging', admin.id],
    ]);
    expect(JSON.parse(audit[0]!.details).from).toEqual(DEFAULT_POLICY);
    expect(JSON.parse(audit[1]!.details)).toMatchObject({
      from: { firstResponseMinutes: 240 },
      to: { firstResponseMinutes: 30 },
    });
    expect(await verifyAuditChain(ctx.db.k)).toBeNull();
  });

  it('a responder may read the settings but not change them', async () => {
    const { account } = await accountWithAdmin();
    const responder = await headersOf((await buildStaff(ctx.db, { roles: [[account.id, 'responder']] })).id);
    expect((await app.inject({ method: 'GET', url: url(account.id), headers: responder })).statusCode).toBe(
      200,
    );
    const res = await put(account.id, responder, VALID);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
    expect(await loadResponsePolicy(ctx.db.k, account.id)).toEqual(DEFAULT_POLICY);
  });

  it('an editor, or an admin of another account, can neither read nor change them', async () => {
    const { account } = await accountWithAdmin();
    const other = await accountWithAdmin();
    const editor = await headersOf((await buildStaff(ctx.db, { roles: [[account.id, 'editor']] })).id);
    for (const headers of [editor, other.headers]) {
      expect((await app.inject({ method: 'GET', url: url(account.id), headers })).statusCode).toBe(403);
      expect((await put(account.id, headers, VALID)).statusCode).toBe(403);
    }
  });

  it('an unknown account answers ACCOUNT_NOT_FOUND', async () => {
    const { headers } = await accountWithAdmin();
    const res = await app.inject({ method: 'GET', url: url(987654), headers });
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('ACCOUNT_NOT_FOUND');
  });

  const invalid: Array<[string, InjectOptions['payload'], string, string]> = [
    [
      'a target under 5 minutes',
      { ...VALID, firstResponseMinutes: 4 },
      'VALIDATION_FAILED',
      'firstResponseMinutes',
    ],
    [
      'a target over 30 days',
      { ...VALID, firstResponseMinutes: 43_201 },
      'VALIDATION_FAILED',
      'firstResponseMinutes',
    ],
    [
      'a fractional target',
      { ...VALID, firstResponseMinutes: 60.5 },
      'VALIDATION_FAILED',
      'firstResponseMinutes',
    ],
    [
      'a warning over a day',
      { ...VALID, firstResponseMinutes: 3000, warnBeforeMinutes: 1441 },
      'VALIDATION_FAILED',
      'warnBeforeMinutes',
    ],
    [
      'no working days',
      { ...VALID, workingHours: { ...VALID.workingHours, days: [] } },
      'VALIDATION_FAILED',
      'workingHours.days',
    ],
    [
      'a weekday 8',
      { ...VALID, workingHours: { ...VALID.workingHours, days: [1, 8] } },
      'VALIDATION_FAILED',
      'workingHours.days.1',
    ],
    [
      'a repeated weekday',
      { ...VALID, workingHours: { ...VALID.workingHours, days: [1, 1] } },
      'VALIDATION_FAILED',
      'workingHours.days',
    ],
    [
      'a time that is not HH:MM',
      { ...VALID, workingHours: { ...VALID.workingHours, start: '9:00' } },
      'VALIDATION_FAILED',
      'workingHours.start',
    ],
    [
      'an hour 24',
      { ...VALID, workingHours: { ...VALID.workingHours, end: '24:00' } },
      'VALIDATION_FAILED',
      'workingHours.end',
    ],
    [
      'an unknown field (hotlines belong to the menus)',
      { ...VALID, hotlines: [] },
      'VALIDATION_FAILED',
      'hotlines',
    ],
    ['a missing field', { ...VALID, workingHoursOnly: undefined }, 'VALIDATION_FAILED', 'workingHoursOnly'],
    [
      'an end before the start',
      { ...VALID, workingHours: { ...VALID.workingHours, start: '17:00', end: '09:00' } },
      'WORKING_HOURS_INVALID',
      'workingHours.end',
    ],
    [
      'an end equal to the start',
      { ...VALID, workingHours: { ...VALID.workingHours, start: '09:00', end: '09:00' } },
      'WORKING_HOURS_INVALID',
      'workingHours.end',
    ],
    [
      'a warning as long as the target',
      { ...VALID, firstResponseMinutes: 60, warnBeforeMinutes: 60 },
      'WARNING_TOO_EARLY',
      'warnBeforeMinutes',
    ],
  ];
  for (const [what, body, code, field] of invalid) {
    it(`refuses ${what} with ${code} naming ${field}, and stores nothing`, async () => {
      const { account, headers } = await accountWithAdmin();
      const res = await put(account.id, headers, body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error).toMatchObject({ code, field });
      expect(await loadResponsePolicy(ctx.db.k, account.id)).toEqual(DEFAULT_POLICY);
    });
  }

  it('explains a refused setting in Chinese first, and in English on request', async () => {
    const { account, headers } = await accountWithAdmin();
    const body = { ...VALID, firstResponseMinutes: 60, warnBeforeMinutes: 90 };
    expect((await put(account.id, headers, body)).json().error.message).toBe(
      '提前提醒的分钟数须小于首次回复时限',
    );
    expect((await put(account.id, headers, body, 'en')).json().error.message).toMatch(/warning/i);
  });
});
