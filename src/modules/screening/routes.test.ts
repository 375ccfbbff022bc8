import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { StaffRole } from '../../db/schema.js';
import type { AppDeps } from '../../deps.js';
import { buildTestApp } from '../../test/app.js';
import { describeEachDatabase } from '../../test/databases.js';
import { buildAccount, buildStaff, sessionHeaders } from '../../test/factories.js';
import { compileStats } from './engine.js';
import { assertNoBlockedWords, screenContent } from './gate.js';

describeEachDatabase('sensitive-word screening', (ctx) => {
  let app: FastifyInstance;
  let deps: AppDeps;
  let platformAdmin: Record<string, string>;
  beforeAll(async () => {
    ({ app, deps } = await buildTestApp(ctx.db));
    const admin = await buildStaff(ctx.db, { isPlatformAdmin: true });
    platformAdmin = { ...(await sessionHeaders(deps.sessions, 'staff', admin.id)) };
  });
  afterAll(async () => {
    await deps?.outbox.stop();
    await app?.close();
  });

  async function staff(accountId: number, ...roles: StaffRole[]) {
    const user = await buildStaff(ctx.db, { roles: roles.map((r) => [accountId, r] as [number, StaffRole]) });
    return { ...(await sessionHeaders(deps.sessions, 'staff', user.id)) } as Record<string, string>;
  }
  const call = (
    method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
    url: string,
    headers: Record<string, string>,
    payload?: object,
  ) => app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  const PLATFORM = '/api/console/screening';
  const ACCOUNT = (id: number) => `/api/console/accounts/${id}/screening`;
  const article = (title: string, bodyHtml = '<p>正文</p>', summary = '') => ({ title, summary, bodyHtml });

  /** Tests share the platform dictionary: each uses words of its own. */
  async function platformWord(word: string, level: 'block' | 'warn') {
    const r = await call('POST', `${PLATFORM}/words`, platformAdmin, { word, level });
    expect(r.statusCode).toBe(201);
    return r.json() as { id: number };
  }

  it('block and warn hits of the platform dictionary, with original spans, through the check route', async () => {
    const account = await buildAccount(ctx.db);
    const editor = await staff(account.id, 'editor');
    await platformWord('赌博', 'block');
    await platformWord('最高级', 'warn');
    const r = await call('POST', `${ACCOUNT(account.id)}/check`, editor, {
      title: '本品质量最高級',
      summary: '',
      bodyHtml: '<p>严禁<strong>賭</strong>·博</p>',
    });
    expect(r.statusCode).toBe(200);
    expect(r.json().hits).toEqual([
      { word: '最高级', level: 'warn', field: 'title', text: '最高級', index: 4 },
      { word: '赌博', level: 'block', field: 'body', text: '賭·博', index: 2 },
    ]);

    await expect(assertNoBlockedWords(ctx.db, account.id, article('本品最高级'))).resolves.toEqual([
      expect.objectContaining({ word: '最高级', level: 'warn' }),
    ]);
    await expect(
      assertNoBlockedWords(ctx.db, account.id, article('无', '<p>ＤＵ 赌 博</p>')),
    ).rejects.toMatchObject({
      code: 'CONTENT_BLOCKED',
      details: { hits: [expect.objectContaining({ word: '赌博', text: '赌 博', field: 'body' })] },
    });
  });

  it("an account's list adds to the platform's for that account only; the stricter level wins", async () => {
    const a = await buildAccount(ctx.db);
    const b = await buildAccount(ctx.db);
    const admin = await staff(a.id, 'admin');
    await platformWord('国家级', 'warn');
    expect(
      (
        await call('POST', `${ACCOUNT(a.id)}/words`, admin, {
          word: '内部文件',
          level: 'block',
          note: '保密',
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (await call('POST', `${ACCOUNT(a.id)}/words`, admin, { word: '國家級', level: 'block' })).statusCode,
    ).toBe(201);

    const text = article('内部文件：国家级示范');
    expect((await screenContent(ctx.db, a.id, text)).map((h) => [h.word, h.level])).toEqual([
      ['内部文件', 'block'],
      ['国家级', 'block'],
    ]);
    expect((await screenContent(ctx.db, b.id, text)).map((h) => [h.word, h.level])).toEqual([
      ['国家级', 'warn'],
    ]);

    // The same word in another form is the same word.
    const dup = await call('POST', `${ACCOUNT(a.id)}/words`, admin, { word: '内部 文件', level: 'warn' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('SCREENING_WORD_EXISTS');
    const empty = await call('POST', `${ACCOUNT(a.id)}/words`, admin, { word: ' ... ', level: 'warn' });
    expect(empty.json().error.code).toBe('SCREENING_WORD_INVALID');
  });

  it('list, search, change level, delete; each write audited', async () => {
    const account = await buildAccount(ctx.db);
    const admin = await staff(account.id, 'admin');
    const reviewer = await staff(account.id, 'reviewer');
    const w = (
      await call('POST', `${ACCOUNT(account.id)}/words`, admin, { word: '秘密', level: 'warn' })
    ).json();
    await call('POST', `${ACCOUNT(account.id)}/words`, admin, {
      word: 'ＶＩＰ专享',
      level: 'warn',
      note: '广告',
    });

    const list = await call('GET', `${ACCOUNT(account.id)}/words?q=vip`, reviewer);
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({
      total: 1,
      items: [{ word: 'ＶＩＰ专享', normalized: 'vip专享' }],
      counts: { block: 0, warn: 2 },
    });

    const patched = await call('PATCH', `${ACCOUNT(account.id)}/words/${w.id}`, admin, { level: 'block' });
    expect(patched.json()).toMatchObject({ word: '秘密', level: 'block' });
    expect(
      (await call('GET', `${ACCOUNT(account.id)}/words?level=block`, admin))
        .json()
        .items.map((x: { word: string }) => x.word),
    ).toEqual(['秘密']);
    expect((await call('DELETE', `${ACCOUNT(account.id)}/words/${w.id}`, admin)).statusCode).toBe(204);
    expect((await call('DELETE', `${ACCOUNT(account.id)}/words/${w.id}`, admin)).json().error.code).toBe(
      'SCREENING_WORD_NOT_FOUND',
    );

    const actions = await ctx.db.k
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('account_id', '=', account.id)
      .orderBy('id')
      .execute();
    expect(actions.map((x) => x.action)).toEqual([
      'screening.word_added',
      'screening.word_added',
      'screening.word_updated',
      'screening.word_deleted',
    ]);
    expect(JSON.parse(actions[2]!.details)).toMatchObject({
      word: '秘密',
      previousLevel: 'warn',
      level: 'block',
    });
  });

  it('access: editors read but do not write; the platform dictionary is for platform admins; other accounts are off limits', async () => {
    const account = await buildAccount(ctx.db);
    const other = await buildAccount(ctx.db);
    const editor = await staff(account.id, 'editor');
    const otherAdmin = await staff(other.id, 'admin');
    const responder = await staff(account.id, 'responder');
    const word = { word: '测试词', level: 'block' };

    expect((await call('GET', `${ACCOUNT(account.id)}/words`, editor)).statusCode).toBe(200);
    expect((await call('POST', `${ACCOUNT(account.id)}/words`, editor, word)).statusCode).toBe(403);
    expect((await call('POST', `${PLATFORM}/words`, editor, word)).statusCode).toBe(403);
    expect((await call('GET', `${PLATFORM}/words`, editor)).statusCode).toBe(403);
    expect(
      (await call('POST', `${PLATFORM}/import`, editor, { format: 'text', content: '测试词' })).statusCode,
    ).toBe(403);
    expect((await call('POST', `${ACCOUNT(account.id)}/words`, otherAdmin, word)).statusCode).toBe(403);
    expect((await call('GET', `${ACCOUNT(account.id)}/words`, otherAdmin)).statusCode).toBe(403);
    expect(
      (await call('POST', `${ACCOUNT(account.id)}/import`, otherAdmin, { format: 'text', content: 'x' }))
        .statusCode,
    ).toBe(403);
    expect((await call('POST', `${ACCOUNT(account.id)}/check`, responder, article('x'))).statusCode).toBe(
      403,
    );
    expect((await call('GET', `${ACCOUNT(999999)}/words`, platformAdmin)).statusCode).toBe(404);
    // A word of the account cannot be reached through another account's path.
    const own = (await call('POST', `${ACCOUNT(other.id)}/words`, otherAdmin, word)).json();
    const admin = await staff(account.id, 'admin');
    expect((await call('DELETE', `${ACCOUNT(account.id)}/words/${own.id}`, admin)).statusCode).toBe(404);
    expect((await call('GET', `${ACCOUNT(account.id)}/words`, admin)).json().total).toBe(0);
  });

  it('import is all or nothing, reports bad lines by number, and exports round-trip', async () => {
    const account = await buildAccount(ctx.db);
    const admin = await staff(account.id, 'admin');
    const bad = await call('POST', `${ACCOUNT(account.id)}/import`, admin, {
      format: 'text',
      content: '好词一\n好词二\twarn\n!!!\n好词三\tsometimes\n',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({
      code: 'SCREENING_IMPORT_INVALID',
      details: {
        errorCount: 2,
        errors: [
          { line: 3, reason: 'empty', text: '!!!' },
          { line: 4, reason: 'bad_level', text: '好词三\tsometimes' },
        ],
      },
    });
    expect((await call('GET', `${ACCOUNT(account.id)}/words`, admin)).json().total).toBe(0);

    const csv = 'word,level,note\n好词一,block,甲\n"好词,二",warn,乙\n';
    const ok = await call('POST', `${ACCOUNT(account.id)}/import`, admin, { format: 'csv', content: csv });
    expect(ok.json()).toEqual({ added: 2, updated: 0, unchanged: 0, removed: 0 });
    const again = await call('POST', `${ACCOUNT(account.id)}/import`, admin, {
      format: 'text',
      content: '好词一\twarn\n好词三\n',
      mode: 'replace',
    });
    expect(again.json()).toEqual({ added: 1, updated: 1, unchanged: 0, removed: 1 });

    const text = await call('GET', `${ACCOUNT(account.id)}/export?format=text`, admin);
    expect(text.headers['content-type']).toMatch(/^text\/plain/);
    expect(text.body.split('\n').sort()).toEqual(['', '好词一\twarn', '好词三\tblock']);
    const exported = await call('GET', `${ACCOUNT(account.id)}/export?format=csv`, admin);
    expect(exported.headers['content-disposition']).toMatch(/attachment; filename=".*\.csv"/);
    expect(exported.body).toContain('好词一,warn,甲');
    const back = await call('POST', `${ACCOUNT(account.id)}/import`, admin, {
      format: 'csv',
      content: exported.body,
    });
    expect(back.json()).toEqual({ added: 0, updated: 0, unchanged: 2, removed: 0 });
    const imported = await ctx.db.k
      .selectFrom('audit_log')
      .select('action')
      .where('account_id', '=', account.id)
      .where('action', '=', 'screening.imported')
      .execute();
    expect(imported).toHaveLength(3);
  });

  it('imports a large list in one request, over the ordinary body limit, all of it', async () => {
    const account = await buildAccount(ctx.db);
    const admin = await staff(account.id, 'admin');
    // 9,000 distinct words (more than one insert chunk and one request's usual 1 MB).
    const words = Array.from(
      { length: 9_000 },
      (_, i) => `词${i.toString(36)}${'测试很长的敏感词'.slice(0, (i % 5) + 1)}`,
    );
    const content = words.map((w, i) => `"${w}",${i % 3 ? 'warn' : 'block'},${'备注'.repeat(20)}`).join('\n');
    expect(Buffer.byteLength(content)).toBeGreaterThan(1024 * 1024);
    const r = await call('POST', `${ACCOUNT(account.id)}/import`, admin, { format: 'csv', content });
    expect(r.json()).toEqual({ added: 9_000, updated: 0, unchanged: 0, removed: 0 });
    const list = (await call('GET', `${ACCOUNT(account.id)}/words?limit=1`, admin)).json();
    expect(list.counts).toEqual({ block: 3_000, warn: 6_000 });
    expect(
      (await screenContent(ctx.db, account.id, article(`标题${words[8_999]}`))).map((h) => h.text),
    ).toEqual([words[8_999]]);
  });

  it('a list change is seen by the next check: the compiled dictionary is rebuilt, and only then', async () => {
    const account = await buildAccount(ctx.db);
    const admin = await staff(account.id, 'admin');
    const text = article('新词甲出现');
    expect(await screenContent(ctx.db, account.id, text)).toEqual([]);
    const added = (
      await call('POST', `${ACCOUNT(account.id)}/words`, admin, { word: '新词甲', level: 'warn' })
    ).json();
    const builds = compileStats.builds;
    expect((await screenContent(ctx.db, account.id, text)).map((h) => h.level)).toEqual(['warn']);
    expect(await screenContent(ctx.db, account.id, text)).toHaveLength(1);
    expect(compileStats.builds).toBe(builds + 1); // cached after the first check

    await call('PATCH', `${ACCOUNT(account.id)}/words/${added.id}`, admin, { level: 'block' });
    expect((await screenContent(ctx.db, account.id, text)).map((h) => h.level)).toEqual(['block']);
    // A platform change reaches every account too.
    const p = await platformWord('出现', 'warn');
    expect((await screenContent(ctx.db, account.id, text)).map((h) => h.word)).toEqual(['新词甲', '出现']);
    await call('DELETE', `${PLATFORM}/words/${p.id}`, platformAdmin);
    await call('DELETE', `${ACCOUNT(account.id)}/words/${added.id}`, admin);
    expect(await screenContent(ctx.db, account.id, text)).toEqual([]);
    // The version counter moved with every write of the account's list.
    const v = await ctx.db.k
      .selectFrom('screening_versions')
      .select('version')
      .where('scope', '=', account.id)
      .executeTakeFirstOrThrow();
    expect(Number(v.version)).toBe(3);
  });
});
