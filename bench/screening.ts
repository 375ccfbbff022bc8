/**
 * The sensitive-word screening benchmark: throughput of screening 10 MB of Chinese text
 * (UTF-8 size) against a 20,000-word dictionary, next to the bare matcher library on the
 * same input and dictionary.
 *
 * - `screening.mbps`: `scanText` as the gate runs it — normalise the text (width, case,
 *   traditional → simplified, separators dropped, a position map kept), Aho–Corasick over
 *   the folded text, and every hit mapped back to its span in the original text;
 * - `screening.bare_mbps`: `@monyone/aho-corasick` (the same double-array variant) given the
 *   raw text and the same words, as it comes — which misses every disguised hit.
 *
 * Words: 2–6 characters from ~600 common characters, generated deterministically; the text
 * is sentences from the same characters (weighted towards the most common ones), with
 * punctuation, some traditional characters and full-width Latin letters, and dictionary
 * words planted every ~1,500 characters, some of them disguised (separators between the
 * characters, traditional script, full width). Both matchers run interleaved, several
 * rounds; the median of each is reported. Goal: screening ≥ 50% of bare. (An account with a
 * list of its own adds a second, small automaton over the same folded text: printed too.)
 */
import { performance } from 'node:perf_hooks';
import { AhoCorasick } from '@monyone/aho-corasick/fast';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import { combine, compileDictionary, compilePart, scanText } from '../src/modules/screening/matcher.js';
import { normalize, normalizeWithOrigin } from '../src/modules/screening/normalize.js';

const WORDS = Number(process.env.SCREENING_WORDS ?? 20_000);
const TEXT_BYTES = Number(process.env.SCREENING_MB ?? 10) * 1_000_000;
const ROUNDS = Number(process.env.SCREENING_ROUNDS ?? 5);

const COMMON =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处理府研质信计划教育卫生文化旅游交通运输公安民政财政人力资源社会保障自然资源生态环境住房城乡建设农业农村商务应急管理市场监督医疗保险税务统计乡村振兴营商环境便民服务政务公开防汛抗旱疫情防控安全生产';

/** Deterministic random numbers (mulberry32). */
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

const fmt = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function makeWords(rnd: () => number, chars: string[]): string[] {
  const words = new Set<string>();
  // Some Latin words too: they must match typed full-width or in capitals.
  for (const w of ['vpn', 'fq', 'sb', 'ccav', 'hk', 'tg', 'dl']) words.add(w);
  while (words.size < WORDS) {
    // 2–6 characters, mostly 3–4 as in real lists: two-character words are few, or random
    // text would hit them everywhere.
    const r = rnd();
    const len = r < 0.03 ? 2 : r < 0.35 ? 3 : r < 0.75 ? 4 : r < 0.9 ? 5 : 6;
    let w = '';
    for (let i = 0; i < len; i++) w += chars[Math.floor(rnd() * chars.length)];
    if (normalize(w) === w) words.add(w);
  }
  return [...words];
}

function makeText(rnd: () => number, chars: string[], words: string[], s2t: Map<string, string>) {
  const parts: string[] = [];
  let bytes = 0;
  let planted = 0;
  const disguises = [
    (w: string) => [...w].join('*'),
    (w: string) => [...w].join(' '),
    (w: string) => [...w].join('.'),
    (w: string) => [...w].join('\u200b'),
    (w: string) => [...w].map((c) => s2t.get(c) ?? c).join(''),
    (w: string) =>
      [...w]
        .map((c) => (c >= 'a' && c <= 'z' ? String.fromCharCode(c.charCodeAt(0) - 0x61 + 0xff41) : c))
        .join(''),
    (w: string) => w.toUpperCase(),
    (w: string) => w,
  ];
  while (bytes < TEXT_BYTES) {
    let s = '';
    const len = 8 + Math.floor(rnd() * 30);
    for (let i = 0; i < len; i++) {
      // Weighted towards the most common characters, as real text is.
      const c = chars[Math.floor(rnd() * rnd() * chars.length)]!;
      const r = rnd();
      s += r < 0.04 ? (s2t.get(c) ?? c) : r < 0.045 ? 'ＡＢＣ１２３'[Math.floor(rnd() * 6)] : c;
    }
    if (rnd() < 0.02) {
      const w = words[Math.floor(rnd() * words.length)]!;
      s += disguises[Math.floor(rnd() * disguises.length)]!(w);
      planted++;
    }
    s += rnd() < 0.7 ? '，' : rnd() < 0.8 ? '。' : '。\n';
    parts.push(s);
    bytes += Buffer.byteLength(s);
  }
  return { text: parts.join(''), bytes, planted };
}

export async function run(): Promise<void> {
  const rnd = prng(20261207);
  const chars = [...new Set(COMMON)];
  // Simplified → traditional for the planted disguises (the inverse of OpenCC's table).
  const s2t = new Map<string, string>();
  for (const pair of TSCharacters.split('|')) {
    const [t, s] = pair.split(' ');
    if (t && s && !s2t.has(s)) s2t.set(s, t);
  }
  const words = makeWords(rnd, chars);
  const { text, bytes, planted } = makeText(rnd, chars, words, s2t);
  const mb = bytes / 1_000_000;
  console.log(
    `dictionary: ${words.length} words; text: ${fmt(mb)} MB (${text.length} UTF-16 units), ${planted} words planted`,
  );

  let t = performance.now();
  const dict = compileDictionary(words.map((w) => ({ normalized: normalize(w), level: 'block' as const })));
  console.log(`screening dictionary compiled in ${fmt(performance.now() - t)} ms`);
  t = performance.now();
  const bare = new AhoCorasick(words);
  console.log(`bare automaton built in ${fmt(performance.now() - t)} ms`);

  const screened: number[] = [];
  const raw: number[] = [];
  let hits = 0;
  let bareHits = 0;
  for (let round = 0; round < ROUNDS; round++) {
    t = performance.now();
    bareHits = bare.matchInText(text).length;
    raw.push(performance.now() - t);
    t = performance.now();
    hits = scanText(dict, text).length;
    screened.push(performance.now() - t);
  }
  const mbps = mb / (median(screened) / 1000);
  const bareMbps = mb / (median(raw) / 1000);
  t = performance.now();
  for (let round = 0; round < ROUNDS; round++) normalizeWithOrigin(text);
  const normalizing = (performance.now() - t) / ROUNDS;
  console.log(`hits: screening ${hits}, bare ${bareHits} (the bare library misses disguised words)`);
  console.log(`of which normalising (with the position map): ${Math.round(normalizing)} ms a round`);
  console.table({
    screening: { 'median ms': Math.round(median(screened)), 'MB/s': fmt(mbps) },
    bare: { 'median ms': Math.round(median(raw)), 'MB/s': fmt(bareMbps) },
  });
  console.log(`BENCH screening.mbps ${fmt(mbps)} MB/s`);
  console.log(`BENCH screening.bare_mbps ${fmt(bareMbps)} MB/s`);
  console.log(`screening at ${fmt((100 * mbps) / bareMbps)}% of bare (goal ≥ 50%)`);

  // For information: an account with 200 words of its own is screened with two parts (the
  // shared platform automaton and its own), the text folded once and scanned by each.
  const own = compilePart(words.slice(0, 200).map((w) => ({ normalized: `${w}号`, level: 'warn' as const })));
  const both = combine(dict.parts[0]!, own);
  const twoParts: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    t = performance.now();
    scanText(both, text);
    twoParts.push(performance.now() - t);
  }
  console.log(`with an account list of 200 words too: ${fmt(mb / (median(twoParts) / 1000))} MB/s`);
}
