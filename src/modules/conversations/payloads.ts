/**
 * The message and inbox-row payloads as TypeBox schemas (HTTP answers, OpenAPI). The same
 * shapes are plain interfaces in src/shared/realtime.ts for the browser apps; the checks at
 * the bottom fail to compile if the two drift apart.
 */
import { Type, type Static, type TSchema } from 'typebox';
import type { ConversationSummaryPayload, MessagePayload } from '../../shared/realtime.js';

const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);

export const MessageSender = Type.Union([
  Type.Literal('citizen'),
  Type.Literal('staff'),
  Type.Literal('auto'),
  Type.Literal('system'),
]);

export const MessageKind = Type.Union([
  Type.Literal('text'),
  Type.Literal('image'),
  Type.Literal('voice'),
  Type.Literal('location'),
  Type.Literal('articles'),
  Type.Literal('link'),
  Type.Literal('event'),
]);

export const ArticleCardItem = Type.Object({
  title: Type.String(),
  summary: Type.String(),
  coverUrl: Nullable(Type.String()),
  url: Type.String(),
});

export const Message = Type.Object({
  id: Type.Integer(),
  conversationId: Type.Integer(),
  accountId: Type.Integer({ description: 'The account that sent it, or that it was sent to' }),
  sender: MessageSender,
  senderName: Nullable(Type.String()),
  kind: MessageKind,
  text: Nullable(Type.String({ description: 'text: the text; event: the menu key; link: the caption' })),
  media: Nullable(
    Type.Object({ url: Type.String(), mime: Type.String(), durationMs: Nullable(Type.Integer()) }),
  ),
  location: Nullable(Type.Object({ lat: Type.Number(), lng: Type.Number(), label: Type.String() })),
  articles: Nullable(Type.Array(ArticleCardItem)),
  link: Nullable(Type.Object({ title: Type.String(), url: Type.String() })),
  clientId: Nullable(Type.String()),
  createdAt: Type.Integer({ description: 'epoch ms' }),
  readAt: Nullable(Type.Integer({ description: 'when the other side read it; null while unread' })),
});

export const ConversationSummary = Type.Object({
  id: Type.Integer(),
  accountId: Type.Integer(),
  openid: Type.String({ description: "The citizen's pseudonym on this account" }),
  status: Type.Union([Type.Literal('open'), Type.Literal('closed')]),
  assignee: Nullable(Type.Object({ id: Type.Integer(), name: Type.String() })),
  waiting: Type.Boolean({ description: 'The citizen wrote last and no staff reply has followed' }),
  lastMessage: Nullable(
    Type.Object({ sender: MessageSender, kind: MessageKind, preview: Type.String(), at: Type.Integer() }),
  ),
  dueAt: Nullable(Type.Integer({ description: 'First-response deadline; null once answered or closed' })),
  firstRespondedAt: Nullable(Type.Integer()),
  overdue: Type.Boolean(),
  unread: Type.Integer({ description: 'Citizen messages the staff have not read' }),
  transferredFrom: Nullable(Type.Object({ accountId: Type.Integer(), accountName: Type.String() })),
  createdAt: Type.Integer(),
  updatedAt: Type.Integer(),
});

/** What the citizen sees of a conversation's state. */
export const ConversationState = Type.Object({
  id: Type.Integer(),
  status: Type.Union([Type.Literal('open'), Type.Literal('closed')]),
  expectedReplyBy: Nullable(
    Type.Integer({ description: '"Expected reply by"; null when answered or closed' }),
  ),
});
export type ConversationStateT = Static<typeof ConversationState>;

export const Note = Type.Object({
  id: Type.Integer(),
  authorId: Type.Integer(),
  authorName: Type.String(),
  text: Type.String(),
  createdAt: Type.Integer(),
});
export type NoteT = Static<typeof Note>;

export const CannedReply = Type.Object({ id: Type.Integer(), title: Type.String(), text: Type.String() });
export type CannedReplyT = Static<typeof CannedReply>;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const messageShapesAgree: Same<Static<typeof Message>, MessagePayload> = true;
export const summaryShapesAgree: Same<Static<typeof ConversationSummary>, ConversationSummaryPayload> = true;
