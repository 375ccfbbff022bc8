import { describe, expect, it } from 'vitest';
import { foldPattern, foldText } from './fold.js';
import { buildIndex, matchIndex, matchKey, type IndexRule, type MatchType } from './matcher.js';

const kw = (keyword: string, matchType: MatchType = 'exact') => ({
  keyword,
  matchType,
  folded: matchType === 'regex' ? foldPattern(keyword) : foldText(keyword),
});
const rule = (id: number, keywords: ReturnType<typeof kw>[], priority = 0): IndexRule => ({
  id,
  priority,
  keywords,
});
const winner = (rules: IndexRule[], text: string) =>
  matchIndex(buildIndex(rules), text).candidates[0] ?? null;

describe('matchIndex', () => {
  it('exact matches only the whole (folded) message', () => {
    const rules = [rule(1, [kw('成绩查询')])];
    expect(winner(rules, '成绩查询')).toMatchObject({ ruleId: 1, matchType: 'exact', at: [0, 4] });
    expect(winner(rules, ' 成绩 查询 ')).toMatchObject({ ruleId: 1 });
    expect(winner(rules, '我要成绩查询')).toBeNull();
  });

  it('contains matches anywhere, and reports where', () => {
    const rules = [rule(1, [kw('高考', 'contains')])];
    expect(winner(rules, '今年高考几号')).toMatchObject({ ruleId: 1, matchType: 'contains', at: [2, 4] });
    expect(winner(rules, '中考几号')).toBeNull();
  });

  it('a regex written with code escapes is still found through the index', () => {
    const rules = [rule(1, [kw('\\u4e2d国', 'regex')]), rule(2, [kw('\\x31\\x32号', 'regex')])];
    expect(winner(rules, '中国')).toMatchObject({ ruleId: 1, matchType: 'regex' });
    expect(winner(rules, '12号')).toMatchObject({ ruleId: 2, matchType: 'regex' });
  });

  it('regex matches on the folded text, with or without a prefilter literal', () => {
    const rules = [rule(1, [kw('^\\d{11}$', 'regex')]), rule(2, [kw('办理.*进度', 'regex')])];
    const index = buildIndex(rules);
    expect(index.alwaysRun).toHaveLength(1);
    expect(index.byPattern.has('办理')).toBe(true);
    expect(winner(rules, '１３９００００００００')).toMatchObject({ ruleId: 1, matchType: 'regex' });
    expect(winner(rules, '我想问办理身份证的进度')).toMatchObject({ ruleId: 2, at: [3, 11] });
    expect(winner(rules, '进度如何办理')).toBeNull();
  });

  it('the numbered replies 1–5 answer half-width and full-width digits alike', () => {
    const rules = [1, 2, 3, 4, 5].map((n) => rule(n, [kw(String(n))]));
    for (const n of [1, 2, 3, 4, 5]) {
      expect(winner(rules, String(n))?.ruleId).toBe(n);
      expect(winner(rules, String.fromCharCode(0xff10 + n))?.ruleId).toBe(n);
    }
    expect(winner(rules, '12')).toBeNull();
    expect(winner(rules, '6')).toBeNull();
  });

  it('higher priority wins over a better match type', () => {
    const rules = [rule(1, [kw('高考成绩')], 0), rule(2, [kw('成绩', 'contains')], 5)];
    expect(winner(rules, '高考成绩')).toMatchObject({ ruleId: 2, matchType: 'contains' });
  });

  it('at equal priority exact beats contains beats regex, then the older rule', () => {
    const rules = [
      rule(1, [kw('成.', 'regex')]),
      rule(2, [kw('成绩', 'contains')]),
      rule(3, [kw('高考成绩')]),
      rule(4, [kw('成绩', 'contains')]),
    ];
    const { candidates } = matchIndex(buildIndex(rules), '高考成绩');
    expect(candidates.map((c) => [c.ruleId, c.matchType])).toEqual([
      [3, 'exact'],
      [2, 'contains'],
      [4, 'contains'],
      [1, 'regex'],
    ]);
  });

  it('a rule matched by several keywords counts once, with its best keyword', () => {
    const rules = [rule(1, [kw('成绩', 'contains'), kw('查成绩'), kw('成绩', 'regex')])];
    const { candidates } = matchIndex(buildIndex(rules), '查成绩');
    expect(candidates).toEqual([
      { ruleId: 1, priority: 0, keyword: '查成绩', matchType: 'exact', at: [0, 3] },
    ]);
  });

  it('regexes read only the first 500 folded characters', () => {
    const rules = [rule(1, [kw('尾巴$', 'regex')])];
    expect(winner(rules, '好'.repeat(100) + '尾巴')).not.toBeNull();
    expect(winner(rules, '好'.repeat(600) + '尾巴')).toBeNull();
    // Nor does "ends with" hold where the cut falls: the message goes on after it.
    expect(winner(rules, '好'.repeat(498) + '尾巴' + '还有很多字'.repeat(20))).toBeNull();
    expect(winner([rule(2, [kw('^好+', 'regex')])], '好'.repeat(600))).toMatchObject({ ruleId: 2 });
  });

  it('a pattern that does not compile is skipped, not fatal', () => {
    const rules = [rule(1, [{ keyword: '(', folded: '(', matchType: 'regex' }]), rule(2, [kw('好')])];
    expect(winner(rules, '好')?.ruleId).toBe(2);
  });

  it('an empty message matches nothing', () => {
    expect(winner([rule(1, [kw('.*', 'regex')])], '   ')).toBeNull();
  });
});

describe('matchKey', () => {
  it('a menu click matches exact keywords on its key only', () => {
    const index = buildIndex([
      rule(1, [kw('GAOKAO_SCORE')]),
      rule(2, [kw('GAOKAO', 'contains')], 9),
      rule(3, [kw('gaokao_score')], 1),
    ]);
    expect(matchKey(index, 'GAOKAO_SCORE').candidates.map((c) => c.ruleId)).toEqual([3, 1]);
    expect(matchKey(index, 'HOTLINES').candidates).toEqual([]);
  });
});
