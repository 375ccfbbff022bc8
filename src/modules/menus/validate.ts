/**
 * WeChat's rules for a custom menu (`POST /cgi-bin/menu/create`), as one pure function the
 * console editor, the native API, the cgi-bin API and the demo loader all pass through
 * before a menu is stored. See ../shared/reference/wechat-protocol.md §4.2 for the limits.
 *
 * Every problem is reported, not only the first, each with a stable code, the path of the
 * offending field in WeChat's own notation (`button[1].sub_button[2].name`, indexes from 0)
 * and the errcode WeChat answers for it, so the cgi-bin layer can reply as WeChat would and
 * the editor can mark the very button. The actions are WeChat's `click`, `view` and
 * `article_id`, plus Zhengwei's `service` (a built-in service page); other WeChat types are
 * refused with TYPE_UNSUPPORTED rather than stored and then ignored.
 *
 * Whether an `article_id` names a publication of the account needs the database: the use
 * cases check it after this (see `menuArticleRefs`).
 */
import { MENU_SERVICES, type MenuActionT, type MenuServiceT, type MenuT } from './schema.js';

export const MENU_LIMITS = {
  topButtons: 3,
  subButtons: 5,
  topNameBytes: 16,
  subNameBytes: 60,
  keyBytes: 128,
  urlBytes: 1024,
} as const;

export type MenuErrorCode =
  | 'MENU_NOT_OBJECT'
  | 'BUTTONS_MISSING'
  | 'TOO_MANY_BUTTONS'
  | 'BUTTON_NOT_OBJECT'
  | 'NAME_MISSING'
  | 'NAME_TOO_LONG'
  | 'NO_ACTION'
  | 'TYPE_AND_SUB_BUTTONS'
  | 'SUB_BUTTONS_NOT_LIST'
  | 'TOO_MANY_SUB_BUTTONS'
  | 'NESTED_SUB_BUTTONS'
  | 'TYPE_UNSUPPORTED'
  | 'KEY_MISSING'
  | 'KEY_TOO_LONG'
  | 'URL_MISSING'
  | 'URL_TOO_LONG'
  | 'URL_INVALID'
  | 'ARTICLE_ID_MISSING'
  | 'ARTICLE_ID_INVALID'
  /** Added by the use case: the slug is not a publication of this account. */
  | 'ARTICLE_NOT_FOUND'
  | 'SERVICE_MISSING'
  | 'SERVICE_UNKNOWN';

export interface MenuError {
  /** Where, in WeChat's notation: `button`, `button[0].name`, `button[1].sub_button[2].url`. */
  path: string;
  code: MenuErrorCode;
  /** What WeChat's menu/create answers for the same mistake. */
  wechatErrcode: number;
  /** The bound that was broken (a count or a number of UTF-8 bytes), when there is one. */
  limit?: number;
  /** The count or byte length found. */
  actual?: number;
}

export type MenuValidation = { ok: true; menu: MenuT } | { ok: false; errors: MenuError[] };

const SUPPORTED_TYPES = new Set(['click', 'view', 'article_id', 'service']);

/**
 * WeChat's errcodes differ between a top-level button and a sub-button. `article` is its
 * "invalid media_id"; a `service` button is Zhengwei's own, so its problems carry the
 * errcode of an unknown button type (what WeChat itself would answer).
 */
const ERRCODES = {
  top: { type: 40015, key: 40019, urlLength: 40020, url: 40055, article: 40007 },
  sub: { type: 40024, key: 40026, urlLength: 40027, url: 40054, article: 40007 },
} as const;

/** Publication slugs are short URL-safe tokens (publishing's randomSlug). */
const ARTICLE_ID = /^[\w-]{1,64}$/;
type Errcodes = (typeof ERRCODES)[keyof typeof ERRCODES];

/** WeChat counts name, key and url lengths in UTF-8 bytes: a Chinese character is 3. */
export function utf8Bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

/**
 * Checks a menu against WeChat's rules. On success answers the menu rebuilt from the known
 * fields only (names as given, nothing else carried over), which is what gets stored.
 */
