import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../deps.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildStaff, sessionHeaders } from '../../test/factories.js';
import { staffHeaders } from '../publishing/testing.js';
import { reviewApi } from '../review/testing.js';
import { formatCode, normalizeCode } from './code.js';
import { parseLookup } from './lookup.js';
import { publishNew, signedArticle, verify } from './testing.js';

describe('verification codes and look-ups', () => {
  it('a code is read case-, space- and dash-insensitively, with I/L as 1 and O as 0', () => {
    expect(normalizeCode('abcde-fghjk')).toBe('ABCDEFGHJK');
    expect(normalizeCode(' AB CDE–FG HJK ')).toBe('ABCDEFGHJK');
    expect(normalizeCode('0l1io-23456')).toBe('0111023456');
    expect(normalizeCode('ABCDEFGHJ')).toBeNull();
    expect(normalizeCode('ABCDEFGHJU')).toBeNull();
    expect(formatCode('ABCDEFGHJK')).toBe('ABCDE-FGHJK');
  });

  it('links, ids and codes are told apart', () => {
    expect(parseLookup('https://zw.example.gov.cn/a/Ab3xYz7Kq2mn')).toEqual({
      by: 'slug',
      slug: 'Ab3xYz7Kq2mn',
    });
    expect(parseLookup('https://zw.example.gov.cn/read/Ab3xYz7Kq2mn?from=x')).toEqual({
      by: 'slug',
      slug: 'Ab3xYz7Kq2mn',
    });
    expect(parseLookup('http://x/v/abcde-fghjk')).toEqual({ by: 'code', code: 'ABCDEFGHJK' });
    expect(parseLookup('/verify/ABCDEFGHJK')).toEqual({ by: 'code', code: 'ABCDEFGHJK' });
    expect(parseLookup('42')).toEqual({ by: 'id', id: 42 });
    expect(parseLookup('abcde fghjk')).toEqual({ by: 'code', code: 'ABCDEFGHJK' });
    expect(parseLookup('https://elsewhere.example/news/1')).toBeNull();
    expect(parseLookup('   ')).toBeNull();
  });
});

