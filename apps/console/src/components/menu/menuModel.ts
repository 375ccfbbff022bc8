/**
 * The menu editor's working copy of an account's menus, and the way back to WeChat's shape.
 *
 * Every button keeps the fields of every action type, so switching a button from "open a
 * URL" to "send a keyword" and back loses nothing the editor typed. Each object carries a
 * stable `uid` (drag-and-drop keys) and the server's problems with it (`errors`, field →
 * message): a refused save pins each message to the very object, so it stays next to its
 * button even after the buttons are dragged around.
 */
import type { MenuAction, MenuButton, MenuService, MenuSet } from '../../../../shared/types';

export type ActionType = MenuAction['type'];
export const ACTION_TYPES: readonly ActionType[] = ['click', 'view', 'article_id', 'service'];
export const SERVICES: readonly MenuService[] = ['conversation', 'hotlines', 'articles'];

/** WeChat's limits (src/modules/menus/validate.ts, MENU_LIMITS). */
export const LIMITS = {
  topButtons: 3,
  subButtons: 5,
  topNameBytes: 16,
  subNameBytes: 60,
  keyBytes: 128,
  urlBytes: 1024,
  variants: 20,
  variantNameChars: 30,
} as const;

export type Errors = Record<string, string>;

export interface EdAction {
  uid: number;
  name: string;
  type: ActionType;
  key: string;
  url: string;
  articleId: string;
  service: MenuService;
  errors: Errors;
}

export interface EdButton extends EdAction {
  /** A group: opens its sub-buttons instead of acting. */
  hasSubs: boolean;
  subs: EdAction[];
}

export interface EdMenu {
  buttons: EdButton[];
  errors: Errors;
}

export interface EdVariant {
  uid: number;
  /** Server id of a saved variant; absent for a new one. */
  id?: number;
  name: string;
  tagId: number | null;
  /** Six-digit region code for the cascader ('' = no region condition). */
  regionCode: string;
  menu: EdMenu;
  errors: Errors;
}

export interface EdSet {
  default: EdMenu;
  variants: EdVariant[];
  errors: Errors;
}

let nextUid = 1;
const uid = () => nextUid++;

export function utf8Bytes(s: string): number {
  return new TextEncoder().encode(s).length;
}

export function newAction(name = ''): EdAction {
  return {
    uid: uid(),
    name,
    type: 'click',
    key: '',
    url: '',
    articleId: '',
    service: 'hotlines',
    errors: {},
  };
}

export function newButton(name = ''): EdButton {
  return { ...newAction(name), hasSubs: false, subs: [] };
}

export function newVariant(name: string): EdVariant {
  return {
    uid: uid(),
    name,
    tagId: null,
    regionCode: '',
    menu: { buttons: [newButton()], errors: {} },
    errors: {},
  };
}

function actionFrom(a: MenuAction): EdAction {
  const ed = newAction(a.name);
  ed.type = a.type;
  if (a.type === 'click') ed.key = a.key;
  else if (a.type === 'view') ed.url = a.url;
  else if (a.type === 'article_id') ed.articleId = a.article_id;
  else ed.service = a.service;
  return ed;
}

function buttonFrom(b: MenuButton): EdButton {
  if ('sub_button' in b) return { ...newAction(b.name), hasSubs: true, subs: b.sub_button.map(actionFrom) };
  return { ...actionFrom(b), hasSubs: false, subs: [] };
}

const menuFrom = (m: MenuSet['default']): EdMenu => ({ buttons: m.button.map(buttonFrom), errors: {} });

/** A deep copy with fresh uids and no problems (a new variant starts from the default). */
export const cloneMenu = (m: EdMenu): EdMenu => menuFrom(menuTo(m));

/** "4115" → "411500": the region the stored prefix stands for. */
export const regionCodeOf = (prefix: string | null) => (prefix ? prefix.padEnd(6, '0') : '');

