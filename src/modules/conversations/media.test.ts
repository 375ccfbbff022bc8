import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { solidPng } from '../publishing/png.js';
import { multipartBody } from '../publishing/testing.js';
import { sniffVoice } from './mediaTypes.js';
import { parseRange } from '../../infra/http/range.js';
import { citizenMediaRoot } from './uploadCitizenMedia.js';
import { cid, follower, inboxAccount, send, staffOf, type Headers } from './testing.js';

const OGG = Buffer.concat([Buffer.from('OggS'), Buffer.alloc(200, 7)]);
const WEBM = Buffer.concat([Buffer.from([0x1a, 0x45, 0xdf, 0xa3]), Buffer.alloc(200, 3)]);

describeEachDatabase('citizen media in conversations', (ctx) => {
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
    headers: Headers,
    content: Buffer,
    type = 'image/png',
    name = 'a.png',
  ) => {
    const { payload, contentType } = multipartBody('file', name, content, type);
    return app.inject({
      method: 'POST',
      url: `/api/accounts/${accountId}/messages/media`,
      headers: { ...headers, 'content-type': contentType },
      payload,
    });
  };
  const tmpFiles = () => fs.readdirSync(path.join(citizenMediaRoot(deps.mediaDir), 'tmp'));

  it('uploads an image and sends it; the stored file is served to its sender', async () => {
    const { account } = await inboxAccount(ctx.db, deps);
    const citizen = await follower(ctx.db, deps, account.id);
    const png = solidPng(6, 4, [10, 120, 200]);
    const up = await upload(account.id, citizen.headers, png);
    expect(up.statusCode).toBe(201);
    const media = up.json();
    expect(media).toEqual({
      mediaId: expect.any(Number),
      url: `/api/messages/media/${media.mediaId}`,
      mime: 'image/png',
      size: png.length,
    });
    const sent = await send(app, account.id, citizen.headers, {
      clientId: cid(),
      kind: 'image',
      mediaId: media.mediaId,
    });
    expect(sent.statusCode).toBe(200);
    expect(sent.json().message).toMatchObject({
      kind: 'image',
      media: { url: media.url, mime: 'image/png', durationMs: null },
    });
    const served = await app.inject({ method: 'GET', url: media.url, headers: citizen.headers });
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.headers['cache-control']).toContain('private');
    expect(served.rawPayload).toEqual(png);
    expect(tmpFiles()).toEqual([]);
  });

  it('a voice recording (Ogg, WebM) carries its duration', async () => {
    const { account } = await inboxAccount(ctx.db, deps);
    const citizen = await follower(ctx.db, deps, account.id);
    for (const [bytes, mime] of [
      [OGG, 'audio/ogg'],
      [WEBM, 'audio/webm'],
    ] as const) {
      const media = (
        await upload(account.id, citizen.headers, bytes, 'application/octet-stream', 'v.bin')
      ).json();
      expect(media.mime).toBe(mime);
      const sent = await send(app, account.id, citizen.headers, {
        clientId: cid(),
        kind: 'voice',
        mediaId: media.mediaId,
        durationMs: 4_200,
      });
      expect(sent.json().message).toMatchObject({ kind: 'voice', media: { mime, durationMs: 4_200 } });
    }
  });

  it('tells the type from the bytes, not the declared type, and keeps nothing it refuses', async () => {
    const { account } = await inboxAccount(ctx.db, deps);
    const citizen = await follower(ctx.db, deps, account.id);
    const svg = await upload(
      account.id,
      citizen.headers,
      Buffer.from('<svg onload="alert(1)"/>'),
      'image/png',
    );
    expect(svg.statusCode).toBe(415);
    expect(svg.json().error).toMatchObject({ code: 'MESSAGE_MEDIA_TYPE_NOT_ALLOWED', field: 'file' });
    expect(tmpFiles()).toEqual([]);
    const rows = await ctx.db.k
      .selectFrom('conversation_media')
      .select('id')
      .where('citizen_id', '=', citizen.id)
      .execute();
    expect(rows).toEqual([]);
  });

  it('images may be 5 MB and voice 2 MB', async () => {
    const { account } = await inboxAccount(ctx.db, deps);
    const citizen = await follower(ctx.db, deps, account.id);
    const bigImage = Buffer.concat([solidPng(1, 1, [0, 0, 0]), Buffer.alloc(5 * 1024 * 1024)]);
    const r1 = await upload(account.id, citizen.headers, bigImage);
    expect(r1.statusCode).toBe(413);
    expect(r1.json().error.code).toBe('BODY_TOO_LARGE');
    const bigVoice = Buffer.concat([OGG, Buffer.alloc(2 * 1024 * 1024)]);
    const r2 = await upload(account.id, citizen.headers, bigVoice, 'audio/ogg', 'v.ogg');
    expect(r2.statusCode).toBe(413);
    const okImage = Buffer.concat([solidPng(1, 1, [0, 0, 0]), Buffer.alloc(3 * 1024 * 1024)]);
    expect((await upload(account.id, citizen.headers, okImage)).statusCode).toBe(201);
    expect(tmpFiles()).toEqual([]);
  });

  it('a media id works only for its uploader and the account it was uploaded for', async () => {
    const a = await inboxAccount(ctx.db, deps);
    const b = await inboxAccount(ctx.db, deps);
    const owner = await follower(ctx.db, deps, a.account.id);
    const other = await follower(ctx.db, deps, a.account.id);
    const media = (await upload(a.account.id, owner.headers, solidPng(3, 3, [1, 2, 3]))).json();
    const stolen = await send(app, a.account.id, other.headers, {
      clientId: cid(),
      kind: 'image',
      mediaId: media.mediaId,
    });
    expect(stolen.statusCode).toBe(404);
    expect(stolen.json().error).toMatchObject({ code: 'MEDIA_NOT_FOUND', field: 'mediaId' });
    await ctx.db.k
      .insertInto('follows')
      .values({
        account_id: b.account.id,
        citizen_id: owner.id,
        openid: `o-m-${owner.id}`,
        followed_at: 1,
        last_read_seq: 0,
        scene: null,
      })
      .execute();
    const elsewhere = await send(app, b.account.id, owner.headers, {
      clientId: cid(),
      kind: 'image',
      mediaId: media.mediaId,
    });
    expect(elsewhere.json().error.code).toBe('MEDIA_NOT_FOUND');
    const asVoice = await send(app, a.account.id, owner.headers, {
      clientId: cid(),
      kind: 'voice',
      mediaId: media.mediaId,
    });
    expect(asVoice.json().error.code).toBe('MESSAGE_MEDIA_MISMATCH');
  });

  it("the file is served to its uploader and the holding account's inbox staff, to nobody else", async () => {
    const a = await inboxAccount(ctx.db, deps);
    const b = await inboxAccount(ctx.db, deps);
    const owner = await follower(ctx.db, deps, a.account.id);
    const other = await follower(ctx.db, deps, a.account.id);
    const editorOfA = await staffOf(ctx.db, deps, a.account.id, 'editor');
    const media = (await upload(a.account.id, owner.headers, solidPng(5, 5, [9, 8, 7]))).json();
    const get = (headers: Headers) => app.inject({ method: 'GET', url: media.url, headers });
    expect((await get(owner.headers)).statusCode).toBe(200);
    expect((await get(a.responder.headers)).statusCode).toBe(200);
    expect((await get(other.headers)).statusCode).toBe(404);
    expect((await get(b.admin.headers)).statusCode).toBe(404);
    expect((await get(editorOfA.headers)).statusCode).toBe(404);
    expect((await get({})).statusCode).toBe(404);
  });

  it('a citizen uploads at most 60 files an hour; the 61st is refused with Retry-After', async () => {
    const { account } = await inboxAccount(ctx.db, deps);
    const citizen = await follower(ctx.db, deps, account.id);
    for (let i = 0; i < 60; i++)
      expect((await upload(account.id, citizen.headers, OGG, 'audio/ogg', 'v.ogg')).statusCode).toBe(201);
    const refused = await upload(account.id, citizen.headers, OGG, 'audio/ogg', 'v.ogg');
    expect([refused.statusCode, refused.json().error.code]).toEqual([429, 'RATE_LIMITED']);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    // Another citizen is not affected.
    const other = await follower(ctx.db, deps, account.id);
    expect((await upload(account.id, other.headers, OGG, 'audio/ogg', 'v.ogg')).statusCode).toBe(201);
  });

  it('needs a follow to upload', async () => {
    const { account } = await inboxAccount(ctx.db, deps);
    const citizen = await follower(ctx.db, deps, account.id);
    await ctx.db.k.deleteFrom('follows').where('citizen_id', '=', citizen.id).execute();
    const res = await upload(account.id, citizen.headers, solidPng(2, 2, [0, 0, 0]));
    expect(res.json().error.code).toBe('NOT_FOLLOWING');
  });

  it('answers byte ranges, which audio players ask for', async () => {
    const { account } = await inboxAccount(ctx.db, deps);
    const citizen = await follower(ctx.db, deps, account.id);
    const media = (await upload(account.id, citizen.headers, OGG, 'audio/ogg', 'v.ogg')).json();
    const part = await app.inject({
      method: 'GET',
      url: media.url,
      headers: { ...citizen.headers, range: 'bytes=0-3' },
    });
    expect(part.statusCode).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 0-3/${OGG.length}`);
    expect(part.rawPayload.toString('latin1')).toBe('OggS');
  });
});

it('sniffs the voice formats browsers record', () => {
  expect(sniffVoice(Buffer.from('OggS\0\0'))).toBe('ogg');
  expect(sniffVoice(Buffer.from([0x1a, 0x45, 0xdf, 0xa3, 0, 0]))).toBe('webm');
  expect(sniffVoice(Buffer.from('\0\0\0\x20ftypM4A ', 'latin1'))).toBe('m4a');
  expect(sniffVoice(Buffer.from('ID3\x04\0', 'latin1'))).toBe('mp3');
  expect(sniffVoice(Buffer.from([0xff, 0xfb, 0x90, 0x00]))).toBe('mp3');
  expect(sniffVoice(Buffer.from([0xff, 0xf1, 0x50, 0x80]))).toBe('aac');
  expect(sniffVoice(Buffer.from('RIFF....WAVE', 'latin1'))).toBeNull();
});

it('does not take an HEIC or AVIF photo (same ISO box layout as MP4 audio) for a voice message', () => {
  expect(sniffVoice(Buffer.from('\0\0\0\x18ftypheic', 'latin1'))).toBeNull();
  expect(sniffVoice(Buffer.from('\0\0\0\x1cftypavif', 'latin1'))).toBeNull();
  expect(sniffVoice(Buffer.from('\0\0\0\x1cftypmif1', 'latin1'))).toBeNull();
  expect(sniffVoice(Buffer.from('\0\0\0\x1cftypiso5', 'latin1'))).toBe('m4a');
});

it('parses single byte ranges', () => {
  expect(parseRange('bytes=0-9', 100)).toEqual({ start: 0, end: 9 });
  expect(parseRange('bytes=90-', 100)).toEqual({ start: 90, end: 99 });
  expect(parseRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 });
  expect(parseRange('bytes=100-', 100)).toBe('unsatisfiable');
  expect(parseRange('bytes=0-1,5-6', 100)).toBeNull();
  expect(parseRange(undefined, 100)).toBeNull();
});
