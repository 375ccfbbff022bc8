/**
 * What a person reads when a menu is refused: each problem named by its button ("一级菜单
 * 「高考服务」") and the limit it broke, in Chinese or English. The codes and paths stay the
 * contract for programs; these sentences are for the editor (and the error's `message`).
 */
import type { Lang } from '../../infra/errors.js';
import type { AnyMenuError } from './menuSet.js';

type Words = Record<Lang, string>;

/** Reads `variants[1].menu.button[0].name` out of the request body, defensively. */
function at(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const part of path.split('.')) {
    const m = /^([A-Za-z_]+)(?:\[(\d+)\])?$/.exec(part);
    if (!m || typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[m[1]!];
    if (m[2] !== undefined) node = Array.isArray(node) ? node[Number(m[2])] : undefined;
  }
  return node;
}

const nameAt = (root: unknown, path: string): string | null => {
  const n = at(root, `${path}.name`);
  return typeof n === 'string' && n.trim() !== '' ? n.trim() : null;
};

/** 一级菜单「高考服务」 / 「高考服务」的子菜单「成绩查询」, by position when nameless. */
function buttonLabel(root: unknown, path: string): Words | null {
  const m = /^(.*?)(button\[(\d+)\])(?:\.sub_button\[(\d+)\])?/.exec(path);
  if (!m) return null;
  const topPath = `${m[1]}${m[2]}`;
  const top = nameAt(root, topPath);
  const i = Number(m[3]) + 1;
  const topZh = top ? `一级菜单「${top}」` : `第 ${i} 个一级菜单`;
  const topEn = top ? `top-level button "${top}"` : `top-level button ${i}`;
  if (m[4] === undefined) return { zh: topZh, en: topEn };
  const j = Number(m[4]) + 1;
  const sub = nameAt(root, `${topPath}.sub_button[${m[4]}]`);
  return {
    zh: `${topZh}下的${sub ? `子菜单「${sub}」` : `第 ${j} 个子菜单`}`,
    en: `${sub ? `sub-button "${sub}"` : `sub-button ${j}`} of ${topEn}`,
  };
}

function variantLabel(root: unknown, path: string): Words | null {
  const m = /^variants\[(\d+)\]/.exec(path);
  if (!m) return null;
  const name = nameAt(root, m[0]);
  const n = Number(m[1]) + 1;
  return {
    zh: name ? `个性化菜单「${name}」` : `第 ${n} 个个性化菜单`,
    en: name ? `conditional menu "${name}"` : `conditional menu ${n}`,
  };
}

