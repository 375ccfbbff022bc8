/**
 * The automatic-reply benchmark: how long the engine takes to choose a reply for a citizen's
 * message on an account with 10, 1,000 and 10,000 keyword rules (SQLite in WAL mode in a
 * fresh temp file).
 *
 * What is measured is `AutoReplyEngine.choose()` as production calls it: the per-message read
 * of the account's settings row (rules version, greeting, default — one primary-key query on
 * SQLite), then matching against the warm in-memory index (folding, exact map, Aho–Corasick,
 * prefiltered regexes) and resolving the winning rule's text replies. The index build (once
 * per rules version) is reported separately. The three accounts are measured interleaved,
 * message by message, so drift in the machine's speed affects all sizes alike.
 *
 * Rules mix 60% exact, 30% contains and 10% regex keywords built from realistic Chinese
 * government-service vocabulary (place × matter × action); messages are 35% exact hits, 30%
 * sentences containing a contains-keyword, 10% regex hits and 25% misses (which fall through
 * to the default reply).
 *
 * Goal: p99 < 0.5 ms at 10,000 rules and within 3× of the 10-rule figure.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase, type Database } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { AutoReplyEngine } from '../src/modules/autoreplies/engine.js';
import { foldPattern, foldText } from '../src/modules/autoreplies/fold.js';
import {
  buildIndex,
  matchIndex,
  type IndexRule,
  type MatchType,
} from '../src/modules/autoreplies/matcher.js';
import { AutoRepliesRepository } from '../src/modules/autoreplies/repository.js';

const SIZES = (
  process.env.AR_SIZES ? process.env.AR_SIZES.split(',').map(Number) : [10, 1_000, 10_000]
) as readonly number[];
const SAMPLES = 5_000;
const WARMUP = 500;

const PLACES = [
  '郑州',
  '开封',
  '洛阳',
  '平顶山',
  '安阳',
  '鹤壁',
  '新乡',
  '焦作',
  '濮阳',
  '许昌',
  '漯河',
  '三门峡',
  '南阳',
  '商丘',
  '信阳',
  '周口',
  '驻马店',
  '济源',
  '金水区',
  '二七区',
];
const MATTERS = [
  '身份证',
  '户口',
  '社保卡',
  '医保',
  '公积金',
  '驾驶证',
  '行驶证',
  '营业执照',
  '护照',
  '港澳通行证',
  '居住证',
  '结婚登记',
  '出生证明',
  '学籍',
  '毕业证',
  '教师资格证',
  '不动产登记',
  '个税',
  '养老金',
  '低保',
  '残疾证',
  '退役军人优待证',
  '电动车牌照',
  '违章',
  '高考成绩',
  '中考成绩',
  '助学贷款',
  '法律援助',
  '信访件',
  '营商环境',
];
const ACTIONS = [
  '办理',
  '补办',
  '查询',
  '进度',
  '材料',
  '地点',
  '时间',
  '流程',
  '费用',
  '预约',
  '异地办理',
  '网上办理',
  '咨询电话',
  '注销',
  '变更',
  '年审',
  '续期',
  '挂失',
  '领取',
  '投诉',
];
const FILLERS = ['请问', '我想问一下', '麻烦问下', '您好，', '你好', '想咨询', '急！', '打扰了，'];
const MISSES = [
  '今天天气怎么样',
  '谢谢你们的回复',
  '在吗',
  '好的收到',
  '周末加班吗',
  '哈哈',
  '我觉得服务很好，点赞',
  '这个公众号是官方的吗',
];

/** A small deterministic PRNG (mulberry32), so every run measures the same rules and messages. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface GenKeyword {
  keyword: string;
  matchType: MatchType;
  /** A message this keyword answers. */
  sample: string;
}

