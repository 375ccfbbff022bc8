import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import sharp from 'sharp';
import {
  animatedGif,
  docx,
  exe,
  jpegWithGps,
  mp3,
  mp3Frame,
  mp4,
  ogg,
  ole,
  pdf,
  pptx,
  wav,
  webm,
  xlsx,
  zip,
} from './mediaFixtures.js';
import { solidPng } from './png.js';
import { S3Storage } from './storage/index.js';
import { startS3rver } from './storage/testing.js';
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
    filename = 'upload.png',
  ) => {
    const { payload, contentType } = multipartBody(field, filename, content, type);
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
    expect(media).toMatchObject({
      mime: 'image/png',
      kind: 'image',
      width: 8,
      height: 6,
      name: 'upload.png',
    });
    expect(media.url).toMatch(/^\/media\/[0-9a-f]{2}\/[0-9a-f]{64}\.png$/);
    expect(media.thumbnailUrl).toMatch(/^\/media\/[0-9a-f]{2}\/[0-9a-f]{64}\.webp$/);
    // The stored file is our re-encoding, addressed by its own hash.
    const stored = fs.readFileSync(path.join(deps.mediaDir, media.url.slice('/media/'.length)));
    expect(stored.length).toBe(media.size);
    expect(media.url).toContain(crypto.createHash('sha256').update(stored).digest('hex'));
    expect(fs.readdirSync(path.join(deps.mediaDir, 'tmp'))).toEqual([]);

    const served = await app.inject({ method: 'GET', url: media.url });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['cache-control']).toContain('immutable');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.rawPayload).toEqual(stored);

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

  it('limits size per kind: images 10 MB, audio 30 MB (above the app-wide 10 MB)', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    const big = Buffer.concat([solidPng(1, 1, [0, 0, 0]), Buffer.alloc(10 * 1024 * 1024 + 1)]);
    const res = await upload(account.id, { ...editor.headers }, big);
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toMatchObject({
      code: 'MEDIA_TOO_LARGE',
      field: 'file',
      details: { maxBytes: 10 * 1024 * 1024 },
    });
    expect(fs.readdirSync(path.join(deps.mediaDir, 'tmp'))).toEqual([]);

    const audio = mp3(12 * 1024 * 1024);
    const ok = await upload(account.id, { ...editor.headers }, audio, 'audio/mpeg', 'file', '讲话录音.mp3');
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({
      kind: 'audio',
      mime: 'audio/mpeg',
      size: audio.length,
      name: '讲话录音.mp3',
    });

    const tooLong = await upload(account.id, { ...editor.headers }, mp3(30 * 1024 * 1024 + 1), 'audio/mpeg');
    expect(tooLong.statusCode).toBe(413);
    expect(tooLong.json().error).toMatchObject({
      code: 'MEDIA_TOO_LARGE',
      details: { maxBytes: 30 * 1024 * 1024 },
    });
    expect(fs.readdirSync(path.join(deps.mediaDir, 'tmp'))).toEqual([]);
  });

  it('tells every accepted kind by its bytes, whatever the client claims', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    const cases: Array<[Buffer, string, string, string]> = [
      [mp4(), 'video', 'video/mp4', 'mp4'],
      [webm(), 'video', 'video/webm', 'webm'],
      [mp3(), 'audio', 'audio/mpeg', 'mp3'],
      [mp3Frame(), 'audio', 'audio/mpeg', 'mp3'],
      [mp4('M4A '), 'audio', 'audio/mp4', 'm4a'],
      [ogg(), 'audio', 'audio/ogg', 'ogg'],
      [wav(), 'audio', 'audio/wav', 'wav'],
      [pdf(), 'attachment', 'application/pdf', 'pdf'],
      [
        zip({ 'OFD.xml': '<ofd:OFD/>', 'Doc_0/Document.xml': '<ofd:Document/>' }),
        'attachment',
        'application/ofd',
        'ofd',
      ],
      [
        docx(),
        'attachment',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        'docx',
      ],
      [xlsx(), 'attachment', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
      [
        pptx(),
        'attachment',
        'application/vnd.openxmlformats-officedocument.presentationml.presentation',
        'pptx',
      ],
      [ole('WordDocument'), 'attachment', 'application/msword', 'doc'],
      [ole('Workbook'), 'attachment', 'application/vnd.ms-excel', 'xls'],
      [ole('PowerPoint Document'), 'attachment', 'application/vnd.ms-powerpoint', 'ppt'],
    ];
    for (const [bytes, kind, mime, ext] of cases) {
      const res = await upload(
        account.id,
        { ...editor.headers },
        bytes,
        'application/octet-stream',
        'file',
        'x.bin',
      );
      expect(res.statusCode, ext).toBe(201);
      const media = res.json();
      expect(media, ext).toMatchObject({ kind, mime, size: bytes.length, width: null, thumbnailUrl: null });
      expect(media.url, ext).toMatch(new RegExp(`\\.${ext}$`));
      const served = await app.inject({ method: 'GET', url: media.url });
      expect(served.headers['content-type'], ext).toContain(mime);
      expect(served.rawPayload, ext).toEqual(bytes);
      // Office files download; nothing else does.
      expect(served.headers['content-disposition'], ext).toBe(
        kind === 'attachment' && ext !== 'pdf' ? 'attachment' : undefined,
      );
    }
  });

  it('refuses by magic bytes: executables, bare ZIPs, other OLE files, QuickTime, Matroska, SVG', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    const refused: Array<[string, Buffer, string]> = [
      ['exe named .pdf', exe(), 'application/pdf'],
      [
        'zip without Office parts',
        zip({ 'a.txt': 'x', 'b/c.txt': 'y' }),
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
      [
        'zip with content types only',
        zip({ '[Content_Types].xml': '<Types/>', 'evil/x.js': 'x' }),
        'application/zip',
      ],
      ['OLE without an Office stream (an .msi)', ole('Installer'), 'application/msword'],
      ['QuickTime', mp4('qt  '), 'video/mp4'],
      ['Matroska', webm('matroska'), 'video/webm'],
      ['SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'), 'image/svg+xml'],
      ['HTML', Buffer.from('<!doctype html><script>alert(1)</script>'), 'application/pdf'],
      ['empty', Buffer.alloc(0), 'image/png'],
    ];
    for (const [what, bytes, claimed] of refused) {
      const res = await upload(account.id, { ...editor.headers }, bytes, claimed);
      expect(res.statusCode, what).toBe(415);
      expect(res.json().error, what).toMatchObject({ code: 'MEDIA_TYPE_NOT_ALLOWED', field: 'file' });
    }
    const rows = await ctx.db.k
      .selectFrom('media')
      .select('id')
      .where('account_id', '=', account.id)
      .execute();
    expect(rows).toEqual([]);
    expect(fs.readdirSync(path.join(deps.mediaDir, 'tmp'))).toEqual([]);
  });

  it('strips EXIF and GPS, turns the photo upright, caps the long edge at 1920 px and makes a 360 px thumbnail', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    // 3000×2000 pixels stored sideways: orientation 6 means "rotate 90° clockwise to view".
    const photo = await jpegWithGps(3000, 2000, 6);
    const before = await sharp(photo).metadata();
    expect(before.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true); // the GPS IFD pointer
    const res = await upload(account.id, { ...editor.headers }, photo, 'image/jpeg', 'file', 'IMG_0001.JPG');
    expect(res.statusCode).toBe(201);
    const media = res.json();
    expect(media).toMatchObject({ kind: 'image', mime: 'image/jpeg', width: 1280, height: 1920 });
    const stored = (await app.inject({ method: 'GET', url: media.url })).rawPayload;
    const meta = await sharp(stored).metadata();
    expect([meta.width, meta.height]).toEqual([1280, 1920]);
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(stored.includes(Buffer.from('ZWPhone'))).toBe(false);
    const thumb = await sharp(
      (await app.inject({ method: 'GET', url: media.thumbnailUrl })).rawPayload,
    ).metadata();
    expect([thumb.format, thumb.width, thumb.height]).toEqual(['webp', 240, 360]);

    // A long image (长图) keeps a readable width: at most 1080 px wide, up to 16,000 px tall.
    const long = await sharp({ create: { width: 1500, height: 9000, channels: 3, background: '#fff' } })
      .png()
      .toBuffer();
    const stored9000 = (await upload(account.id, { ...editor.headers }, long)).json();
    expect([stored9000.width, stored9000.height]).toEqual([1080, 6480]);

    // Small images are not enlarged.
    const small = (await upload(account.id, { ...editor.headers }, await jpegWithGps(300, 200))).json();
    expect([small.width, small.height]).toEqual([300, 200]);
  });

  it('keeps an animated GIF as uploaded, with a still thumbnail', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    const gif = await animatedGif();
    const media = (await upload(account.id, { ...editor.headers }, gif, 'image/gif')).json();
    expect(media).toMatchObject({ kind: 'image', mime: 'image/gif', width: 40, height: 30 });
    const stored = (await app.inject({ method: 'GET', url: media.url })).rawPayload;
    expect(stored).toEqual(gif);
    expect((await sharp(stored).metadata()).pages).toBe(2);
    expect(media.thumbnailUrl).toMatch(/\.webp$/);
  });

  it('refuses a damaged image and a decompression bomb', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    const broken = Buffer.concat([solidPng(4, 4, [1, 2, 3]).subarray(0, 40), Buffer.alloc(100)]);
    const res = await upload(account.id, { ...editor.headers }, broken);
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'MEDIA_IMAGE_INVALID', field: 'file' });
    // A PNG header claiming 20000×20000 pixels.
    const bomb = solidPng(1, 1, [0, 0, 0]);
    bomb.writeUInt32BE(20000, 16);
    bomb.writeUInt32BE(20000, 20);
    expect((await upload(account.id, { ...editor.headers }, bomb)).json().error.code).toBe(
      'MEDIA_IMAGE_INVALID',
    );
    expect(fs.readdirSync(path.join(deps.mediaDir, 'tmp'))).toEqual([]);
  });

  it('serves byte ranges of audio and video', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    const video = mp4('isom', 10_000);
    const media = (await upload(account.id, { ...editor.headers }, video, 'video/mp4')).json();
    const part = await app.inject({ method: 'GET', url: media.url, headers: { range: 'bytes=100-199' } });
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 100-199/${video.length}`);
    expect(part.headers['accept-ranges']).toBe('bytes');
    expect(part.rawPayload).toEqual(video.subarray(100, 200));
    const tail = await app.inject({ method: 'GET', url: media.url, headers: { range: 'bytes=-10' } });
    expect(tail.rawPayload).toEqual(video.subarray(video.length - 10));
    const beyond = await app.inject({ method: 'GET', url: media.url, headers: { range: 'bytes=20000-' } });
    expect(beyond.statusCode).toBe(416);
  });

  it('the same file in two accounts is two media rows, each owned by its account', async () => {
    const a = await accountWithEditor(ctx.db, deps);
    const b = await accountWithEditor(ctx.db, deps);
    const file = pdf();
    const ofA = (await upload(a.account.id, { ...a.editor.headers }, file, 'application/pdf')).json();
    const ofB = (await upload(b.account.id, { ...b.editor.headers }, file, 'application/pdf')).json();
    expect(ofA.id).not.toBe(ofB.id);
    expect(ofA.url).toBe(ofB.url); // one stored copy
    // An editor of A cannot upload into B.
    expect((await upload(b.account.id, { ...a.editor.headers }, pdf(), 'application/pdf')).statusCode).toBe(
      403,
    );
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

  it('a cover must be an image, not a document', async () => {
    const { account, editor } = await accountWithEditor(ctx.db, deps);
    const doc = (await upload(account.id, { ...editor.headers }, pdf(), 'application/pdf')).json();
    const refused = await draft(app, account.id, editor.headers, { coverMediaId: doc.id });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error).toMatchObject({ code: 'COVER_NOT_IMAGE', field: 'coverMediaId' });
  });

  it('stores and serves through S3-compatible storage (s3rver) when configured', async () => {
    const s3 = await startS3rver();
    const local = deps.mediaStorage;
    const storage = new S3Storage(s3.options);
    deps.mediaStorage = storage;
    try {
      const { account, editor } = await accountWithEditor(ctx.db, deps);
      const photo = await jpegWithGps(2400, 1200);
      const media = (await upload(account.id, { ...editor.headers }, photo, 'image/jpeg')).json();
      expect(media).toMatchObject({ width: 1920, height: 960 });
      const key = media.url.slice('/media/'.length);
      expect(await storage.exists(key)).toBe(true);
      expect(await local.exists(key)).toBe(false);
      const served = await app.inject({ method: 'GET', url: media.url });
      expect(served.statusCode).toBe(200);
      expect((await sharp(served.rawPayload).metadata()).exif).toBeUndefined();
      const audio = (await upload(account.id, { ...editor.headers }, ogg(), 'audio/ogg')).json();
      const part = await app.inject({ method: 'GET', url: audio.url, headers: { range: 'bytes=0-3' } });
      expect([part.statusCode, part.rawPayload.toString('latin1')]).toEqual([206, 'OggS']);
    } finally {
      deps.mediaStorage = local;
      storage.client.destroy();
      await s3.stop();
    }
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
