import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GuardIndex } from './guardIndex.js';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'testdata');
const read = (file: string) =>
  fs
    .readFileSync(path.join(dir, file), 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => l.split('\t'));

function indexOf(names: string[]): GuardIndex {
  return new GuardIndex(names.map((name, id) => ({ id, name })));
}

describe('guard: scored comparison', () => {
  const index = indexOf([
    '信阳市公安局',
    '南阳市公安局',
    '河南省教育厅',
    '郑州发布',
    '平安信阳',
    '福州市公安局',
  ]);
  const check = (name: string) => index.check(name);

  it('flags a name identical to a verified one with score 1', () => {
    expect(check('信阳市公安局')).toMatchObject({
      flagged: true,
      score: 1,
      closest: { name: '信阳市公安局' },
    });
    expect(check('  郑州发布 ')).toMatchObject({ flagged: true, score: 1 });
  });

  it.each([
    ['信阳公安局官方', '信阳市公安局', ['decoration', 'admin']],
    ['河南省敎育厅', '河南省教育厅', ['variant']],
    ['河南省教育廳', '河南省教育厅', ['variant']],
    ['信扬市公安局', '信阳市公安局', ['homophone']],
    ['xinyang公安局', '信阳市公安局', ['pinyin', 'admin']],
    ['信阳市安公局', '信阳市公安局', ['transpose']],
    ['信阳市公安分局', '信阳市公安局', ['insert']],
    ['信阳市安局', '信阳市公安局', ['delete']],
    ['【官方】信阳市公安局', '信阳市公安局', ['variant', 'decoration']],
    ['信阳市 公安局🔥', '信阳市公安局', ['variant']],
    ['郑州发布官方', '郑州发布', ['decoration']],
    ['郑州发怖', '郑州发布', ['homophone']],
    ['郑州布发', '郑州发布', ['transpose']],
    ['ＸＩＮＹＡＮＧ市公安局', '信阳市公安局', ['variant', 'pinyin']],
  ])('flags the look-alike %s of %s', (candidate, closest, kinds) => {
    const r = check(candidate);
    expect(r.flagged).toBe(true);
    expect(r.score).toBeLessThan(1);
    expect(r.closest?.name).toBe(closest);
    expect(r.differences.map((d) => d.kind)).toEqual(expect.arrayContaining(kinds));
  });

  it.each([
    ['湖南省教育厅'], // one character of the province
    ['洛阳市公安局'], // one character of the city
    ['信阳市交通运输局'], // another department
    ['信阳县公安局'], // another level: 市 → 县
    ['抚州市公安局'], // 福 fú / 抚 fǔ: another tone is another place
    ['南阳发布'],
    ['平安南阳'],
  ])('leaves the distinct real name %s clear', (candidate) => {
    const r = check(candidate);
    expect(r.flagged).toBe(false);
    expect(r.score).toBeLessThan(0.6);
  });

  it('excludes the account’s own entry', () => {
    const r = index.check('信阳市公安局', (id) => id === 0);
    expect(r.closest?.name).not.toBe('信阳市公安局');
  });
});

describe.each(['dev', 'heldout'])('guard: evaluation list (%s)', (set) => {
  const verified = read(`${set}-verified.txt`).map((l) => l[0]!);
  const lookalikes = read(`${set}-lookalikes.txt`);
  const distinct = read(`${set}-distinct.txt`);
  const index = indexOf(verified);

  it('flags ≥ 95% of look-alikes and ≤ 2% of distinct real names', () => {
    const missed = lookalikes.filter(([candidate]) => !index.check(candidate!).flagged);
    const wrong = distinct.filter(([candidate]) => index.check(candidate!).flagged);
    const flaggedRate = 1 - missed.length / lookalikes.length;
    const falseRate = wrong.length / distinct.length;
    console.log(
      `guard ${set}: ${verified.length} verified; look-alikes flagged ${(flaggedRate * 100).toFixed(1)}% ` +
        `(${lookalikes.length}); distinct real names flagged ${(falseRate * 100).toFixed(1)}% (${distinct.length})`,
    );
    expect(lookalikes.length).toBeGreaterThan(500);
    expect(distinct.length).toBeGreaterThan(300);
    expect(flaggedRate).toBeGreaterThanOrEqual(0.95);
    expect(falseRate).toBeLessThanOrEqual(0.02);
  });

  it('every look-alike method is caught on its own (≥ 90% each)', () => {
    const byMethod = new Map<string, { n: number; hit: number }>();
    for (const [candidate, method] of lookalikes) {
      const m = byMethod.get(method!) ?? { n: 0, hit: 0 };
      m.n++;
      if (index.check(candidate!).flagged) m.hit++;
      byMethod.set(method!, m);
    }
    expect(byMethod.size).toBeGreaterThanOrEqual(12);
    for (const [method, m] of byMethod)
      expect({ method, rate: m.hit / m.n >= 0.9 }).toEqual({ method, rate: true });
  });

  it('the index finds every name a comparison with every name would flag', () => {
    for (const [candidate] of [...lookalikes.slice(0, 150), ...distinct.slice(0, 150)]) {
      const fast = index.check(candidate!);
      const slow = index.checkNaive(candidate!);
      // Far names may be ranked differently; the verdict and the score of a close one may not.
      expect({ candidate, flagged: fast.flagged }).toEqual({ candidate, flagged: slow.flagged });
      if (slow.flagged) expect({ candidate, score: fast.score }).toEqual({ candidate, score: slow.score });
    }
  });
});
