/** Builders shared by this module's tests (not imported by production code). */
import type { Database } from '../../db/database.js';
import { createRule } from './saveRule.js';
import { AutoRepliesRepository } from './repository.js';
import type { RuleInputT } from './schema.js';
import type { MatchType } from './matcher.js';

/** A rule with one text reply; keywords as `[keyword, matchType]` or bare exact keywords. */
export async function buildRule(
  db: Database,
  accountId: number,
  keywords: Array<string | [string, MatchType]>,
  overrides: Partial<RuleInputT> = {},
) {
  return createRule(AutoRepliesRepository.of(db), {
    accountId,
    actorId: null,
    now: Date.now(),
    input: {
      name: `规则 ${keywords.map((k) => (typeof k === 'string' ? k : k[0])).join('/')}`,
      keywords: keywords.map((k) =>
        typeof k === 'string' ? { keyword: k, matchType: 'exact' } : { keyword: k[0], matchType: k[1] },
      ),
      replies: [{ kind: 'text', text: `答复：${JSON.stringify(keywords)}` }],
      ...overrides,
    },
  });
}

/** An image of the account's media library (the row only; the file is not needed). */
export async function buildMedia(db: Database, accountId: number, createdBy: number) {
  return db.k
    .insertInto('media')
    .values({
      account_id: accountId,
      sha256: Math.random().toString(16).slice(2).padEnd(64, '0'),
      mime: 'image/png',
      size: 68,
      storage_key: `ab/${Math.random().toString(36).slice(2)}.png`,
      created_by: createdBy,
      created_at: Date.now(),
    })
    .returning(['id', 'storage_key'])
    .executeTakeFirstOrThrow();
}

/** A published article of the account (rows only). */
export async function buildPublication(
  db: Database,
  accountId: number,
  createdBy: number,
  title = '高考报名须知',
) {
  const now = Date.now();
  const article = await db.k
    .insertInto('articles')
    .values({
      account_id: accountId,
      title,
      author: '',
      summary: `${title}摘要`,
      body_html: '<p>正文</p>',
      cover_media_id: null,
      status: 'published',
      created_by: createdBy,
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const slug = `s${Math.random().toString(36).slice(2, 10)}`;
  return db.k
    .insertInto('publications')
    .values({
      account_id: accountId,
      article_id: article.id,
      slug,
      seq: Math.floor(Math.random() * 1e9),
      title,
      summary: `${title}摘要`,
      cover_url: null,
      published_by: createdBy,
      published_at: now,
    })
    .returning(['id', 'slug'])
    .executeTakeFirstOrThrow();
}
