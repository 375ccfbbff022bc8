import { describe, expect, it } from 'vitest';
import { pickVariant } from './match.js';
import { describeMenuError, summarizeMenuErrors } from './messages.js';
import { normalizeRegionPrefix, validateMenuSet, type AnyMenuError } from './menuSet.js';

const click = (name: string, key = 'K') => ({ type: 'click', name, key });
const menu = (...names: string[]) => ({ button: names.map((n) => click(n)) });
const errorsOf = (input: { default: unknown; variants: unknown }): AnyMenuError[] => {
  const r = validateMenuSet(input);
  return r.ok ? [] : r.errors;
};

describe('validateMenuSet', () => {
  it('names the faults of each menu under its own path', () => {
    const errors = errorsOf({
      default: { button: [click('六个汉字啊啊')] },
      variants: [
        { name: '信阳市民', match: { regionPrefix: '4115' }, menu: menu('好') },
        { name: '教师', match: { tagId: 3 }, menu: { button: [click('好'), { type: 'view', name: '网' }] } },
      ],
    });
    expect(errors.map((e) => [e.path, e.code])).toEqual([
      ['default.button[0].name', 'NAME_TOO_LONG'],
      ['variants[1].menu.button[1].url', 'URL_MISSING'],
    ]);
  });

  it('a variant id given twice keeps the first; the copy becomes a new variant', () => {
    const r = validateMenuSet({
      default: menu('好'),
      variants: [
        { id: 7, name: '教师', match: { tagId: 3 }, menu: menu('甲') },
        { id: 7, name: '信阳市民', match: { regionPrefix: '4115' }, menu: menu('乙') },
      ],
    });
    expect(r.ok).toBe(true);
    expect(r.set.variants.map((v) => [v.id, v.name])).toEqual([
      [7, '教师'],
      [null, '信阳市民'],
    ]);
  });

  it('a variant needs a name, a condition and a default menu to fall back on', () => {
    expect(
      errorsOf({ default: { button: [] }, variants: [{ name: ' ', match: {}, menu: menu('好') }] }).map(
        (e) => [e.path, e.code],
      ),
    ).toEqual([
      ['default.button', 'DEFAULT_MISSING'],
      ['variants[0].name', 'VARIANT_NAME_MISSING'],
      ['variants[0].match', 'VARIANT_NO_CONDITION'],
    ]);
    expect(
      errorsOf({
        default: menu('好'),
        variants: [{ name: '名'.repeat(31), match: { tagId: 0, regionPrefix: 7 }, menu: menu('好') }],
      }).map((e) => [e.path, e.code]),
    ).toEqual([
      ['variants[0].name', 'VARIANT_NAME_TOO_LONG'],
      ['variants[0].match.tagId', 'TAG_INVALID'],
      ['variants[0].match.regionPrefix', 'REGION_NOT_FOUND'],
    ]);
  });

  it('an empty default without variants means “no menu”', () => {
    expect(validateMenuSet({ default: { button: [] }, variants: [] })).toEqual({
      ok: true,
      set: { default: null, variants: [] },
    });
  });

  it('allows at most 20 variants', () => {
    const v = { name: '甲', match: { tagId: 1 }, menu: menu('好') };
    expect(errorsOf({ default: menu('好'), variants: Array(20).fill(v) })).toEqual([]);
    expect(errorsOf({ default: menu('好'), variants: Array(21).fill(v) })).toEqual([
      { path: 'variants', code: 'TOO_MANY_VARIANTS', wechatErrcode: 65305, limit: 20, actual: 21 },
    ]);
  });

  it('region prefixes accept a code or a prefix and keep the prefix', () => {
    expect(normalizeRegionPrefix('411500')).toEqual({ code: '411500', prefix: '4115' });
    expect(normalizeRegionPrefix('4115')).toEqual({ code: '411500', prefix: '4115' });
    expect(normalizeRegionPrefix('41')).toEqual({ code: '410000', prefix: '41' });
    expect(normalizeRegionPrefix('411502')).toEqual({ code: '411502', prefix: '411502' });
    for (const bad of ['411', '4115000', 'abcd', '']) expect(normalizeRegionPrefix(bad), bad).toBeNull();
  });
});