function generateKeywords(n: number, rnd: () => number): GenKeyword[] {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const out: GenKeyword[] = [];
  const used = new Set<string>();
  for (let i = 0; out.length < n; i++) {
    const r = i % 10;
    const place = pick(PLACES);
    const matter = pick(MATTERS);
    const action = pick(ACTIONS);
    let kw: GenKeyword;
    if (r < 6) {
      const keyword = `${place}${matter}${action}`;
      kw = { keyword, matchType: 'exact', sample: rnd() < 0.3 ? ` ${keyword} ` : keyword };
    } else if (r < 9) {
      const keyword = `${place}${matter}`;
      kw = { keyword, matchType: 'contains', sample: `${pick(FILLERS)}${keyword}${action}需要带什么？` };
    } else {
      // Regex keywords as editors write them: a literal plus a bounded gap and alternatives.
      const keyword = `${place}.{0,4}${matter}.{0,6}(${action}|办)`;
      kw = { keyword, matchType: 'regex', sample: `${pick(FILLERS)}${place}市${matter}怎么${action}` };
    }
    if (used.has(`${kw.matchType}:${kw.keyword}`)) continue;
    used.add(`${kw.matchType}:${kw.keyword}`);
    out.push(kw);
  }
  return out;
}

async function seedAccount(database: Database, rules: number, rnd: () => number) {
  const now = Date.now();
  const account = await database.k
    .insertInto('accounts')
    .values({
      handle: `bench-${rules}`,
      name: `自动回复基准${rules}`,
      level: 'provincial',
      department_type: 'education',
      region_code: '410000',
      owning_unit: '基准测试',
      contact: '12345',
      avatar_url: null,
      introduction: '',
      created_at: now,
      updated_at: now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const keywords = generateKeywords(rules, rnd);
  // Two regexes without a required literal: the matcher must run them on every message.
  if (rules >= 1_000) {
    keywords[keywords.length - 1] = { keyword: '^1[3-9]\\d{9}$', matchType: 'regex', sample: '13912345678' };
    keywords[keywords.length - 2] = {
      keyword: '^[a-z]{2}\\d{6,8}$',
      matchType: 'regex',
      sample: 'HA1234567',
    };
  }
  for (let i = 0; i < keywords.length; i += 500) {
    const chunk = keywords.slice(i, i + 500);
    const ids = await database.k
      .insertInto('autoreply_rules')
      .values(
        chunk.map((k, j) => ({
          account_id: account.id,
          name: `规则${i + j}`,
          priority: (i + j) % 7 === 0 ? 1 : 0,
          reply_mode: 'all' as const,
          replies_json: JSON.stringify([
            { kind: 'text', text: `关于“${k.keyword}”：请携带本人身份证到政务服务中心办理。` },
          ]),
          created_by: null,
          created_at: now,
          updated_at: now,
        })),
      )
      .returning('id')
      .execute();
    await database.k
      .insertInto('autoreply_keywords')
      .values(
        chunk.map((k, j) => ({
          rule_id: ids[j]!.id,
          account_id: account.id,
          position: 0,
          keyword: k.keyword,
          folded: k.matchType === 'regex' ? foldPattern(k.keyword) : foldText(k.keyword),
          match_type: k.matchType,
        })),
      )
      .execute();
  }
  await AutoRepliesRepository.of(database).bumpVersion(account.id, now);
  await database.k
    .updateTable('autoreply_settings')
    .set({
      default_json: JSON.stringify({
        enabled: true,
        mode: 'all',
        replies: [{ kind: 'text', text: '留言已收到' }],
      }),
    })
    .where('account_id', '=', account.id)
    .execute();
  return { accountId: account.id, keywords };
}

function messages(keywords: readonly GenKeyword[], n: number, rnd: () => number): string[] {
  const by = (t: MatchType) => keywords.filter((k) => k.matchType === t);
  const [exact, contains, regex] = [by('exact'), by('contains'), by('regex')];
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  return Array.from({ length: n }, () => {
    const r = rnd();
    if (r < 0.35 && exact.length) return pick(exact).sample;
    if (r < 0.65 && contains.length) return pick(contains).sample;
    if (r < 0.75 && regex.length) return pick(regex).sample;
    return `${pick(MISSES)}${pick(FILLERS)}${pick(PLACES)}`;
  });
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const fmt = (v: number) =>
  v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v >= 0.1 ? v.toFixed(3) : v.toFixed(4);

export async function run(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zw-bench-autoreply-'));
  const database = openDatabase({ sqliteFile: path.join(dir, 'autoreply.sqlite') });
  const report = (name: string, value: number, unit: string) =>
    console.log(`BENCH ${name} ${fmt(value)} ${unit}`);
  try {
    await migrateToLatest(database);
    await database.k
      .insertInto('regions')
      .values({ code: '410000', name: '河南省', parent_code: null, level: 1 })
      .execute();
    const rnd = prng(20261125);
    const engine = AutoReplyEngine.of(database);
    const worlds: Array<{
      size: number;
      accountId: number;
      index: ReturnType<typeof buildIndex>;
      msgs: string[];
      samples: number[];
      pure: number[];
      hits: number;
    }> = [];
    for (const size of SIZES) {
      const { accountId, keywords } = await seedAccount(database, size, rnd);
      // Index build: what the first message after a rule write pays, once per process.
      const rules: IndexRule[] = keywords.map((k, id) => ({
        id,
        priority: 0,
        keywords: [{ ...k, folded: k.matchType === 'regex' ? foldPattern(k.keyword) : foldText(k.keyword) }],
      }));
      const t = performance.now();
      const index = buildIndex(rules);
      report(`autoreply.index_build_ms_${size}`, performance.now() - t, 'ms');
      await engine.choose(accountId, { kind: 'text', text: '预热' });
      worlds.push({
        size,
        accountId,
        index,
        msgs: messages(keywords, SAMPLES + WARMUP, rnd),
        samples: [],
        pure: [],
        hits: 0,
      });
    }

    for (let i = 0; i < SAMPLES + WARMUP; i++) {
      for (const w of worlds) {
        const text = w.msgs[i]!;
        const t0 = performance.now();
        const chosen = await engine.choose(w.accountId, { kind: 'text', text });
        const t1 = performance.now();
        matchIndex(w.index, text);
        const t2 = performance.now();
        if (i < WARMUP) continue;
        w.samples.push(t1 - t0);
        w.pure.push(t2 - t1);
        if (chosen?.reason === 'keyword') w.hits++;
      }
    }

    console.log('\n rules   choose p50   choose p99   match-only p99   keyword hits');
    for (const w of worlds) {
      const p50 = percentile(w.samples, 50);
      const p99 = percentile(w.samples, 99);
      report(`autoreply.match_p50_ms_${w.size}`, p50, 'ms');
      report(`autoreply.match_p99_ms_${w.size}`, p99, 'ms');
      report(`autoreply.match_only_p99_ms_${w.size}`, percentile(w.pure, 99), 'ms');
      console.log(
        `${String(w.size).padStart(6)}   ${fmt(p50).padStart(8)} ms  ${fmt(p99).padStart(8)} ms  ` +
          `${fmt(percentile(w.pure, 99)).padStart(10)} ms   ${((100 * w.hits) / SAMPLES).toFixed(0)}%`,
      );
    }
    const p99 = (size: number) => percentile(worlds.find((w) => w.size === size)!.samples, 99);
    const ratio = p99(10_000) / p99(10);
    console.log(
      `\ngoal: p99 at 10,000 rules < 0.5 ms (${fmt(p99(10_000))} ms: ${p99(10_000) < 0.5 ? 'met' : 'NOT met'}); ` +
        `within 3× of 10 rules (${ratio.toFixed(2)}×: ${ratio <= 3 ? 'met' : 'NOT met'})`,
    );
  } finally {
    await database.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