export function validateMenu(input: unknown): MenuValidation {
  const errors: MenuError[] = [];
  const fail = (e: MenuError) => {
    errors.push(e);
  };

  if (!isObject(input)) {
    fail({ path: 'menu', code: 'MENU_NOT_OBJECT', wechatErrcode: 40016 });
    return { ok: false, errors };
  }
  const buttons = input.button;
  if (!Array.isArray(buttons) || buttons.length === 0) {
    fail({ path: 'button', code: 'BUTTONS_MISSING', wechatErrcode: 40016, limit: 1, actual: 0 });
    return { ok: false, errors };
  }
  if (buttons.length > MENU_LIMITS.topButtons) {
    fail({
      path: 'button',
      code: 'TOO_MANY_BUTTONS',
      wechatErrcode: 40016,
      limit: MENU_LIMITS.topButtons,
      actual: buttons.length,
    });
  }

  const menu: MenuT = { button: [] };
  buttons.slice(0, MENU_LIMITS.topButtons).forEach((raw: unknown, i) => {
    const path = `button[${i}]`;
    if (!isObject(raw)) {
      fail({ path, code: 'BUTTON_NOT_OBJECT', wechatErrcode: 40016 });
      return;
    }
    const name = checkName(raw.name, `${path}.name`, MENU_LIMITS.topNameBytes, 40018, fail);
    const subs = raw.sub_button;
    // A leaf sent with `"sub_button": []` (as some SDKs and WeChat's own get API do) is a leaf.
    const hasSubs = subs !== undefined && !(Array.isArray(subs) && subs.length === 0);
    const hasType = raw.type !== undefined;

    if (hasSubs && hasType) {
      fail({ path, code: 'TYPE_AND_SUB_BUTTONS', wechatErrcode: 40015 });
      return;
    }
    if (!hasSubs && !hasType) {
      fail({ path, code: 'NO_ACTION', wechatErrcode: 65308 });
      return;
    }
    if (hasType) {
      const action = checkAction(raw, path, name, ERRCODES.top, fail);
      if (action) menu.button.push(action);
      return;
    }
    if (!Array.isArray(subs)) {
      fail({ path: `${path}.sub_button`, code: 'SUB_BUTTONS_NOT_LIST', wechatErrcode: 41007 });
      return;
    }
    if (subs.length > MENU_LIMITS.subButtons) {
      fail({
        path: `${path}.sub_button`,
        code: 'TOO_MANY_SUB_BUTTONS',
        wechatErrcode: 40017,
        limit: MENU_LIMITS.subButtons,
        actual: subs.length,
      });
    }
    const group: MenuActionT[] = [];
    subs.slice(0, MENU_LIMITS.subButtons).forEach((rawSub: unknown, j) => {
      const subPath = `${path}.sub_button[${j}]`;
      if (!isObject(rawSub)) {
        fail({ path: subPath, code: 'BUTTON_NOT_OBJECT', wechatErrcode: 40017 });
        return;
      }
      const subName = checkName(rawSub.name, `${subPath}.name`, MENU_LIMITS.subNameBytes, 40025, fail);
      const nested = rawSub.sub_button;
      if (nested !== undefined && !(Array.isArray(nested) && nested.length === 0)) {
        fail({ path: `${subPath}.sub_button`, code: 'NESTED_SUB_BUTTONS', wechatErrcode: 40022 });
        return;
      }
      if (rawSub.type === undefined) {
        fail({ path: subPath, code: 'NO_ACTION', wechatErrcode: 65308 });
        return;
      }
      const action = checkAction(rawSub, subPath, subName, ERRCODES.sub, fail);
      if (action) group.push(action);
    });
    if (name !== null) menu.button.push({ name, sub_button: group });
  });

  return errors.length > 0 ? { ok: false, errors } : { ok: true, menu };
}

function checkName(
  value: unknown,
  path: string,
  maxBytes: number,
  errcode: number,
  fail: (e: MenuError) => void,
): string | null {
  if (typeof value !== 'string' || value.trim() === '') {
    fail({ path, code: 'NAME_MISSING', wechatErrcode: errcode });
    return null;
  }
  const bytes = utf8Bytes(value);
  if (bytes > maxBytes) {
    fail({ path, code: 'NAME_TOO_LONG', wechatErrcode: errcode, limit: maxBytes, actual: bytes });
    return null;
  }
  return value;
}