describeEachDatabase('signed content', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
  });
  afterAll(async () => {
    await deps?.outbox.stop();
    await app?.close();
  });

  it('a verified account’s release is signed in the same transaction; card, API and page carry it', async () => {
    const { account, card } = await signedArticle(app, ctx.db, deps);
    expect(card.signature).toMatchObject({
      algorithm: 'Ed25519',
      keyId: expect.stringMatching(/^[0-9a-f]{16}$/),
    });
    const code = card.signature!.code;
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/);
    expect(card.signature!.url).toBe(`/v/${code}`);

    const rows = await ctx.db.k
      .selectFrom('signatures')
      .selectAll()
      .where('subject_id', '=', card.id)
      .execute();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ subject_kind: 'article', account_id: account.id, version: 1, code });
    const payload = JSON.parse(rows[0]!.payload);
    expect(payload.content.bodyHtml).toContain('为方便群众办事');
    expect(payload.publisher).toEqual({ id: account.id, handle: account.handle, verifiedName: account.name });

    const api = (await app.inject({ method: 'GET', url: `/api/publications/${card.slug}` })).json();
    expect(api.signature).toEqual(card.signature);

    const page = (await app.inject({ method: 'GET', url: card.url, headers: { host: 'zw.example.gov.cn' } }))
      .body;
    expect(page).toContain(`${code.slice(0, 5)}-${code.slice(5)}`);
    expect(page).toContain('<svg');
    expect(page).toContain(`href="/v/${code}"`);
    expect(page).toContain('name="zhengwei:signature"');
    expect(page).toContain(`/api/signing/bundles/${code}`);
  });

  it('an intact article verifies by code (any spelling), /v link, page link, app link and id', async () => {
    const { account, card } = await signedArticle(app, ctx.db, deps);
    const code = card.signature!.code;
    const spelled = `${code.slice(0, 5).toLowerCase()} - ${code.slice(5)}`;
    for (const q of [
      code,
      spelled,
      `https://zw.example.gov.cn/v/${code}`,
      `http://h${card.url}`,
      `/read/${card.slug}`,
      String(card.id),
    ]) {
      const res = await verify(app, q);
      expect(res.statusCode, q).toBe(200);
      const v = res.json();
      expect(v.status, q).toBe('intact');
      expect(v.code).toBe(formatCode(code));
      expect(v.publisher).toMatchObject({ id: account.id, verified: true, verifiedName: account.name });
      expect(v.key.keyId).toBe(card.signature!.keyId);
      expect(v.article.title).toBe('关于办事时间的通知');
      expect(v.bundle.payload).toContain(code);
    }
    const redirect = await app.inject({ method: 'GET', url: `/v/${code.toLowerCase()}` });
    expect(redirect.statusCode).toBe(302);
    expect(redirect.headers.location).toBe(`/verify/${code}`);
  });

  it('unknown codes are not found; an unverified account’s article is not signed', async () => {
    expect((await verify(app, 'ZZZZZ-ZZZZZ')).json().status).toBe('not_found');
    expect((await verify(app, 'no such thing at all!')).json().status).toBe('not_found');
    const { card } = await signedArticle(app, ctx.db, deps, { verified: false });
    expect(card.signature).toBeUndefined();
    const v = (await verify(app, card.url)).json();
    expect(v.status).toBe('not_signed');
    expect(v.code).toBeNull();
  });

  it('content changed in the database after signing verifies as altered, showing where', async () => {
    const { card } = await signedArticle(app, ctx.db, deps);
    const pub = await ctx.db.k
      .selectFrom('publications')
      .select('article_id')
      .where('id', '=', card.id)
      .executeTakeFirstOrThrow();
    await ctx.db.k
      .updateTable('articles')
      .set({
        body_html: '<p>为方便群众办事，现将有关事项通知如下。</p><p>一、办理时间：周末 9:00—17:00。</p>',
      })
      .where('id', '=', pub.article_id)
      .execute();
    const v = (await verify(app, card.signature!.code)).json();
    expect(v.status).toBe('altered');
    expect(v.signatureValid).toBe(true);
    const fields = v.differences.map((d: { field: string }) => d.field);
    expect(fields).toContain('bodyHtml');
    const body = v.differences.find((d: { field: string }) => d.field === 'bodyHtml');
    expect(body.signed).toContain('工作日');
    expect(body.current).toContain('周末');
  });

  it('a stored signature whose payload was edited does not verify (altered)', async () => {
    const { card } = await signedArticle(app, ctx.db, deps);
    const row = await ctx.db.k
      .selectFrom('signatures')
      .select(['id', 'payload'])
      .where('subject_id', '=', card.id)
      .executeTakeFirstOrThrow();
    await ctx.db.k
      .updateTable('signatures')
      .set({ payload: row.payload.replace('工作日', '周末') })
      .where('id', '=', row.id)
      .execute();
    const v = (await verify(app, card.signature!.code)).json();
    expect(v.status).toBe('altered');
    expect(v.signatureValid).toBe(false);
    expect(v.bundle).toBeNull();
  });

  it('a pasted copy is checked sentence by sentence; a changed sentence shows as altered with its original', async () => {
    const { account, card } = await signedArticle(app, ctx.db, deps);
    const code = card.signature!.code;
    const faithful = `关于办事时间的通知\n${account.name}\n为方便群众办事，现将有关事项通知如下。\n一、办理时间：工作日 9:00—17:00。`;
    const ok = (await verify(app, code, faithful)).json();
    expect(ok.status).toBe('intact');
    expect(ok.copy).toMatchObject({ kind: 'text', matches: true });

    const forged = faithful.replace('工作日 9:00—17:00', '每天 8:00—22:00，需缴纳手续费 50 元');
    const bad = (await verify(app, code, forged)).json();
    expect(bad.status).toBe('altered');
    expect(bad.copy.matches).toBe(false);
    expect(bad.copy.differences).toHaveLength(1);
    expect(bad.copy.differences[0].copy).toContain('手续费');
    expect(bad.copy.differences[0].original).toContain('工作日');
  });

  it('a bundle copy verifies when genuine and is refused when its payload was edited', async () => {
    const { card } = await signedArticle(app, ctx.db, deps);
    const code = card.signature!.code;
    const bundle = (await app.inject({ method: 'GET', url: `/api/signing/bundles/${code}` })).json();
    expect((await verify(app, code, JSON.stringify(bundle))).json()).toMatchObject({
      status: 'intact',
      copy: { kind: 'bundle', matches: true },
    });
    const tampered = { ...bundle, payload: bundle.payload.replace('工作日', '周末') };
    expect((await verify(app, code, JSON.stringify(tampered))).json()).toMatchObject({
      status: 'altered',
      copy: { kind: 'bundle', matches: false, reason: 'bad_signature' },
    });
  });

  it('a withdrawn publication verifies as withdrawn and its text is not handed out', async () => {
    const { account, admin, card } = await signedArticle(app, ctx.db, deps);
    const pub = await ctx.db.k
      .selectFrom('publications')
      .select('article_id')
      .where('id', '=', card.id)
      .executeTakeFirstOrThrow();
    const res = await app.inject({
      method: 'POST',
      url: `/api/console/accounts/${account.id}/articles/${pub.article_id}/withdraw`,
      headers: admin.headers,
      payload: { reason: '信息有误' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const v = (await verify(app, card.signature!.code)).json();
    expect(v.status).toBe('withdrawn');
    expect(v.bundle).toBeNull();
    expect(v.article.title).toBeNull();
    expect(
      (await app.inject({ method: 'GET', url: `/api/signing/bundles/${card.signature!.code}` })).statusCode,
    ).toBe(410);
  });

  it('content of a suspended account is not vouched for, however genuine its signature', async () => {
    const { account, card } = await signedArticle(app, ctx.db, deps);
    expect((await verify(app, card.signature!.code)).json().status).toBe('intact');
    await ctx.db.k
      .updateTable('accounts')
      .set({ status: 'suspended' })
      .where('id', '=', account.id)
      .execute();
    const v = (await verify(app, card.signature!.code)).json();
    expect(v.status).toBe('suspended');
    expect(v.signatureValid).toBe(true);
    await ctx.db.k.updateTable('accounts').set({ status: 'active' }).where('id', '=', account.id).execute();
    expect((await verify(app, card.signature!.code)).json().status).toBe('intact');
  });

  it('after a rotation old signatures still verify with the old, published key; new ones use the new key', async () => {
    const { account, admin, editor, card } = await signedArticle(app, ctx.db, deps);
    const oldKey = card.signature!.keyId;
    const rotated = await app.inject({
      method: 'POST',
      url: `/api/console/accounts/${account.id}/signing/keys/rotate`,
      headers: admin.headers,
    });
    expect(rotated.statusCode, rotated.body).toBe(201);
    const newKey = rotated.json().keyId;
    expect(newKey).not.toBe(oldKey);

    const v = (await verify(app, card.signature!.code)).json();
    expect(v.status).toBe('intact');
    expect(v.key.keyId).toBe(oldKey);
    expect(v.key.validUntil).not.toBeNull();

    const keys = (await app.inject({ method: 'GET', url: '/.well-known/zhengwei-signing-keys.json' })).json();
    const mine = keys.keys.filter((k: { account: { id: number } }) => k.account.id === account.id);
    expect(mine.map((k: { keyId: string }) => k.keyId).sort()).toEqual([oldKey, newKey].sort());
    expect(mine.find((k: { keyId: string }) => k.keyId === oldKey).validUntil).toBe(v.key.validUntil);
    expect(JSON.stringify(keys)).not.toMatch(/private/i);

    const second = await publishNew(app, account.id, editor.headers, { title: '第二篇' });
    expect(second.signature!.keyId).toBe(newKey);
    expect((await verify(app, second.signature!.code)).json().status).toBe('intact');

    const list = (
      await app.inject({
        method: 'GET',
        url: `/api/console/accounts/${account.id}/signing/keys`,
        headers: editor.headers,
      })
    ).json();
    expect(list.current.keyId).toBe(newKey);
    expect(list.keys).toHaveLength(2);
  });

  it('a revoked key’s signatures are no longer trusted; the re-signing job restores them under the new key and the same code', async () => {
    const { account, admin, card } = await signedArticle(app, ctx.db, deps);
    const code = card.signature!.code;
    const oldKey = card.signature!.keyId;
    const res = await app.inject({
      method: 'POST',
      url: `/api/console/accounts/${account.id}/signing/keys/${oldKey}/revoke`,
      headers: admin.headers,
      payload: { reason: '密钥疑似泄露' },
    });
    expect(res.statusCode, res.body).toBe(200);
    const { revoked, replacement } = res.json();
    expect(revoked).toMatchObject({ keyId: oldKey, revocationReason: '密钥疑似泄露', current: false });
    expect(replacement.current).toBe(true);

    const before = (await verify(app, code)).json();
    expect(before.status).toBe('revoked');
    expect(before.key.revokedAt).not.toBeNull();

    await deps.jobs.runDue();
    const after = (await verify(app, code)).json();
    expect(after.status).toBe('intact');
    expect(after.key.keyId).toBe(replacement.keyId);
    expect(after.version).toBe(2);
    expect(after.code).toBe(formatCode(code));

    const again = await app.inject({
      method: 'POST',
      url: `/api/console/accounts/${account.id}/signing/keys/${oldKey}/revoke`,
      headers: admin.headers,
      payload: { reason: '再次' },
    });
    expect(again.json().error.code).toBe('SIGNING_KEY_REVOKED');

    const audit = await ctx.db.k
      .selectFrom('audit_log')
      .select('action')
      .where('account_id', '=', account.id)
      .where('action', 'like', 'signing_key.%')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['signing_key.create', 'signing_key.revoke']),
    );
  });

  it('only the account’s admins and platform admins manage keys; any staff of the account may list them', async () => {
    const { account, editor, admin } = await signedArticle(app, ctx.db, deps);
    const other = await signedArticle(app, ctx.db, deps);
    const rotate = (headers: Record<string, string>) =>
      app.inject({ method: 'POST', url: `/api/console/accounts/${account.id}/signing/keys/rotate`, headers });
    expect((await rotate(editor.headers)).statusCode).toBe(403);
    expect((await rotate(other.admin.headers)).statusCode).toBe(403);
    const list = (headers: Record<string, string>) =>
      app.inject({ method: 'GET', url: `/api/console/accounts/${account.id}/signing/keys`, headers });
    expect((await list(other.admin.headers)).statusCode).toBe(403);
    expect((await list(editor.headers)).statusCode).toBe(200);
    const keyId = (await list(admin.headers)).json().current.keyId;
    const revokeAsEditor = await app.inject({
      method: 'POST',
      url: `/api/console/accounts/${account.id}/signing/keys/${keyId}/revoke`,
      headers: editor.headers,
      payload: { reason: 'x' },
    });
    expect(revokeAsEditor.statusCode).toBe(403);
    const revokeOthers = await app.inject({
      method: 'POST',
      url: `/api/console/accounts/${other.account.id}/signing/keys/${keyId}/revoke`,
      headers: other.admin.headers,
      payload: { reason: 'x' },
    });
    expect(revokeOthers.json().error.code).toBe('SIGNING_KEY_NOT_FOUND');
    const platform = await buildStaff(ctx.db, { isPlatformAdmin: true });
    const platformHeaders = { ...(await sessionHeaders(deps.sessions, 'staff', platform.id)) };
    expect((await rotate(platformHeaders)).statusCode).toBe(201);
    expect((await rotate(admin.headers)).statusCode).toBe(201);
  });

  it('an automatic reply’s article cards are signed when the rule is saved, and verify by their code', async () => {
    const { account, admin, card } = await signedArticle(app, ctx.db, deps);
    const res = await app.inject({
      method: 'POST',
      url: `/api/console/accounts/${account.id}/autoreplies/rules`,
      headers: admin.headers,
      payload: {
        name: '办事时间',
        keywords: [{ keyword: '办事时间', matchType: 'contains' }],
        replies: [{ kind: 'articles', publicationIds: [card.id] }],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const ruleId = res.json().id as number;
    const sig = await ctx.db.k
      .selectFrom('signatures')
      .selectAll()
      .where('subject_kind', '=', 'reply')
      .where('subject_id', '=', ruleId)
      .executeTakeFirstOrThrow();
    expect(JSON.parse(sig.payload).content).toEqual({
      ruleId,
      cards: [{ title: '关于办事时间的通知', summary: expect.any(String), url: card.url, cover: null }],
    });
    const v = (await verify(app, sig.code)).json();
    expect(v).toMatchObject({ status: 'intact', subject: { kind: 'reply', id: ruleId } });
    expect(v.publisher.id).toBe(account.id);
  });

  it('a correction is signed again under the same code; the old bundle is recognised as superseded', async () => {
    const { account, editor, admin, card } = await signedArticle(app, ctx.db, deps);
    const code = card.signature!.code;
    const oldBundle = (await app.inject({ method: 'GET', url: `/api/signing/bundles/${code}` })).json();
    const { article_id } = await ctx.db.k
      .selectFrom('publications')
      .select('article_id')
      .where('id', '=', card.id)
      .executeTakeFirstOrThrow();
    const review = reviewApi(app, account.id);
    const res = await review.correct(article_id, editor.headers, { title: '关于办事时间的通知（更正）' });
    expect(res.statusCode, res.body).toBe(200);
    if (res.json().pending) expect((await review.approve(article_id, admin.headers)).statusCode).toBe(200);

    const v = (await verify(app, code)).json();
    expect(v).toMatchObject({ status: 'intact', version: 2, code: formatCode(code) });
    expect(v.article.title).toBe('关于办事时间的通知（更正）');
    expect(JSON.parse(v.bundle.payload).content.revisedAt).not.toBeNull();
    const old = (await verify(app, code, JSON.stringify(oldBundle))).json();
    expect(old).toMatchObject({
      status: 'altered',
      copy: { kind: 'bundle', matches: false, reason: 'superseded' },
    });
  });

  it('a current key sealed under a secret this server lacks is retired and replaced, not fatal', async () => {
    const { account, editor, card } = await signedArticle(app, ctx.db, deps);
    await ctx.db.k
      .updateTable('signing_keys')
      .set({ kek_id: 'ffffffffffffffff' })
      .where('key_id', '=', card.signature!.keyId)
      .execute();
    const second = await publishNew(app, account.id, editor.headers, { title: '换密钥后' });
    expect(second.signature!.keyId).not.toBe(card.signature!.keyId);
    expect((await verify(app, second.signature!.code)).json().status).toBe('intact');
    const first = (await verify(app, card.signature!.code)).json();
    expect(first.status).toBe('intact');
    expect(first.key.validUntil).not.toBeNull();
  });

  it('an unverified account cannot rotate a key', async () => {
    const { account } = await signedArticle(app, ctx.db, deps, { verified: false });
    const admin = await staffHeaders(ctx.db, deps, account.id, 'admin');
    const res = await app.inject({
      method: 'POST',
      url: `/api/console/accounts/${account.id}/signing/keys/rotate`,
      headers: admin.headers,
    });
    expect(res.json().error.code).toBe('SIGNING_NOT_VERIFIED');
  });
});

describeEachDatabase('verification look-ups are rate-limited', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
  });
  afterAll(async () => {
    await deps?.outbox.stop();
    await app?.close();
  });

  it('the 61st look-up of a minute from one address is refused with 429', async () => {
    for (let i = 0; i < 60; i++) expect((await verify(app, 'ZZZZZZZZZZ')).statusCode).toBe(200);
    const res = await verify(app, 'ZZZZZZZZZZ');
    expect(res.statusCode).toBe(429);
    expect(res.json().error.code).toBe('RATE_LIMITED');
  });
});
