import { describe, expect, it } from 'vitest';
import { foldPattern, foldText, foldWithOffsets, MATCH_INPUT_MAX } from './fold.js';
import { requiredLiteral } from './literal.js';

describe('foldText', () => {
  it('turns full-width digits and letters into half-width, lower case', () => {
    expect(foldText('１')).toBe('1');
    expect(foldText('ＡＢＣ')).toBe('abc');
    expect(foldText('ABC def')).toBe('abcdef');
    expect(foldText('Ｇａｏｋａｏ２０２７')).toBe('gaokao2027');
  });

  it('drops every kind of whitespace and invisible format character', () => {
    expect(foldText(' 查 成绩\t\n')).toBe('查成绩');
    expect(foldText('查\u3000成绩')).toBe('查成绩'); // ideographic space
    expect(foldText('查\u200b成\u00a0绩\ufeff')).toBe('查成绩'); // zero-width, no-break, BOM
  });

  it('leaves Chinese characters and punctuation meaning intact (NFKC compatibility forms)', () => {
    expect(foldText('高考成绩？')).toBe('高考成绩?');
    expect(foldText('①')).toBe('1');
    expect(foldText('㈠')).toBe('(一)');
    expect(foldText('（河南）')).toBe('(河南)');
  });

  it('reads only the first MATCH_INPUT_MAX characters', () => {
    expect(foldText('好'.repeat(MATCH_INPUT_MAX + 50)).length).toBe(MATCH_INPUT_MAX);
  });
});

describe('foldWithOffsets', () => {
  it('maps a range of the folded text back to what was typed', () => {
    const f = foldWithOffsets('请问 ＡＢ 成绩');
    expect(f.folded).toBe('请问ab成绩');
    const start = f.folded.indexOf('ab');
    expect(f.toOriginal([start, start + 2])).toEqual([3, 5]);
    const s2 = f.folded.indexOf('成绩');
    expect('请问 ＡＢ 成绩'.slice(...f.toOriginal([s2, s2 + 2]))).toBe('成绩');
  });

  it('one typed character that folds to several maps back to itself', () => {
    const f = foldWithOffsets('x㈠y');
    expect(f.folded).toBe('x(一)y');
    expect(f.toOriginal([1, 4])).toEqual([1, 2]);
  });
});

describe('foldPattern', () => {
  it('folds literals like messages (full-width, upper case) and keeps class escapes and names as written', () => {
    expect(foldPattern('^１$')).toBe('^1$');
    expect(foldPattern('[０-９]{4}年')).toBe('[0-9]{4}年');
    expect(foldPattern('ABC[A-Z]Ｘ')).toBe('abc[a-z]x');
    expect(foldPattern('\\D+\\W\\S\\B成绩')).toBe('\\D+\\W\\S\\B成绩');
    expect(foldPattern('\\p{Script=Han}+\\P{Lu}\\cJ')).toBe('\\p{Script=Han}+\\P{Lu}\\cJ');
    expect(foldPattern('(?<Year>\\d{4})年\\k<Year>')).toBe('(?<Year>\\d{4})年\\k<Year>');
    expect(foldPattern('(?<=A)b(?<!C)')).toBe('(?<=a)b(?<!c)');
  });

  it('code escapes fold like the characters they name, so they match what messages fold to', () => {
    expect(foldPattern('\\u{4E2D}\\u4E2D\\x4A')).toBe('中中j');
    expect(foldPattern('\\u0041BC')).toBe('abc');
    expect(foldPattern('\\uFF11号')).toBe('1号');
    expect(foldPattern('\\x2e\\x20')).toBe('\\.');
    expect(new RegExp(foldPattern('\\u0041BC'), 'u').test(foldText('ABC'))).toBe(true);
  });

  it('a character that folds away takes its quantifier along; one that folds to several is grouped', () => {
    expect(foldPattern('你好\u3000?吗')).toBe('你好吗');
    expect(foldPattern('a\\x20*b')).toBe('ab');
    expect(foldPattern('5㎏?')).toBe('5(?:kg)?');
    expect(new RegExp(foldPattern('你好\u3000?吗'), 'u').test(foldText('你吗'))).toBe(false);
  });

  it('a folded pattern matches folded text without the i flag', () => {
    const re = new RegExp(foldPattern('GaoKao\\d+'), 'u');
    expect(re.test(foldText('ＧＡＯＫＡＯ２０２７'))).toBe(true);
    expect(new RegExp(foldPattern('\\D'), 'u').test('1')).toBe(false);
  });

  it('escapes characters that NFKC turns into regex syntax, so they stay literal', () => {
    expect(foldPattern('（河南）')).toBe('\\(河南\\)');
    expect(new RegExp(foldPattern('（河南）'), 'u').test(foldText('（河南）'))).toBe(true);
    expect(foldPattern('[－]')).toBe('[\\-]');
  });

  it('drops whitespace, as folded messages have none', () => {
    expect(foldPattern('查询 成绩')).toBe('查询成绩');
  });
});

describe('requiredLiteral', () => {
  it('finds the longest literal every match must contain', () => {
    expect(requiredLiteral('办理.*进度')).toBe('办理');
    expect(requiredLiteral('^(查询)?高考成绩$')).toBe('高考成绩');
    expect(requiredLiteral('\\d{4}年高考')).toBe('年高考');
    expect(requiredLiteral('ABC\\.d')).toBe('abc.d');
  });

  it('drops characters that may be absent and stops at repeated ones', () => {
    expect(requiredLiteral('成绩?查询')).toBe('查询');
    expect(requiredLiteral('a*bcd')).toBe('bcd');
    expect(requiredLiteral('ab+cd')).toBe('ab');
    expect(requiredLiteral('ab{0,2}cd')).toBe('cd');
  });

  it('answers null when no literal is certain', () => {
    expect(requiredLiteral('成绩|分数')).toBeNull();
    expect(requiredLiteral('^\\d{11}$')).toBeNull();
    expect(requiredLiteral('(成绩|分数)')).toBeNull();
    expect(requiredLiteral('[甲乙]')).toBeNull();
  });

  it('does not take the tail of a code escape or a back-reference for required text', () => {
    expect(requiredLiteral('\\u4e2d国')).toBe('国');
    expect(requiredLiteral('\\x31\\x32号')).toBe('号');
    expect(requiredLiteral('\\cJ行')).toBe('行');
    expect(requiredLiteral('(?<y>\\d)年\\k<y>')).toBe('年');
    expect(requiredLiteral('(a)b\\12c')).toBe('b');
    expect(requiredLiteral('\\u{4e2d}国')).toBe('国');
  });

  it('takes folded literals as they are, escaped syntax included', () => {
    expect(requiredLiteral('σx')).toBe('σx');
    expect(requiredLiteral('\\(河南\\)')).toBe('(河南)');
  });
});
