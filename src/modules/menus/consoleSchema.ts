/**
 * Console schemas of custom menus and hotlines (docs/API.md, "Messaging (issue 3)").
 * The menu set is answered in its strict shape; it is accepted loosely and checked by
 * validateMenuSet instead, so a broken menu gets MENU_INVALID naming every button at fault
 * (not a schema error about the first one).
 */
import { Type } from 'typebox';
import { HOTLINE_LIMITS, PHONE_PATTERN } from './hotlines.js';
import { VARIANT_LIMITS } from './menuSet.js';
import { Hotline, Menu } from './schema.js';

const tags = ['menus'];
const Id = Type.Integer({ minimum: 1, maximum: 2147483647 });
const AccountParams = Type.Object({ accountId: Id });

export const MenuVariant = Type.Object({
  id: Type.Integer(),
  name: Type.String({ description: `shown to staff only; 1–${VARIANT_LIMITS.nameChars} characters` }),
  match: Type.Object({
    tagId: Type.Union([Type.Integer(), Type.Null()], { description: 'a follower tag of the account' }),
    regionPrefix: Type.Union([Type.String(), Type.Null()], {
      description:
        'citizens whose region code starts with it ("4115" = Xinyang); a region code is accepted and shortened',
    }),
  }),
  menu: Menu,
});

export const MenuSet = Type.Object({
  default: Menu,
  variants: Type.Array(MenuVariant, { description: 'match order: the first variant a citizen matches wins' }),
});

export const getMenusSchema = {
  tags,
  summary: "An account's default and conditional menus 自定义菜单（含个性化菜单）",
  params: AccountParams,
  response: { 200: MenuSet },
};

export const putMenusSchema = {
  tags,
  summary:
    'Replace the default and conditional menus in one go (all checked first; MENU_INVALID names each fault)',
  params: AccountParams,
  body: Type.Object({
    default: Type.Unknown({ description: 'Menu; `{button: []}` = no menu (only without variants)' }),
    variants: Type.Array(Type.Unknown(), {
      maxItems: 100,
      description: 'MenuVariant without `id` for a new one; listed order = match order',
    }),
  }),
  response: { 200: MenuSet },
};

const HotlineInput = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: HOTLINE_LIMITS.name }),
    phone: Type.String({ minLength: 3, maxLength: HOTLINE_LIMITS.phone, pattern: PHONE_PATTERN }),
    hours: Type.String({ maxLength: HOTLINE_LIMITS.hours }),
  },
  { additionalProperties: false },
);

export const getHotlinesSchema = {
  tags,
  summary: "An account's hotlines, for editing",
  params: AccountParams,
  response: { 200: Type.Object({ items: Type.Array(Hotline) }) },
};

export const putHotlinesSchema = {
  tags,
  summary: "Replace an account's hotlines (display order as listed)",
  params: AccountParams,
  body: Type.Object({ items: Type.Array(HotlineInput, { maxItems: HOTLINE_LIMITS.items }) }),
  response: { 200: Type.Object({ items: Type.Array(Hotline) }) },
};
