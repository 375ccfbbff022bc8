/**
 * Bad input gets a clear error and loses nothing (PRODUCT.md, quality bars): malformed JSON,
 * wrong types, missing fields, oversized bodies and unknown ids, on every write route of the
 * accounts and staff modules.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildAccount, buildStaff, sessionHeaders } from '../../test/factories.js';
import { snapshotData } from './testing.js';

describeEachDatabase('bad input on account and staff routes', (ctx) => {
  let app: FastifyInstance;
  let headers: Record<string, string>;
  let accountId: number;
  let memberId: number;
  beforeAll(async () => {
    const built = await buildTestApp(ctx.db);
    app = built.app;
    accountId = (await buildAccount(ctx.db)).id;
    memberId = (await buildStaff(ctx.db, { roles: [[accountId, 'editor']] })).id;
    const platform = await buildStaff(ctx.db, { isPlatformAdmin: true, roles: [[accountId, 'admin']] });
    headers = { ...(await sessionHeaders(built.deps.sessions, 'staff', platform.id)) };
  });
  afterAll(async () => {
    await app.close();
  });

  const validAccount = {
    handle: 'valid-handle',
    name: '有效的公众号',
    level: 'county',
    departmentType: 'health',
    regionCode: '410000',
    owningUnit: '某县卫生健康委员会',
    contact: '12345',
    introduction: '',
  };

  const writes = () => [
    { method: 'POST' as const, url: '/api/console/accounts', valid: validAccount },
    { method: 'PATCH' as const, url: `/api/console/accounts/${accountId}`, valid: { contact: '12345' } },
    {
      method: 'POST' as const,
      url: `/api/console/accounts/${accountId}/staff`,
      valid: { username: 'someone', roles: ['editor'] },
    },
    {
      method: 'PUT' as const,
      url: `/api/console/accounts/${accountId}/staff/${memberId}`,
      valid: { roles: ['reviewer'] },
    },
    {
      method: 'POST' as const,
      url: '/api/console/password',
      valid: { currentPassword: 'x', newPassword: 'y' },
    },
  ];

  /** Sends a request and proves the data is exactly as before. */
  async function unchanged<R extends { statusCode: number }>(send: () => Promise<R>): Promise<R> {
    const before = await snapshotData(ctx.db);
    const res = await send();
    expect(await snapshotData(ctx.db)).toEqual(before);
    return res;
  }

  describe('malformed requests', () => {
    it('malformed JSON answers 400 INVALID_JSON and changes nothing', async () => {
      for (const w of writes()) {
        const res = await unchanged(() =>
          app.inject({
            method: w.method,
            url: w.url,
            headers: { ...headers, 'content-type': 'application/json' },
            payload: '{"name": "半截',
          }),
        );
        expect(res.statusCode, w.url).toBe(400);
        expect(res.json().error.code).toBe('INVALID_JSON');
      }
    });

    it('a body over 1 MiB answers 413 BODY_TOO_LARGE and changes nothing', async () => {
      for (const w of writes()) {
        const payload = JSON.stringify({ ...w.valid, introduction: '长'.repeat(400_000) });
        const res = await unchanged(() =>
          app.inject({
            method: w.method,
            url: w.url,
            headers: { ...headers, 'content-type': 'application/json' },
            payload,
          }),
        );
        expect(res.statusCode, w.url).toBe(413);
        expect(res.json().error.code).toBe('BODY_TOO_LARGE');
      }
    });

    it('an unsupported content type answers 415 and changes nothing', async () => {
      const res = await unchanged(() =>
        app.inject({
          method: 'POST',
          url: '/api/console/accounts',
          headers: { ...headers, 'content-type': 'application/xml' },
          payload: '<a/>',
        }),
      );
      expect(res.statusCode).toBe(415);
      expect(res.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    });
  });

  it('each missing required field of a new account is named in error.field', async () => {
    for (const field of Object.keys(validAccount)) {
      const payload: Record<string, unknown> = { ...validAccount };
      delete payload[field];
      const res = await unchanged(() =>
        app.inject({ method: 'POST', url: '/api/console/accounts', headers, payload }),
      );
      expect(res.statusCode, field).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field });
    }
  });

  it('wrong types and out-of-range values are named in error.field', async () => {
    const cases: Array<[string, unknown]> = [
      ['name', { zh: '对象' }],
      ['name', ' '],
      ['name', '长'.repeat(61)],
      ['level', 'galactic'],
      ['level', 3],
      ['regionCode', '41'],
      // (Single-item arrays and numbers would be coerced to strings by the app-wide Ajv setting
      // coerceTypes: 'array'; a two-item list cannot be.)
      ['contact', ['one', 'two']],
      ['avatarUrl', 'javascript:alert(1)'],
      ['introduction', '长'.repeat(1001)],
    ];
    for (const [field, value] of cases) {
      const res = await unchanged(() =>
        app.inject({
          method: 'POST',
          url: '/api/console/accounts',
          headers,
          payload: { ...validAccount, [field]: value },
        }),
      );
      expect(res.statusCode, `${field}=${JSON.stringify(value).slice(0, 20)}`).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field });
    }
  });

  it('unknown fields are refused rather than silently dropped (a PATCH cannot set "verified")', async () => {
    const res = await unchanged(() =>
      app.inject({
        method: 'PATCH',
        url: `/api/console/accounts/${accountId}`,
        headers,
        payload: { verified: true },
      }),
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'verified' });
  });

  it('staff routes name the missing or mistyped field', async () => {
    const url = `/api/console/accounts/${accountId}/staff`;
    const missing = await unchanged(() =>
      app.inject({ method: 'POST', url, headers, payload: { username: 'abc-def' } }),
    );
    expect(missing.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'roles' });
    const badName = await unchanged(() =>
      app.inject({
        method: 'POST',
        url,
        headers,
        payload: { username: '中文名', roles: ['editor'], password: 'Passw0rd-long' },
      }),
    );
    expect(badName.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'username' });
    const signIn = await app.inject({
      method: 'POST',
      url: '/api/console/session',
      payload: { username: 'x' },
    });
    expect(signIn.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'password' });
  });

  it('staff routes of unknown or non-numeric accounts answer 404 ACCOUNT_NOT_FOUND and change nothing', async () => {
    for (const id of ['999999', 'abc', '99999999999999999999']) {
      const base = `/api/console/accounts/${id}/staff`;
      const requests = [
        { method: 'GET' as const, url: base },
        { method: 'POST' as const, url: base, payload: { username: 'someone', roles: ['editor'] } },
        { method: 'PUT' as const, url: `${base}/${memberId}`, payload: { roles: ['editor'] } },
        { method: 'DELETE' as const, url: `${base}/${memberId}` },
      ];
      for (const r of requests) {
        const res = await unchanged(() => app.inject({ ...r, headers }));
        expect(res.statusCode, `${r.method} ${r.url}`).toBe(404);
        expect(res.json().error.code).toBe('ACCOUNT_NOT_FOUND');
      }
    }
  });

  it('errors come in English when the client asks for it', async () => {
    const res = await app.inject({
      method: 'GET',
      url: '/api/console/accounts/abc',
      headers: { ...headers, 'accept-language': 'en' },
    });
    expect(res.json().error.message).toBe('No such account');
  });
});
