import { describe, expect, it } from 'vitest';
import { combine, compileDictionary, compilePart, scanText } from './matcher.js';
import { normalize } from './normalize.js';
import { formatExport, parseImport } from './parse.js';

const dict = (...words: Array<[string, 'block' | 'warn']>) =>
  compileDictionary(words.map(([w, level]) => ({ normalized: normalize(w), level })));

/** The original text of every hit, as the editor highlights it. */
const spans = (d: ReturnType<typeof dict>, text: string) =>
  scanText(d, text).map((h) => [h.word, h.level, text.slice(h.start, h.end), h.start] as const);

describe('normalisation', () => {
  it('folds width, case, traditional script and drops separators', () => {
    expect(normalize('ＡＢＣ１２３')).toBe('abc123');
    expect(normalize('FaLun')).toBe('falun');
    expect(normalize('國家級 賭博')).toBe('国家级赌博');
    expect(normalize('裡')).toBe(normalize('裏')); // regional variants fold like the standard form
    expect(normalize('法*轮')).toBe('法轮');
    expect(normalize('法 轮')).toBe('法轮');
    expect(normalize('法.轮')).toBe('法轮');
    expect(normalize('法\u200b轮')).toBe('法轮'); // zero-width space
    expect(normalize('法　轮')).toBe('法轮'); // ideographic space
    expect(normalize('法😀轮')).toBe('法轮'); // emoji (astral symbol)
    expect(normalize('法，轮！')).toBe('法轮');
    expect(normalize('𠀀')).toBe('𠀀'); // an astral ideograph stays
  });
});

describe('matching', () => {
  const d = dict(['法轮', 'block'], ['赌博', 'block'], ['最高级', 'warn'], ['sb', 'warn']);

  it('reports block and warn hits with their original spans', () => {
    const text = '本店产品最高级，拒绝赌博。';
    expect(spans(d, text)).toEqual([
      ['最高级', 'warn', '最高级', 4],
      ['赌博', 'block', '赌博', 10],
    ]);
  });

  it('finds words through separators, widths, case and traditional script, spanning what was typed', () => {
    const text = '甲法*轮乙 法 . 轮丙 賭　博 丁ＳＢ戊 S-b';
    expect(spans(d, text)).toEqual([
      ['法轮', 'block', '法*轮', 1],
      ['法轮', 'block', '法 . 轮', 6],
      ['赌博', 'block', '賭　博', 13],
      ['sb', 'warn', 'ＳＢ', 18],
      ['sb', 'warn', 'S-b', 22],
    ]);
  });

  it('keeps offsets right after characters outside the BMP', () => {
    const text = '😀𠀀法😀轮'; // two units each before 法
    expect(spans(d, text)).toEqual([['法轮', 'block', '法😀轮', 4]]);
  });

  it('a word listed twice counts with the stricter level; text without words has no hits', () => {
    const both = compileDictionary([
      { normalized: '赌博', level: 'warn' },
      { normalized: '赌博', level: 'block' },
      { normalized: '赌博', level: 'warn' },
    ]);
    expect(scanText(both, '赌博')[0]!.level).toBe('block');
    // The same across lists (the platform's and an account's): one hit, the stricter level.
    const platform = compilePart([
      { normalized: '赌博', level: 'warn' },
      { normalized: '高级', level: 'warn' },
    ]);
    const account = compilePart([
      { normalized: '赌博', level: 'block' },
      { normalized: '内部', level: 'warn' },
    ]);
    expect(
      scanText(combine(platform, account), '内部赌博最高级').map((h) => [h.word, h.level, h.start]),
    ).toEqual([
      ['内部', 'warn', 0],
      ['赌博', 'block', 2],
      ['高级', 'warn', 5],
    ]);
    expect(combine(platform, account).size).toBe(3);
    expect(scanText(d, '今天天气很好')).toEqual([]);
    expect(scanText(compileDictionary([]), '赌博')).toEqual([]);
  });
});

describe('import and export formats', () => {
  it('reads text lines with optional levels, skipping blanks and comments', () => {
    const words = parseImport('text', '# 注释\n赌博\n\n最高级\twarn\n國家級\t提醒\r\n', 'block');
    expect(words.map((w) => [w.word, w.normalized, w.level, w.line])).toEqual([
      ['赌博', '赌博', 'block', 2],
      ['最高级', '最高级', 'warn', 4],
      ['國家級', '国家级', 'warn', 5],
    ]);
  });

  it('reads CSV with a header, quotes and notes', () => {
    const words = parseImport('csv', 'word,level,note\n赌博,block,违法\n"a,b",warn,"说""明"\n', 'block');
    expect(words.map((w) => [w.word, w.level, w.note])).toEqual([
      ['赌博', 'block', '违法'],
      ['a,b', 'warn', '说"明'],
    ]);
  });

  it('lists every bad line with its number and reason', () => {
    let err: { code?: string; details?: { errors: unknown[]; errorCount: number } } = {};
    try {
      parseImport('text', `赌博\n***\n最高级\tmaybe\n${'长'.repeat(31)}\na\tblock\tx\n`, 'block');
    } catch (e) {
      err = e as typeof err;
    }
    expect(err.code).toBe('SCREENING_IMPORT_INVALID');
    expect(err.details!.errors).toEqual([
      { line: 2, reason: 'empty', text: '***' },
      { line: 3, reason: 'bad_level', text: '最高级\tmaybe' },
      { line: 4, reason: 'too_long', text: '长'.repeat(31) },
      { line: 5, reason: 'too_many_fields', text: 'a\tblock\tx' },
    ]);
    expect(err.details!.errorCount).toBe(4);
    expect(() => parseImport('csv', 'x,block\n"open,warn\n', 'block')).toThrow(
      expect.objectContaining({
        details: expect.objectContaining({
          errors: [expect.objectContaining({ line: 2, reason: 'bad_csv' })],
        }),
      }),
    );
  });

  it('export reads back as the same list', () => {
    const list = [
      { word: '赌博', level: 'block' as const, note: '违法, 赌' },
      { word: '最高级', level: 'warn' as const, note: '' },
    ];
    const csv = parseImport('csv', formatExport('csv', list), 'block');
    expect(csv.map((w) => ({ word: w.word, level: w.level, note: w.note }))).toEqual(list);
    const text = parseImport('text', formatExport('text', list), 'warn');
    expect(text.map((w) => [w.word, w.level])).toEqual([
      ['赌博', 'block'],
      ['最高级', 'warn'],
    ]);
  });
});

describe('outermost hits', () => {
  it('drops a hit inside another at least as strict, keeps a block inside a warning', async () => {
    const { outermost } = await import('./gate.js');
    const d = dict(
      ['网络赌博', 'block'],
      ['赌博', 'block'],
      ['网络', 'warn'],
      ['最高级别', 'warn'],
      ['高级', 'block'],
    );
    const text = '网络赌博与最高级别';
    expect(outermost(scanText(d, text)).map((h) => [text.slice(h.start, h.end), h.level])).toEqual([
      ['网络赌博', 'block'],
      ['最高级别', 'warn'],
      ['高级', 'block'],
    ]);
  });
});
