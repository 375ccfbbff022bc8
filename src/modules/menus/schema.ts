/**
 * Request and answer schemas of custom menus (docs/API.md). The menu is WeChat's own
 * `menu/create` body, field names and all (`button`, `sub_button`, snake_case), so SDKs
 * written for WeChat and the native API share one shape.
 */
import { Type, type Static } from 'typebox';

const Name = Type.String({
  description: 'Shown on the button; ≤16 bytes UTF-8 top-level, ≤60 in a sub-menu',
});

export const ClickButton = Type.Object(
  {
    type: Type.Literal('click'),
    name: Name,
    key: Type.String({ description: 'Event key sent to the account (≤128 bytes)' }),
  },
  { description: 'Sends a CLICK event with the key: a keyword reply or a built-in service answers it' },
);

export const ViewButton = Type.Object(
  {
    type: Type.Literal('view'),
    name: Name,
    url: Type.String({ description: 'http(s) URL or a site-relative path such as /a/<slug> (≤1024 bytes)' }),
  },
  { description: 'Opens the URL' },
);

export const MenuAction = Type.Union([ClickButton, ViewButton]);

export const MenuGroup = Type.Object(
  { name: Name, sub_button: Type.Array(MenuAction, { minItems: 1, maxItems: 5 }) },
  { description: 'A top-level button that opens a list of up to 5 sub-buttons' },
);

export const Menu = Type.Object({
  button: Type.Array(Type.Union([MenuGroup, ClickButton, ViewButton]), { maxItems: 3 }),
});

export type ClickButtonT = Static<typeof ClickButton>;
export type ViewButtonT = Static<typeof ViewButton>;
export type MenuActionT = Static<typeof MenuAction>;
export type MenuGroupT = Static<typeof MenuGroup>;
export type MenuButtonT = Static<typeof Menu>['button'][number];
export type MenuT = Static<typeof Menu>;

export const getMenuSchema = {
  tags: ['menus'],
  summary: "An account's custom menu (WeChat shape) 公众号自定义菜单",
  params: Type.Object({ id: Type.String({ maxLength: 32 }) }),
  response: { 200: Menu },
};
