import { describe, expect, it } from 'vitest';
import { isMenuUrl, menuArticleRefs, utf8Bytes, validateMenu, type MenuError } from './validate.js';

const click = (name: string, key = 'K') => ({ type: 'click', name, key });
const view = (name: string, url = 'https://www.haedu.gov.cn/') => ({ type: 'view', name, url });
const errorsOf = (menu: unknown): MenuError[] => {
  const r = validateMenu(menu);
  return r.ok ? [] : r.errors;
};
const codesOf = (menu: unknown) => errorsOf(menu).map((e) => [e.path, e.code]);

describe('validateMenu', () => {
  it("accepts WeChat's documented shape: groups of sub-buttons and top-level actions", () => {
    const menu = {
      button: [
        { name: '高考服务', sub_button: [click('成绩查询', 'GAOKAO_SCORE'), view('招生考试专栏', '/a/abc')] },
        click('投诉咨询', 'COMPLAINT'),
        view('官方网站'),
      ],
    };
    expect(validateMenu(menu)).toEqual({ ok: true, menu });
  });

  it('stores only the known fields, and treats `sub_button: []` on a leaf as absent', () => {
    const r = validateMenu({
      button: [{ type: 'click', name: '查询', key: 'Q', sub_button: [], url: 'ignored', extra: 1 }],
      menuid: 12,
    });
    expect(r).toEqual({ ok: true, menu: { button: [{ type: 'click', name: '查询', key: 'Q' }] } });
  });

  it('allows at most 3 top-level buttons and at least 1', () => {
    expect(codesOf({ button: [click('一'), click('二'), click('三'), click('四')] })).toEqual([
      ['button', 'TOO_MANY_BUTTONS'],
    ]);
    expect(errorsOf({ button: [click('一'), click('二'), click('三'), click('四')] })[0]).toMatchObject({
      limit: 3,
      actual: 4,
      wechatErrcode: 40016,
    });
    expect(codesOf({ button: [] })).toEqual([['button', 'BUTTONS_MISSING']]);
    expect(codesOf({})).toEqual([['button', 'BUTTONS_MISSING']]);
    expect(codesOf(null)).toEqual([['menu', 'MENU_NOT_OBJECT']]);
    expect(codesOf([click('一')])).toEqual([['menu', 'MENU_NOT_OBJECT']]);
  });

  it('allows at most 5 sub-buttons in a group', () => {
    const six = Array.from({ length: 6 }, (_, i) => click(`项目${i}`));
    expect(errorsOf({ button: [click('一'), { name: '服务', sub_button: six }] })).toEqual([
      {
        path: 'button[1].sub_button',
        code: 'TOO_MANY_SUB_BUTTONS',
        wechatErrcode: 40017,
        limit: 5,
        actual: 6,
      },
    ]);
  });

  it('counts name lengths in UTF-8 bytes: 16 at the top (5 Chinese characters), 60 in a sub-menu', () => {
    expect(utf8Bytes('高考服务')).toBe(12);
    expect(codesOf({ button: [click('五个汉字啊')] })).toEqual([]); // 15 bytes
    expect(errorsOf({ button: [click('六个汉字啊啊')] })).toEqual([
      { path: 'button[0].name', code: 'NAME_TOO_LONG', wechatErrcode: 40018, limit: 16, actual: 18 },
    ]);
    expect(codesOf({ button: [click('abcdefghijklmnop')] })).toEqual([]); // 16 ASCII bytes
    const twenty = '二'.repeat(20); // 60 bytes
    expect(codesOf({ button: [{ name: '服务', sub_button: [click(twenty)] }] })).toEqual([]);
    expect(errorsOf({ button: [{ name: '服务', sub_button: [click(twenty + 'a')] }] })).toEqual([
      {
        path: 'button[0].sub_button[0].name',
        code: 'NAME_TOO_LONG',
        wechatErrcode: 40025,
        limit: 60,
        actual: 61,
      },
    ]);
    expect(codesOf({ button: [click('  ')] })).toEqual([['button[0].name', 'NAME_MISSING']]);
  });

  it('names the offending button by its path, e.g. button[1].sub_button[2].name', () => {
    const menu = {
      button: [
        click('一'),
        { name: '服务', sub_button: [click('甲'), click('乙'), { type: 'click', key: 'K' }] },
      ],
    };
    expect(codesOf(menu)).toEqual([['button[1].sub_button[2].name', 'NAME_MISSING']]);
  });

  it('keys are required for click buttons and at most 128 bytes', () => {
    expect(codesOf({ button: [click('查询', 'k'.repeat(128))] })).toEqual([]);
    expect(errorsOf({ button: [click('查询', 'k'.repeat(129))] })).toEqual([
      { path: 'button[0].key', code: 'KEY_TOO_LONG', wechatErrcode: 40019, limit: 128, actual: 129 },
    ]);
    expect(errorsOf({ button: [{ name: '组', sub_button: [{ type: 'click', name: '查询' }] }] })).toEqual([
      { path: 'button[0].sub_button[0].key', code: 'KEY_MISSING', wechatErrcode: 40026 },
    ]);
  });

  it('urls are http(s) or site-relative paths of at most 1024 bytes', () => {
    for (const url of [
      'https://www.haedu.gov.cn/',
      'http://example.org/a?b=1',
      '/a/xyz',
      '/accounts/henan-edu',
    ])
      expect(codesOf({ button: [view('打开', url)] }), url).toEqual([]);
    for (const url of [
      'javascript:alert(1)',
      'ftp://example.org/',
      '//evil.example/',
      '/\\evil.example',
      'a/relative',
      'https://',
      'https://exa mple.org/',
    ])
      expect(codesOf({ button: [view('打开', url)] }), url).toEqual([['button[0].url', 'URL_INVALID']]);
    const long = 'https://example.org/' + 'a'.repeat(1005);
    expect(utf8Bytes(long)).toBe(1025);
    expect(errorsOf({ button: [view('打开', long)] })).toEqual([
      { path: 'button[0].url', code: 'URL_TOO_LONG', wechatErrcode: 40020, limit: 1024, actual: 1025 },
    ]);
    expect(codesOf({ button: [view('打开', long.slice(0, -1))] })).toEqual([]);
    expect(codesOf({ button: [{ type: 'view', name: '打开' }] })).toEqual([['button[0].url', 'URL_MISSING']]);
  });

  it('a button has either sub-buttons or a type, never both and never neither', () => {
    expect(codesOf({ button: [{ name: '服务' }] })).toEqual([['button[0]', 'NO_ACTION']]);
    expect(codesOf({ button: [{ name: '服务', sub_button: [] }] })).toEqual([['button[0]', 'NO_ACTION']]);
    expect(
      codesOf({ button: [{ name: '服务', type: 'click', key: 'K', sub_button: [click('甲')] }] }),
    ).toEqual([['button[0]', 'TYPE_AND_SUB_BUTTONS']]);
    expect(codesOf({ button: [{ name: '服务', sub_button: {} }] })).toEqual([
      ['button[0].sub_button', 'SUB_BUTTONS_NOT_LIST'],
    ]);
    expect(
      codesOf({ button: [{ name: '服务', sub_button: [{ name: '甲', sub_button: [click('乙')] }] }] }),
    ).toEqual([['button[0].sub_button[0].sub_button', 'NESTED_SUB_BUTTONS']]);
  });

  it('refuses action types it cannot carry out yet, with the errcode WeChat uses at each level', () => {
    expect(errorsOf({ button: [{ type: 'scancode_push', name: '扫码', key: 'S' }] })).toEqual([
      { path: 'button[0].type', code: 'TYPE_UNSUPPORTED', wechatErrcode: 40015 },
    ]);
    expect(
      errorsOf({ button: [{ name: '组', sub_button: [{ type: 'miniprogram', name: '小程序' }] }] }),
    ).toEqual([{ path: 'button[0].sub_button[0].type', code: 'TYPE_UNSUPPORTED', wechatErrcode: 40024 }]);
  });

  it('article_id buttons carry a publication slug, in WeChat’s field name', () => {
    const article = { type: 'article_id', name: '招生专栏', article_id: 'Ab3_x-9' };
    expect(validateMenu({ button: [article] })).toEqual({ ok: true, menu: { button: [article] } });
    expect(errorsOf({ button: [{ type: 'article_id', name: '文章' }] })).toEqual([
      { path: 'button[0].article_id', code: 'ARTICLE_ID_MISSING', wechatErrcode: 40007 },
    ]);
    expect(
      codesOf({
        button: [{ name: '组', sub_button: [{ type: 'article_id', name: '文章', article_id: '../x' }] }],
      }),
    ).toEqual([['button[0].sub_button[0].article_id', 'ARTICLE_ID_INVALID']]);
  });

  it('service buttons open one of the built-in service pages, and no other', () => {
    for (const service of ['conversation', 'hotlines', 'articles']) {
      const b = { type: 'service', name: '服务', service };
      expect(validateMenu({ button: [b] }), service).toEqual({ ok: true, menu: { button: [b] } });
    }
    expect(errorsOf({ button: [{ type: 'service', name: '服务', service: 'casino' }] })).toEqual([
      { path: 'button[0].service', code: 'SERVICE_UNKNOWN', wechatErrcode: 40015 },
    ]);
    expect(errorsOf({ button: [{ name: '组', sub_button: [{ type: 'service', name: '服务' }] }] })).toEqual([
      { path: 'button[0].sub_button[0].service', code: 'SERVICE_MISSING', wechatErrcode: 40024 },
    ]);
  });

  it('menuArticleRefs lists every article button with its path', () => {
    const r = validateMenu({
      button: [
        { type: 'article_id', name: '甲', article_id: 'a1' },
        { name: '组', sub_button: [click('乙'), { type: 'article_id', name: '丙', article_id: 'b2' }] },
      ],
    });
    expect(r.ok && menuArticleRefs(r.menu)).toEqual([
      { path: 'button[0].article_id', slug: 'a1' },
      { path: 'button[1].sub_button[1].article_id', slug: 'b2' },
    ]);
  });

  it('reports every problem at once, in order', () => {
    const menu = {
      button: [
        click('太长太长太长太长'),
        { name: '服务', sub_button: [view('网址', 'mailto:a@b.c'), click('好的', '')] },
        'not a button',
      ],
    };
    expect(codesOf(menu)).toEqual([
      ['button[0].name', 'NAME_TOO_LONG'],
      ['button[1].sub_button[0].url', 'URL_INVALID'],
      ['button[1].sub_button[1].key', 'KEY_MISSING'],
      ['button[2]', 'BUTTON_NOT_OBJECT'],
    ]);
  });
});

describe('isMenuUrl', () => {
  it('refuses control characters and whitespace anywhere', () => {
    expect(isMenuUrl('/a/b\nc')).toBe(false);
    expect(isMenuUrl('/a/b c')).toBe(false);
    expect(isMenuUrl('/a/b%20c')).toBe(true);
  });
});
