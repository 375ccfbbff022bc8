/**
 * Request and answer schemas of custom menus (docs/API.md). The menu is WeChat's own
 * `menu/create` body, field names and all (`button`, `sub_button`, snake_case), so SDKs
 * written for WeChat and the native API share one shape.
 */
import { Type, type Static } from 'typebox';
import { PublicationCard } from '../publishing/card.js';

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

export const ArticleButton = Type.Object(
  {
    type: Type.Literal('article_id'),
    name: Name,
    article_id: Type.String({ description: "Slug of one of the account's publications (/a/<slug>)" }),
  },
  { description: 'Opens a published article of the account in the reader' },
);

/**
 * Built-in service pages a `service` button opens (a Zhengwei extension of WeChat's types).
 * conversation: the thread with the message input open; hotlines: the account's service
 * phone numbers; articles: the account's publications, newest first.
 */
export const MENU_SERVICES = ['conversation', 'hotlines', 'articles'] as const;
export type MenuServiceT = (typeof MENU_SERVICES)[number];

export const ServiceButton = Type.Object(
  {
    type: Type.Literal('service'),
    name: Name,
    service: Type.Union([Type.Literal('conversation'), Type.Literal('hotlines'), Type.Literal('articles')]),
  },
  { description: 'Opens a built-in service page of the account (Zhengwei extension)' },
);

export const MenuAction = Type.Union([ClickButton, ViewButton, ArticleButton, ServiceButton]);

export const MenuGroup = Type.Object(
  { name: Name, sub_button: Type.Array(MenuAction, { minItems: 1, maxItems: 5 }) },
  { description: 'A top-level button that opens a list of up to 5 sub-buttons' },
);

export const Menu = Type.Object({
  button: Type.Array(Type.Union([MenuGroup, ClickButton, ViewButton, ArticleButton, ServiceButton]), {
    maxItems: 3,
  }),
});

export type ClickButtonT = Static<typeof ClickButton>;
export type ViewButtonT = Static<typeof ViewButton>;
export type ArticleButtonT = Static<typeof ArticleButton>;
export type ServiceButtonT = Static<typeof ServiceButton>;
// The schema's literals and MENU_SERVICES must name the same services.
export const servicesAgree: [MenuServiceT] extends [ServiceButtonT['service']]
  ? [ServiceButtonT['service']] extends [MenuServiceT]
    ? true
    : never
  : never = true;
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

const AccountParams = Type.Object({ id: Type.String({ maxLength: 32 }) });

export const Hotline = Type.Object({
  name: Type.String({ description: 'e.g. 政务服务便民热线' }),
  phone: Type.String({ description: 'as dialled, e.g. 12345 or 0376-6221234' }),
  hours: Type.String({ description: 'free text, e.g. 24小时; empty when not given' }),
});

export const hotlinesSchema = {
  tags: ['menus'],
  summary: "An account's service hotlines (public) 公众号便民电话",
  params: AccountParams,
  response: { 200: Type.Object({ items: Type.Array(Hotline) }) },
};

export const accountArticlesSchema = {
  tags: ['menus'],
  summary: "An account's publications, newest first, without marking anything read (public) 公众号文章列表",
  params: AccountParams,
  querystring: Type.Object({
    cursor: Type.Optional(Type.String({ maxLength: 16, description: 'nextCursor of the previous page' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 20 })),
  }),
  response: {
    200: Type.Object({
      items: Type.Array(PublicationCard),
      nextCursor: Type.Union([Type.String(), Type.Null()]),
    }),
  },
};
