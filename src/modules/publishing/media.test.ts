import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { solidPng } from './png.js';
import { accountWithEditor, draft, multipartBody, staffHeaders } from './testing.js';

describeEachDatabase('media uploads', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
  });
  afterAll(async () => {
    await deps?.outbox.stop();
    await app?.close();
  });

  const upload = (
    accountId: number,
    headers: Record<string, string>,
    content: Buffer,
    type = 'image/png',
    field = 'file',
  ) => {
    const { payload, contentType } = multipartBody(field, 'upload.png', content, type);
    return app.inject({
      method: 'POST',
      url: `/api/console/accounts/${accountId}/media`,
      headers: { ...headers, 'content-type': contentType },
      payload,
    });
  };

  it('accepts a PNG, stores it content-addressed and serves it with immutable caching', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    const png = solidPng(8, 6, [200, 30, 30]);
    const res = await upload(account.id, { ...editor.headers }, png);
    expect(res.statusCode).toBe(201);
    const media = res.json();
    expect(media).toMatchObject({ mime: 'image/png', size: png.length });
    expect(media.url).toMatch(/^\/media\/[0-9a-f]{2}\/[0-9a-f]{64}\.png$/);
    expect(fs.readFileSync(path.join(deps.mediaDir, media.url.slice('/media/'.length)))).toEqual(png);
    expect(fs.readdirSync(path.join(deps.mediaDir, 'tmp'))).toEqual([]);

    const served = await app.inject({ method: 'GET', url: media.url });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['cache-control']).toContain('immutable');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.rawPayload).toEqual(png);

    // The same bytes again: the same media row.
    expect((await upload(account.id, { ...editor.headers }, png)).json().id).toBe(media.id);
  });

  it('rejects a non-image whatever content type the client claims, and keeps nothing', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    const res = await upload(
      account.id,
      { ...editor.headers },
      Buffer.from('<svg onload="alert(1)"></svg>'),
      'image/png',
    );
    expect(res.statusCode).toBe(415);
    expect(res.json().error).toMatchObject({ code: 'MEDIA_TYPE_NOT_ALLOWED', field: 'file' });
    const rows = await ctx.db.k
      .selectFrom('media')
      .selectAll()
      .where('account_id', '=', account.id)
      .execute();
    expect(rows).toEqual([]);
    expect(fs.readdirSync(path.join(deps.mediaDir, 'tmp'))).toEqual([]);
  });

  it('rejects files over 10 MB with BODY_TOO_LARGE', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    const big = Buffer.concat([solidPng(1, 1, [0, 0, 0]), Buffer.alloc(10 * 1024 * 1024 + 1)]);
    const res = await upload(account.id, { ...editor.headers }, big);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('BODY_TOO_LARGE');
    expect(fs.readdirSync(path.join(deps.mediaDir, 'tmp'))).toEqual([]);
  });

  it('a request without a "file" field names the field', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    const res = await upload(
      account.id,
      { ...editor.headers },
      solidPng(1, 1, [0, 0, 0]),
      'image/png',
      'picture',
    );
    expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'file' });
  });

  it('only admins and editors may upload', async () => {
    const { account } = await accountWithEditor(ctx.db, deps);
    const analyst = await staffHeaders(ctx.db, deps, account.id, 'analyst');
    expect((await upload(account.id, { ...analyst.headers }, solidPng(1, 1, [1, 2, 3]))).statusCode).toBe(
      403,
    );
  });

  it('a cover must be media of the same account', async () => {
    const a = await accountWithEditor(ctx.db, deps);
    const b = await accountWithEditor(ctx.db, deps);
    const mediaOfB = (await upload(b.account.id, { ...b.editor.headers }, solidPng(4, 4, [9, 9, 9]))).json();
    const refused = await draft(app, a.account.id, a.editor.headers, { coverMediaId: mediaOfB.id });
    expect(refused.statusCode).toBe(404);
    expect(refused.json().error).toMatchObject({ code: 'MEDIA_NOT_FOUND', field: 'coverMediaId' });

    const mediaOfA = (await upload(a.account.id, { ...a.editor.headers }, solidPng(4, 4, [7, 7, 7]))).json();
    const ok = await draft(app, a.account.id, a.editor.headers, { coverMediaId: mediaOfA.id });
    expect(ok.json()).toMatchObject({ coverMediaId: mediaOfA.id, coverUrl: mediaOfA.url });
    const cleared = await app.inject({
      method: 'PATCH',
      url: `/api/console/accounts/${a.account.id}/articles/${ok.json().id}`,
      headers: a.editor.headers,
      payload: { coverMediaId: null },
    });
    expect(cleared.json()).toMatchObject({ coverMediaId: null, coverUrl: null });
  });

  it('serves nothing outside the content-addressed keys', async () => {
    for (const url of [
      '/media/../../etc/passwd',
      '/media/ab/notahash.png',
      `/media/ab/${'ab'.repeat(32)}.png`,
    ]) {
      expect((await app.inject({ method: 'GET', url })).statusCode, url).toBe(404);
    }
  });
});