export function fromApi(set: MenuSet): EdSet {
  return {
    default: menuFrom(set.default),
    variants: set.variants.map((v) => ({
      uid: uid(),
      id: v.id,
      name: v.name,
      tagId: v.match.tagId,
      regionCode: regionCodeOf(v.match.regionPrefix),
      menu: menuFrom(v.menu),
      errors: {},
    })),
    errors: {},
  };
}

function actionTo(a: EdAction): MenuAction {
  const name = a.name.trim();
  switch (a.type) {
    case 'click':
      return { type: 'click', name, key: a.key.trim() };
    case 'view':
      return { type: 'view', name, url: a.url.trim() };
    case 'article_id':
      return { type: 'article_id', name, article_id: a.articleId };
    case 'service':
      return { type: 'service', name, service: a.service };
  }
}

export function menuTo(m: EdMenu): MenuSet['default'] {
  return {
    button: m.buttons.map((b) =>
      b.hasSubs ? { name: b.name.trim(), sub_button: b.subs.map(actionTo) } : actionTo(b),
    ),
  };
}

export function toApi(set: EdSet) {
  return {
    default: menuTo(set.default),
    variants: set.variants.map((v) => ({
      ...(v.id ? { id: v.id } : {}),
      name: v.name.trim(),
      match: { tagId: v.tagId, regionPrefix: v.regionCode || null },
      menu: menuTo(v.menu),
    })),
  };
}

/** One problem of a refused save (MENU_INVALID's details.errors). */
export interface ServerMenuError {
  path: string;
  code: string;
  message: string;
}

/** Forgets every pinned problem (before a save, or after a successful one). */
export function clearErrors(set: EdSet): void {
  const menus = [set.default, ...set.variants.map((v) => v.menu)];
  set.errors = {};
  for (const v of set.variants) v.errors = {};
  for (const m of menus) {
    m.errors = {};
    for (const b of m.buttons) {
      b.errors = {};
      for (const s of b.subs) s.errors = {};
    }
  }
}

/**
 * Pins each problem to the object its path names, e.g. `variants[1].menu.button[0].sub_button[2].url`
 * → that sub-button's `url`. Paths are of what was sent, i.e. of `set` as it was at saving.
 * Answers the problems no object could take (shown at the top of the page).
 */
export function pinErrors(set: EdSet, errors: ServerMenuError[]): ServerMenuError[] {
  const loose: ServerMenuError[] = [];
  for (const e of errors) {
    const m = /^(?:default|variants\[(\d+)\](?:\.menu)?)(?:\.(.*))?$/.exec(e.path);
    if (!m) {
      set.errors[e.path] = e.message;
      loose.push(e);
      continue;
    }
    const variant = m[1] !== undefined ? set.variants[Number(m[1])] : undefined;
    if (m[1] !== undefined && !variant) {
      loose.push(e);
      continue;
    }
    const inMenu = e.path.startsWith('default') || /^variants\[\d+\]\.menu/.test(e.path);
    const rest = m[2] ?? '';
    if (!inMenu && variant) {
      // variants[i].name, variants[i].match.tagId, variants[i].match, variants[i]
      variant.errors[rest || 'variant'] = e.message;
      continue;
    }
    const menu = variant ? variant.menu : set.default;
    const b = /^button\[(\d+)\](?:\.sub_button\[(\d+)\])?(?:\.(\w+))?$/.exec(rest);
    const button = b ? menu.buttons[Number(b[1])] : undefined;
    if (!b || !button) {
      menu.errors[rest || 'menu'] = e.message;
      continue;
    }
    const target = b[2] !== undefined ? button.subs[Number(b[2])] : button;
    const field = b[3] === 'article_id' ? 'articleId' : (b[3] ?? 'button');
    if (target) target.errors[field] = e.message;
    else button.errors.sub_button = e.message;
  }
  return loose;
}

/** Problems pinned anywhere inside a menu (for the red dot on its tab). */
export function menuHasErrors(m: EdMenu): boolean {
  const has = (e: Errors) => Object.keys(e).length > 0;
  return has(m.errors) || m.buttons.some((b) => has(b.errors) || b.subs.some((s) => has(s.errors)));
}
