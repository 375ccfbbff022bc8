/**
 * The rules of an account's whole menu set — a default menu plus conditional variants, as
 * the console edits and saves them in one go. Pure: what needs the database (tags, regions,
 * publications of the account) is checked by saveMenus with the paths built here.
 *
 * Paths extend validateMenu's: `default.button[0].name`, `variants[1].menu.button[0].url`,
 * `variants[1].match.tagId`, so the editor can mark the very field.
 */
import { regionPrefix } from '../../infra/auth/principal.js';
import type { MenuT } from './schema.js';
import { validateMenu, type MenuError } from './validate.js';

export const VARIANT_LIMITS = {
  variants: 20,
  nameChars: 30,
} as const;

/** Problems of the set itself (not of one menu's buttons). */
export type MenuSetErrorCode =
  | 'VARIANTS_NOT_LIST'
  | 'TOO_MANY_VARIANTS'
  | 'VARIANT_NOT_OBJECT'
  | 'VARIANT_NAME_MISSING'
  | 'VARIANT_NAME_TOO_LONG'
  | 'VARIANT_NO_CONDITION'
  | 'DEFAULT_MISSING'
  | 'TAG_INVALID'
  | 'TAG_NOT_FOUND'
  | 'REGION_NOT_FOUND';

export interface MenuSetError {
  path: string;
  code: MenuSetErrorCode;
  /** WeChat's errcode for the same mistake of a conditional menu, when it has one. */
  wechatErrcode?: number;
  limit?: number;
  actual?: number;
}

export type AnyMenuError = MenuError | MenuSetError;

export interface ParsedVariant {
  /** Position in the request, for error paths. */
  index: number;
  id: number | null;
  name: string;
  tagId: number | null;
  /** As sent; saveMenus resolves it against the regions (see normalizeRegionPrefix). */
  regionPrefix: string | null;
  menu: MenuT;
}

export interface ParsedMenuSet {
  /** null: the account has no menu (an empty default, allowed only without variants). */
  default: MenuT | null;
  variants: ParsedVariant[];
}

export type MenuSetValidation =
  { ok: true; set: ParsedMenuSet } | { ok: false; errors: AnyMenuError[]; set: ParsedMenuSet };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Prefixes every path of a menu's errors: `button[0]` → `variants[1].menu.button[0]`. */
function under(prefix: string, errors: MenuError[]): MenuError[] {
  return errors.map((e) => ({ ...e, path: `${prefix}.${e.path}` }));
}

/** An empty default (`{button: []}` or absent buttons) means "no menu". */
function isEmptyMenu(m: unknown): boolean {
  return isObject(m) && (m.button === undefined || (Array.isArray(m.button) && m.button.length === 0));
}

export function validateMenuSet(input: { default: unknown; variants: unknown }): MenuSetValidation {
  const errors: AnyMenuError[] = [];
  const set: ParsedMenuSet = { default: null, variants: [] };
  const rawVariants = input.variants;

  if (!Array.isArray(rawVariants)) {
    errors.push({ path: 'variants', code: 'VARIANTS_NOT_LIST' });
  } else if (rawVariants.length > VARIANT_LIMITS.variants) {
    errors.push({
      path: 'variants',
      code: 'TOO_MANY_VARIANTS',
      wechatErrcode: 65305,
      limit: VARIANT_LIMITS.variants,
      actual: rawVariants.length,
    });
  }
  const variants = Array.isArray(rawVariants) ? rawVariants.slice(0, VARIANT_LIMITS.variants) : [];

  if (isEmptyMenu(input.default)) {
    // WeChat, too, wants a default menu before any conditional one.
    if (variants.length > 0)
      errors.push({ path: 'default.button', code: 'DEFAULT_MISSING', wechatErrcode: 65303 });
  } else {
    const checked = validateMenu(input.default);
    if (checked.ok) set.default = checked.menu;
    else errors.push(...under('default', checked.errors));
  }

  const seenIds = new Set<number>();
  variants.forEach((raw: unknown, i) => {
    const path = `variants[${i}]`;
    if (!isObject(raw)) {
      errors.push({ path, code: 'VARIANT_NOT_OBJECT' });
      return;
    }
    const name = typeof raw.name === 'string' ? raw.name.trim() : '';
    if (name === '') errors.push({ path: `${path}.name`, code: 'VARIANT_NAME_MISSING' });
    else if ([...name].length > VARIANT_LIMITS.nameChars)
      errors.push({
        path: `${path}.name`,
        code: 'VARIANT_NAME_TOO_LONG',
        limit: VARIANT_LIMITS.nameChars,
        actual: [...name].length,
      });

    const match = isObject(raw.match) ? raw.match : {};
    const tagId = match.tagId ?? null;
    const region = match.regionPrefix ?? null;
    const tagOk = tagId === null || (Number.isSafeInteger(tagId) && (tagId as number) > 0);
    if (!tagOk) errors.push({ path: `${path}.match.tagId`, code: 'TAG_INVALID', wechatErrcode: 45159 });
    const regionOk = region === null || (typeof region === 'string' && region !== '');
    if (!regionOk)
      errors.push({ path: `${path}.match.regionPrefix`, code: 'REGION_NOT_FOUND', wechatErrcode: 65313 });
    if (tagId === null && (region === null || region === ''))
      errors.push({ path: `${path}.match`, code: 'VARIANT_NO_CONDITION', wechatErrcode: 65304 });

    const checked = validateMenu(raw.menu);
    if (!checked.ok) errors.push(...under(`${path}.menu`, checked.errors));
    // A repeated id (a variant copied with its id) is a new variant, not a second write to
    // the first one's row, which would silently lose one of them.
    const given = Number.isSafeInteger(raw.id) && (raw.id as number) > 0 ? (raw.id as number) : null;
    const id = given !== null && !seenIds.has(given) ? given : null;
    if (id !== null) seenIds.add(id);
    if (checked.ok && name !== '' && tagOk && regionOk) {
      set.variants.push({
        index: i,
        id,
        name,
        tagId: tagId as number | null,
        regionPrefix: region === '' ? null : (region as string | null),
        menu: checked.menu,
      });
    }
  });

  return errors.length > 0 ? { ok: false, errors, set } : { ok: true, set };
}

/**
 * "411500" or "4115" → "4115": the prefix every code inside the region shares, when the
 * region exists (codes are 2, 4 or 6 digits of GB/T 2260). Answers the six-digit code to
 * look up and the prefix to store, or null when the text cannot name a region.
 */
export function normalizeRegionPrefix(input: string): { code: string; prefix: string } | null {
  if (!/^(\d{2}|\d{4}|\d{6})$/.test(input)) return null;
  const code = input.padEnd(6, '0');
  return { code, prefix: regionPrefix(code) };
}
