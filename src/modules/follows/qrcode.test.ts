import type { FastifyInstance } from 'fastify';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildAccount, buildStaff, sessionHeaders } from '../../test/factories.js';
import { followUrl, renderFollowQr } from './qrcode.js';

describe('follow QR codes', () => {
  it("encode the citizen app's profile of the account with the scene", () => {
    expect(followUrl('https://zw.example.gov.cn', 'henan-edu', 'hall-1')).toBe(
      'https://zw.example.gov.cn/accounts/henan-edu?scene=hall-1',
    );
    expect(followUrl('http://localhost:3700/', 'a', 'poster_2026-B')).toBe(
      'http://localhost:3700/accounts/a?scene=poster_2026-B',
    );
  });

  it('carry exactly that text in the symbol', () => {
    const url = followUrl('https://zw.example.gov.cn', 'henan-edu', 'hall-1');
    const symbol = QRCode.create(url, { errorCorrectionLevel: 'M' });
    expect(
      symbol.segments.map((s) => ('data' in s ? Buffer.from(s.data as Uint8Array).toString() : '')).join(''),
    ).toBe(url);
  });
});

describeEachDatabase('follow QR code route', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
  });
  afterAll(async () => {
    await app.close();
  });

  const qr = async (accountId: number, userId: number, query: string) =>
    app.inject({
      method: 'GET',
      url: `/api/console/accounts/${accountId}/qrcode${query}`,
      headers: { host: 'zw.example.gov.cn', ...(await sessionHeaders(deps.sessions, 'staff', userId)) },
    });

  it('answers an SVG of the follow URL by default, and a PNG attachment on request', async () => {
    const account = await buildAccount(ctx.db);
    const editor = await buildStaff(ctx.db, { roles: [[account.id, 'editor']] });
    const svg = await qr(account.id, editor.id, '?scene=hall-1');
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(svg.headers['content-disposition']).toBeUndefined();
    const expected = followUrl('http://zw.example.gov.cn', account.handle, 'hall-1');
    expect(svg.body).toBe(await renderFollowQr(expected, 'svg'));
    expect(svg.body).toMatch(/^<svg /);

    const png = await qr(account.id, editor.id, '?scene=poster-2026&format=png&download=1');
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.rawPayload.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    expect(png.headers['content-disposition']).toBe(
      `attachment; filename="qrcode-${account.handle}-poster-2026.png"`,
    );
  });

  it('refuses a scene outside 1–64 of [A-Za-z0-9_-], naming `scene`', async () => {
    const account = await buildAccount(ctx.db);
    const admin = await buildStaff(ctx.db, { roles: [[account.id, 'admin']] });
    for (const query of [
      '',
      '?scene=',
      '?scene=hall%201',
      `?scene=${'x'.repeat(65)}`,
      '?scene=%E5%A4%A7%E5%8E%85',
    ]) {
      const res = await qr(account.id, admin.id, query);
      expect(res.statusCode, query).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'scene' });
    }
    expect((await qr(account.id, admin.id, `?scene=${'x'.repeat(64)}`)).statusCode).toBe(200);
    const badFormat = await qr(account.id, admin.id, '?scene=a&format=gif');
    expect(badFormat.json().error).toMatchObject({ code: 'VALIDATION_FAILED', field: 'format' });
  });

  it('is for admins and editors of the account (and platform admins) only', async () => {
    const account = await buildAccount(ctx.db);
    const other = await buildAccount(ctx.db);
    const analyst = await buildStaff(ctx.db, { roles: [[account.id, 'analyst']] });
    const editorElsewhere = await buildStaff(ctx.db, { roles: [[other.id, 'editor']] });
    const platformAdmin = await buildStaff(ctx.db, { isPlatformAdmin: true });
    expect((await qr(account.id, analyst.id, '?scene=a')).json().error.code).toBe('FORBIDDEN');
    expect((await qr(account.id, editorElsewhere.id, '?scene=a')).json().error.code).toBe('FORBIDDEN');
    expect((await qr(account.id, platformAdmin.id, '?scene=a')).statusCode).toBe(200);
  });
});