/** A button with a `type`: checks the type and the field that type needs. */
function checkAction(
  raw: Record<string, unknown>,
  path: string,
  name: string | null,
  codes: Errcodes,
  fail: (e: MenuError) => void,
): MenuActionT | null {
  const type = raw.type;
  if (typeof type !== 'string' || !SUPPORTED_TYPES.has(type)) {
    fail({ path: `${path}.type`, code: 'TYPE_UNSUPPORTED', wechatErrcode: codes.type });
    return null;
  }
  if (type === 'click') {
    const key = raw.key;
    if (typeof key !== 'string' || key === '') {
      fail({ path: `${path}.key`, code: 'KEY_MISSING', wechatErrcode: codes.key });
      return null;
    }
    const bytes = utf8Bytes(key);
    if (bytes > MENU_LIMITS.keyBytes) {
      fail({
        path: `${path}.key`,
        code: 'KEY_TOO_LONG',
        wechatErrcode: codes.key,
        limit: MENU_LIMITS.keyBytes,
        actual: bytes,
      });
      return null;
    }
    return name === null ? null : { type: 'click', name, key };
  }
  if (type === 'article_id') {
    const articleId = raw.article_id;
    if (typeof articleId !== 'string' || articleId === '') {
      fail({ path: `${path}.article_id`, code: 'ARTICLE_ID_MISSING', wechatErrcode: codes.article });
      return null;
    }
    if (!ARTICLE_ID.test(articleId)) {
      fail({ path: `${path}.article_id`, code: 'ARTICLE_ID_INVALID', wechatErrcode: codes.article });
      return null;
    }
    return name === null ? null : { type: 'article_id', name, article_id: articleId };
  }
  if (type === 'service') {
    const service = raw.service;
    if (typeof service !== 'string' || service === '') {
      fail({ path: `${path}.service`, code: 'SERVICE_MISSING', wechatErrcode: codes.type });
      return null;
    }
    if (!(MENU_SERVICES as readonly string[]).includes(service)) {
      fail({ path: `${path}.service`, code: 'SERVICE_UNKNOWN', wechatErrcode: codes.type });
      return null;
    }
    return name === null ? null : { type: 'service', name, service: service as MenuServiceT };
  }
  const url = raw.url;
  if (typeof url !== 'string' || url === '') {
    fail({ path: `${path}.url`, code: 'URL_MISSING', wechatErrcode: codes.urlLength });
    return null;
  }
  const bytes = utf8Bytes(url);
  if (bytes > MENU_LIMITS.urlBytes) {
    fail({
      path: `${path}.url`,
      code: 'URL_TOO_LONG',
      wechatErrcode: codes.urlLength,
      limit: MENU_LIMITS.urlBytes,
      actual: bytes,
    });
    return null;
  }
  if (!isMenuUrl(url)) {
    fail({ path: `${path}.url`, code: 'URL_INVALID', wechatErrcode: codes.url });
    return null;
  }
  return name === null ? null : { type: 'view', name, url };
}

/**
 * An absolute http(s) URL with a host, or a path on this site (`/a/<slug>`,
 * `/accounts/<handle>`). Protocol-relative `//host` and backslashes are refused: browsers
 * treat both as another origin, which would make a "site-relative" button leave the site.
 */
export function isMenuUrl(url: string): boolean {
  // No whitespace or control characters anywhere (a URL in a menu is never typed with them).
  if (/[\s\u0000-\u001f\u007f\\]/.test(url)) return false;
  if (url.startsWith('/')) return !url.startsWith('//');
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '';
}

/** Every `article_id` button of a valid menu, with its path, for the publication check. */
export function menuArticleRefs(menu: MenuT): Array<{ path: string; slug: string }> {
  const refs: Array<{ path: string; slug: string }> = [];
  menu.button.forEach((b, i) => {
    if ('sub_button' in b) {
      b.sub_button.forEach((s, j) => {
        if (s.type === 'article_id')
          refs.push({ path: `button[${i}].sub_button[${j}].article_id`, slug: s.article_id });
      });
    } else if (b.type === 'article_id') {
      refs.push({ path: `button[${i}].article_id`, slug: b.article_id });
    }
  });
  return refs;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