/** One sentence for one problem; `b` names the button (or the menu when there is none). */
function sentence(e: AnyMenuError, b: Words, v: Words): Words {
  const lim = e.limit ?? 0;
  const act = e.actual ?? 0;
  switch (e.code) {
    case 'MENU_NOT_OBJECT':
      return { zh: '菜单格式不正确', en: 'The menu is malformed' };
    case 'BUTTONS_MISSING':
      return { zh: '菜单至少需要 1 个一级菜单', en: 'A menu needs at least one top-level button' };
    case 'TOO_MANY_BUTTONS':
      return {
        zh: `一级菜单最多 ${lim} 个，现有 ${act} 个`,
        en: `At most ${lim} top-level buttons are allowed; there are ${act}`,
      };
    case 'BUTTON_NOT_OBJECT':
      return { zh: `${b.zh}格式不正确`, en: `${cap(b.en)} is malformed` };
    case 'NAME_MISSING':
      return { zh: `${b.zh}缺少名称`, en: `${cap(b.en)} has no name` };
    case 'NAME_TOO_LONG':
      return {
        zh: `${b.zh}的名称超过 ${lim} 字节（现为 ${act} 字节，一个汉字占 3 字节）`,
        en: `The name of ${b.en} is longer than ${lim} bytes (${act}; a Chinese character takes 3)`,
      };
    case 'NO_ACTION':
      return {
        zh: `${b.zh}既没有子菜单也没有动作`,
        en: `${cap(b.en)} has neither sub-buttons nor an action`,
      };
    case 'TYPE_AND_SUB_BUTTONS':
      return {
        zh: `${b.zh}不能同时有子菜单和动作`,
        en: `${cap(b.en)} cannot have both sub-buttons and an action`,
      };
    case 'SUB_BUTTONS_NOT_LIST':
      return { zh: `${b.zh}的子菜单格式不正确`, en: `The sub-buttons of ${b.en} are malformed` };
    case 'TOO_MANY_SUB_BUTTONS':
      return {
        zh: `${b.zh}最多 ${lim} 个子菜单，现有 ${act} 个`,
        en: `${cap(b.en)} can hold at most ${lim} sub-buttons; it has ${act}`,
      };
    case 'NESTED_SUB_BUTTONS':
      return { zh: `${b.zh}不能再有下一级菜单`, en: `${cap(b.en)} cannot have sub-buttons of its own` };
    case 'TYPE_UNSUPPORTED':
      return { zh: `${b.zh}的动作类型不受支持`, en: `The action type of ${b.en} is not supported` };
    case 'KEY_MISSING':
      return { zh: `${b.zh}缺少事件 KEY`, en: `${cap(b.en)} has no event key` };
    case 'KEY_TOO_LONG':
      return {
        zh: `${b.zh}的事件 KEY 超过 ${lim} 字节（现为 ${act} 字节）`,
        en: `The event key of ${b.en} is longer than ${lim} bytes (${act})`,
      };
    case 'URL_MISSING':
      return { zh: `${b.zh}缺少网页链接`, en: `${cap(b.en)} has no URL` };
    case 'URL_TOO_LONG':
      return {
        zh: `${b.zh}的链接超过 ${lim} 字节（现为 ${act} 字节）`,
        en: `The URL of ${b.en} is longer than ${lim} bytes (${act})`,
      };
    case 'URL_INVALID':
      return {
        zh: `${b.zh}的链接须以 http:// 或 https:// 开头，或是本站路径（如 /a/…）`,
        en: `The URL of ${b.en} must start with http:// or https://, or be a path on this site (/a/…)`,
      };
    case 'ARTICLE_ID_MISSING':
      return { zh: `${b.zh}还没有选择文章`, en: `No article is chosen for ${b.en}` };
    case 'ARTICLE_ID_INVALID':
    case 'ARTICLE_NOT_FOUND':
      return {
        zh: `${b.zh}选择的文章不是本公众号已发布的文章`,
        en: `The article of ${b.en} is not a publication of this account`,
      };
    case 'SERVICE_MISSING':
      return { zh: `${b.zh}还没有选择服务页面`, en: `No service page is chosen for ${b.en}` };
    case 'SERVICE_UNKNOWN':
      return { zh: `${b.zh}的服务页面不存在`, en: `The service page of ${b.en} does not exist` };
    case 'VARIANTS_NOT_LIST':
      return { zh: '个性化菜单列表格式不正确', en: 'The conditional menus are malformed' };
    case 'TOO_MANY_VARIANTS':
      return {
        zh: `个性化菜单最多 ${lim} 个，现有 ${act} 个`,
        en: `At most ${lim} conditional menus are allowed; there are ${act}`,
      };
    case 'VARIANT_NOT_OBJECT':
      return { zh: `${v.zh}格式不正确`, en: `${cap(v.en)} is malformed` };
    case 'VARIANT_NAME_MISSING':
      return { zh: `${v.zh}缺少名称`, en: `${cap(v.en)} has no name` };
    case 'VARIANT_NAME_TOO_LONG':
      return {
        zh: `${v.zh}的名称最多 ${lim} 个字（现为 ${act} 个）`,
        en: `The name of ${v.en} is longer than ${lim} characters (${act})`,
      };
    case 'VARIANT_NO_CONDITION':
      return {
        zh: `${v.zh}至少需要一个匹配条件（标签或地区）`,
        en: `${cap(v.en)} needs at least one condition (a tag or a region)`,
      };
    case 'DEFAULT_MISSING':
      return {
        zh: '设置个性化菜单前，需要先设置默认菜单',
        en: 'Conditional menus need a default menu first',
      };
    case 'TAG_INVALID':
    case 'TAG_NOT_FOUND':
      return { zh: `${v.zh}的标签不存在`, en: `The tag of ${v.en} does not exist` };
    case 'REGION_NOT_FOUND':
      return { zh: `${v.zh}的地区不存在`, en: `The region of ${v.en} does not exist` };
  }
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The problem in words. `root` is what was sent (the menu, or `{default, variants}`), so
 * the sentence can quote the button's own name.
 */
export function describeMenuError(e: AnyMenuError, root: unknown, lang: Lang): string {
  const menuWords: Words = { zh: '菜单', en: 'the menu' };
  const b = buttonLabel(root, e.path) ?? menuWords;
  const v = variantLabel(root, e.path) ?? { zh: '个性化菜单', en: 'a conditional menu' };
  const text = sentence(e, b, v)[lang];
  // A button problem inside a variant (or the default, next to variants) says which menu.
  const inVariant = e.path.startsWith('variants[') && e.path.includes('.menu');
  if (inVariant) return lang === 'zh' ? `${v.zh}中，${text}` : `In ${v.en}: ${text}`;
  if (e.path.startsWith('default.') && e.code !== 'DEFAULT_MISSING')
    return lang === 'zh' ? `默认菜单中，${text}` : `In the default menu: ${text}`;
  return text;
}

/** The error's message: the first problem, and how many there are in all. */
export function summarizeMenuErrors(errors: AnyMenuError[], root: unknown, lang: Lang): string {
  const first = errors[0] ? describeMenuError(errors[0], root, lang) : '';
  if (errors.length <= 1) return first;
  return lang === 'zh'
    ? `${first}（共 ${errors.length} 处问题）`
    : `${first} (${errors.length} problems in all)`;
}
