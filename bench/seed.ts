/**
 * Bulk seeding for the benchmarks: plain better-sqlite3 statements on the database file,
 * inside large transactions. Seeding is not measured; only its result matters.
 */
import SQLite from 'better-sqlite3';
import { openidFor } from '../src/modules/follows/openid.js';

export interface FeedWorld {
  accounts: number;
  citizens: number;
  follows: number;
  publications: number;
  /** Account with half a million followers. */
  bigAccountId: number;
  /** Account with ten followers. */
  smallAccountId: number;
  /** Citizen following `followedByReader` accounts, whose feed is read. */
  readerId: number;
  followedByReader: number;
  editorId: number;
  /** Draft article ids ready for publishing, per account. */
  drafts: Map<number, number[]>;
}

const T0 = Date.UTC(2026, 0, 1);

export function openRaw(file: string): SQLite.Database {
  const db = new SQLite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  db.pragma('cache_size = -262144');
  return db;
}

export function seedFeedWorld(
  file: string,
  pseudonymKey: string,
  opts = {
    accounts: 1000,
    citizens: 500_000,
    bigFollowers: 500_000,
    follows: 1_000_000,
    publications: 200_000,
    readerFollows: 50,
    drafts: 1_050,
  },
): FeedWorld {
  const db = openRaw(file);
  const big = 1;
  const small = 2;
  const reader = 1;
  try {
    db.prepare(
      `insert or ignore into regions (code, name, parent_code, level) values ('410000', '河南省', null, 1)`,
    ).run();
    const insAccount = db.prepare(
      `insert into accounts (id, handle, name, level, department_type, region_code, owning_unit, contact, introduction, verified, created_at, updated_at)
       values (?, ?, ?, 'county', 'civil_affairs', '410000', '单位', '0371-0000000', '简介', 1, ?, ?)`,
    );
    db.transaction(() => {
      for (let a = 1; a <= opts.accounts; a++) insAccount.run(a, `bench-${a}`, `基准公众号${a}`, T0, T0);
    })();

    const insCitizen = db.prepare('insert into citizens (id, phone, created_at) values (?, ?, ?)');
    db.transaction(() => {
      for (let c = 1; c <= opts.citizens; c++) insCitizen.run(c, String(13_000_000_000 + c), T0);
    })();

    // Follow edges: the big account is followed by citizens 1..bigFollowers, the small one by
    // ten, and the rest spread evenly over the other accounts. The reader (citizen 1) follows
    // the big account and accounts 3..(readerFollows+1).
    const insFollow = db.prepare(
      'insert into follows (account_id, citizen_id, openid, followed_at, last_read_seq, scene) values (?, ?, ?, ?, 0, null)',
    );
    const counts = new Map<number, number>();
    const add = (a: number, c: number, t: number) => {
      insFollow.run(a, c, openidFor(pseudonymKey, a, c), t);
      counts.set(a, (counts.get(a) ?? 0) + 1);
    };
    let edges = 0;
    db.transaction(() => {
      for (let c = 1; c <= opts.bigFollowers; c++) add(big, c, T0 + c);
      for (let c = 1; c <= 10; c++) add(small, 1000 + c, T0 + c);
      edges = opts.bigFollowers + 10;
    })();
    const others = opts.accounts - 2;
    const remaining = opts.follows - edges;
    const chunk = 100;
    for (let first = 3; first <= opts.accounts; first += chunk) {
      db.transaction(() => {
        for (let a = first; a < Math.min(first + chunk, opts.accounts + 1); a++) {
          const i = a - 3;
          const n = Math.floor(remaining / others) + (i < remaining % others ? 1 : 0);
          // The reader's accounts start at citizen 1; every other account draws from citizens
          // 2..N, so the reader follows exactly readerFollows accounts. 13 is prime and does
          // not divide the pool size, so the n followers of one account are distinct.
          const reader = a <= opts.readerFollows + 1;
          const pool = reader ? opts.citizens : opts.citizens - 1;
          const base = reader ? 1 : 2;
          const offset = reader ? 0 : (a * 7919) % pool;
          for (let j = 0; j < n; j++) add(a, ((offset + j * 13) % pool) + base, T0 + j);
        }
      })();
    }
    edges = [...counts.values()].reduce((s, n) => s + n, 0);
    const setCount = db.prepare('update accounts set follower_count = ? where id = ?');
    db.transaction(() => {
      for (const [a, n] of counts) setCount.run(n, a);
    })();

    // Publications, interleaved in time across accounts, each with its article.
    const insArticle = db.prepare(
      `insert into articles (id, account_id, title, author, summary, body_html, cover_media_id, tier, status, version, created_by, created_at, updated_at)
       values (?, ?, ?, '', ?, ?, null, 1, ?, 1, 1, ?, ?)`,
    );
    const insPub = db.prepare(
      `insert into publications (id, account_id, article_id, slug, seq, title, summary, cover_url, published_by, published_at)
       values (?, ?, ?, ?, ?, ?, ?, null, 1, ?)`,
    );
    const body = '<p>为方便群众办事，现将有关事项通知如下。</p>'.repeat(4);
    db.transaction(() => {
      for (let k = 0; k < opts.publications; k++) {
        const a = (k % opts.accounts) + 1;
        const seq = Math.floor(k / opts.accounts) + 1;
        const at = T0 + k * 60_000;
        const title = `通知第${seq}号`;
        insArticle.run(k + 1, a, title, '摘要', body, 'published', at, at);
        insPub.run(k + 1, a, k + 1, `b${k.toString(36)}`, seq, title, '摘要', at);
      }
    })();
    db.prepare(
      `update accounts set
         publication_seq = (select max(seq) from publications p where p.account_id = accounts.id),
         last_publication_id = (select id from publications p where p.account_id = accounts.id order by seq desc limit 1),
         last_published_at = (select max(published_at) from publications p where p.account_id = accounts.id)`,
    ).run();

    const editor = db
      .prepare(
        `insert into staff_users (username, password_hash, display_name, created_at) values ('bench-editor', 'x', '编辑', ?) returning id`,
      )
      .get(T0) as { id: number };
    const insRole = db.prepare(
      `insert into staff_roles (user_id, account_id, role, granted_at) values (?, ?, 'editor', ?)`,
    );
    const drafts = new Map<number, number[]>();
    let articleId = opts.publications;
    db.transaction(() => {
      for (const a of [big, small]) {
        insRole.run(editor.id, a, T0);
        const ids: number[] = [];
        for (let i = 0; i < opts.drafts; i++) {
          insArticle.run(++articleId, a, `基准发布 ${i}`, '摘要', body, 'draft', T0, T0);
          ids.push(articleId);
        }
        drafts.set(a, ids);
      }
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
    return {
      accounts: opts.accounts,
      citizens: opts.citizens,
      follows: edges,
      publications: opts.publications,
      bigAccountId: big,
      smallAccountId: small,
      readerId: reader,
      followedByReader: opts.readerFollows,
      editorId: editor.id,
      drafts,
    };
  } finally {
    db.close();
  }
}
