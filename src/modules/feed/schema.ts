/** Request and answer schemas of reading and real-time events (docs/API.md). */
import { Type } from 'typebox';
import { AccountCard } from '../accounts/card.js';
import { PublicationCard } from '../publishing/card.js';

const CardPage = Type.Object({
  items: Type.Array(PublicationCard),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});

const limit = Type.Integer({ minimum: 1, maximum: 100, default: 20 });

export const threadSchema = {
  tags: ['reading'],
  summary: "An account's publications, newest first; marks them read 公众号消息列表",
  params: Type.Object({ id: Type.String({ maxLength: 32 }) }),
  querystring: Type.Object({
    beforeSeq: Type.Optional(Type.Integer({ minimum: 1 })),
    /** The previous page's nextCursor (same meaning as beforeSeq). */
    cursor: Type.Optional(Type.String({ maxLength: 20 })),
    limit,
  }),
  response: { 200: CardPage },
};

export const markReadSchema = {
  tags: ['reading'],
  summary: "Marks the account's thread read up to its latest publication 标记已读",
  params: Type.Object({ id: Type.String({ maxLength: 32 }) }),
  response: { 204: Type.Null() },
};

export const homeSchema = {
  tags: ['reading'],
  summary: 'Followed accounts with their latest publication and unread count 订阅号列表',
  response: {
    200: Type.Object({
      items: Type.Array(
        Type.Object({
          account: AccountCard,
          latest: Type.Union([PublicationCard, Type.Null()]),
          unread: Type.Integer(),
        }),
      ),
    }),
  },
};

export const feedSchema = {
  tags: ['reading'],
  summary: 'Merged timeline of followed accounts, newest first 订阅消息流',
  querystring: Type.Object({ cursor: Type.Optional(Type.String({ maxLength: 64 })), limit }),
  response: { 200: CardPage },
};

export const citizenEventsSchema = {
  tags: ['real-time'],
  summary: 'Server-Sent Events of the signed-in citizen (text/event-stream) 实时事件',
};

export const staffEventsSchema = {
  tags: ['real-time'],
  summary: "Server-Sent Events of an account's console (text/event-stream) 后台实时事件",
  querystring: Type.Object({ accountId: Type.String({ maxLength: 32 }) }),
};