describe('matching a citizen to a variant', () => {
  const variants = [
    { id: 1, tag_id: 7, region_prefix: '4115' },
    { id: 2, tag_id: 7, region_prefix: null },
    { id: 3, tag_id: null, region_prefix: '41' },
  ];
  const pick = (tags: number[], regionCode: string | null) =>
    pickVariant(variants, { tagIds: new Set(tags), regionCode })?.id ?? null;

  it('the first variant whose every condition holds wins; none → the default', () => {
    expect(pick([7], '411502')).toBe(1); // tag and region
    expect(pick([7], '410105')).toBe(2); // tag only
    expect(pick([], '411502')).toBe(3); // region only
    expect(pick([8], '110105')).toBeNull();
    expect(pick([], null)).toBeNull();
  });

  it('a variant without conditions never matches', () => {
    expect(
      pickVariant([{ tag_id: null, region_prefix: null }], { tagIds: new Set(), regionCode: '41' }),
    ).toBeNull();
  });
});

describe('menu error messages', () => {
  const body = {
    default: {
      button: [
        { name: '服务', sub_button: [click('成绩查询', 'k'.repeat(129))] },
        click('超过十六个字节的名字'),
      ],
    },
    variants: [
      { name: '信阳市民', match: { regionPrefix: '4115' }, menu: { button: [{ type: 'view', name: '网' }] } },
    ],
  };
  const errors: AnyMenuError[] = [
    {
      path: 'default.button[0].sub_button[0].key',
      code: 'KEY_TOO_LONG',
      wechatErrcode: 40026,
      limit: 128,
      actual: 129,
    },
    { path: 'default.button[1].name', code: 'NAME_TOO_LONG', wechatErrcode: 40018, limit: 16, actual: 30 },
    { path: 'variants[0].menu.button[0].url', code: 'URL_MISSING', wechatErrcode: 40020 },
    { path: 'variants[0].match.tagId', code: 'TAG_NOT_FOUND' },
  ];

  it('name the button and the limit it broke, in Chinese and English', () => {
    expect(describeMenuError(errors[1]!, body, 'zh')).toBe(
      '默认菜单中，一级菜单「超过十六个字节的名字」的名称超过 16 字节（现为 30 字节，一个汉字占 3 字节）',
    );
    expect(describeMenuError(errors[1]!, body, 'en')).toBe(
      'In the default menu: The name of top-level button "超过十六个字节的名字" is longer than 16 bytes (30; a Chinese character takes 3)',
    );
    expect(describeMenuError(errors[0]!, body, 'zh')).toBe(
      '默认菜单中，一级菜单「服务」下的子菜单「成绩查询」的事件 KEY 超过 128 字节（现为 129 字节）',
    );
    expect(describeMenuError(errors[2]!, body, 'zh')).toBe(
      '个性化菜单「信阳市民」中，一级菜单「网」缺少网页链接',
    );
    expect(describeMenuError(errors[3]!, body, 'en')).toBe(
      'The tag of conditional menu "信阳市民" does not exist',
    );
  });

  it('a nameless button is named by its position; the summary counts the problems', () => {
    const nameless = { button: [click('甲'), { type: 'click', key: 'K' }] };
    expect(
      describeMenuError(
        { path: 'button[1].name', code: 'NAME_MISSING', wechatErrcode: 40018 },
        nameless,
        'zh',
      ),
    ).toBe('第 2 个一级菜单缺少名称');
    expect(summarizeMenuErrors(errors, body, 'zh')).toMatch(/（共 4 处问题）$/);
    expect(summarizeMenuErrors(errors.slice(0, 1), body, 'en')).not.toMatch(/problems/);
  });
});
