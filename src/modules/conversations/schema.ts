/**
 * Route schemas of conversations: the HTTP contract of docs/API.md "Messaging (issue 3)" as
 * TypeBox objects (handlers infer their types from these; OpenAPI is generated from them).
 */
import { Type } from 'typebox';
import { CANNED_TEXT_MAX, CANNED_TITLE_MAX } from './cannedReplies.js';
import { NOTE_MAX } from './notes.js';
import { CannedReply, ConversationState, ConversationSummary, Message, Note } from './payloads.js';
import { LABEL_MAX, TEXT_MAX, VOICE_MAX_MS } from './sendCitizenMessage.js';
import { ARTICLES_MAX } from './sendStaffMessage.js';
import { TRANSFER_NOTE_MAX } from './transferConversation.js';

const Id = Type.Integer({ minimum: 1, maximum: 2147483647 });
const ClientId = Type.String({
  pattern: '^[A-Za-z0-9_-]{8,64}$',
  description: 'Client-generated id (8–64 of A–Z a–z 0–9 _ -): the same id again answers the first result',
});
const Text = Type.String({ maxLength: TEXT_MAX, description: '1–2,000 characters' });
const Limit = Type.Integer({ minimum: 1, maximum: 100, default: 30 });
const NullableString = Type.Union([Type.String(), Type.Null()]);

const citizenTags = ['conversations'];
const consoleTags = ['inbox'];

/** Citizen routes name the account like the rest of the citizen API (a string id, 404 when malformed). */
const AccountParam = Type.Object({ id: Type.String({ maxLength: 32 }) });

/** The kinds of citizen message, one object each (also checked one by one for error fields: bodyErrors.ts). */
export const CITIZEN_MESSAGE_KINDS = [
  Type.Object(
    { clientId: ClientId, kind: Type.Literal('text'), text: Text },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      clientId: ClientId,
      kind: Type.Literal('image'),
      mediaId: Id,
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      clientId: ClientId,
      kind: Type.Literal('voice'),
      mediaId: Id,
      durationMs: Type.Optional(Type.Integer({ minimum: 1, maximum: VOICE_MAX_MS, description: '≤ 60,000' })),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      clientId: ClientId,
      kind: Type.Literal('location'),
      lat: Type.Number({ minimum: -90, maximum: 90 }),
      lng: Type.Number({ minimum: -180, maximum: 180 }),
      label: Type.Optional(Type.String({ maxLength: LABEL_MAX })),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      clientId: ClientId,
      kind: Type.Literal('event'),
      key: Type.String({ minLength: 1, maxLength: 128, description: 'The menu button key' }),
    },
    { additionalProperties: false },
  ),
];

export const readThreadSchema = {
  tags: citizenTags,
  summary: "The citizen's messages with an account, oldest first 与公众号的消息",
  params: AccountParam,
  querystring: Type.Object({
    before: Type.Optional(
      Type.Integer({ minimum: 1, maximum: 2147483647, description: 'A message id: older messages only' }),
    ),
    limit: Limit,
  }),
  response: {
    200: Type.Object({
      items: Type.Array(Message),
      nextCursor: Type.Union([Type.String({ description: 'pass as `before`' }), Type.Null()]),
      conversation: Type.Union([ConversationState, Type.Null()]),
    }),
  },
};

export const sendMessageSchema = {
  tags: citizenTags,
  summary: 'Send a message to an account (idempotent per clientId) 发送消息',
  params: AccountParam,
  body: Type.Union(CITIZEN_MESSAGE_KINDS),
  response: {
    200: Type.Object({
      message: Type.Union([Message, Type.Null()], { description: 'null for menu clicks (events)' }),
      replies: Type.Array(Message),
      conversation: ConversationState,
    }),
  },
};

export const uploadMessageMediaSchema = {
  tags: citizenTags,
  summary:
    'Upload an image (JPEG/PNG/GIF/WebP ≤ 5 MB) or voice (WebM/Ogg/MP4/MPEG/AAC ≤ 2 MB) for a message, multipart field "file"',
  consumes: ['multipart/form-data'],
  params: AccountParam,
  response: {
    201: Type.Object({
      mediaId: Type.Integer(),
      url: Type.String(),
      mime: Type.String(),
      size: Type.Integer(),
    }),
  },
};

export const citizenReadSchema = {
  tags: citizenTags,
  summary: "Read receipt: the citizen read the account's messages up to upToId 已读回执",
  params: AccountParam,
  body: Type.Object({ upToId: Id }, { additionalProperties: false }),
  response: { 204: Type.Null() },
};

export const messageMediaSchema = {
  tags: citizenTags,
  summary: "A citizen's image or voice recording (the citizen, or staff of an account holding it)",
  params: Type.Object({ mediaId: Id }),
};

// ---- console ---------------------------------------------------------------------------

const AccountParams = Type.Object({ accountId: Id });
const ConversationParams = Type.Object({ conversationId: Id });

export const listInboxSchema = {
  tags: consoleTags,
  summary: "An account's conversations by filter, newest activity first, with counts 会话列表",
  params: AccountParams,
  querystring: Type.Object({
    filter: Type.Union(
      ['all', 'unassigned', 'mine', 'waiting', 'overdue', 'closed'].map((f) => Type.Literal(f)),
      { default: 'all', description: 'all = every open conversation; closed = the closed ones' },
    ),
    q: Type.Optional(Type.String({ maxLength: 100, description: 'Searches message text' })),
    cursor: Type.Optional(Type.String({ maxLength: 64 })),
    limit: Limit,
  }),
  response: {
    200: Type.Object({
      items: Type.Array(ConversationSummary),
      nextCursor: NullableString,
      counts: Type.Object({
        unassigned: Type.Integer(),
        mine: Type.Integer(),
        waiting: Type.Integer(),
        overdue: Type.Integer(),
      }),
    }),
  },
};

export const getConversationSchema = {
  tags: consoleTags,
  summary: 'One conversation: its inbox row, latest messages (oldest first) and internal notes',
  params: ConversationParams,
  response: {
    200: Type.Object({
      conversation: ConversationSummary,
      messages: Type.Array(Message),
      notes: Type.Array(Note),
      hasOlder: Type.Boolean(),
    }),
  },
};

export const listMessagesSchema = {
  tags: consoleTags,
  summary: 'Older messages of a conversation, oldest first',
  params: ConversationParams,
  querystring: Type.Object({ before: Type.Optional(Id), limit: Limit }),
  response: { 200: Type.Object({ items: Type.Array(Message), nextCursor: NullableString }) },
};

export const STAFF_MESSAGE_KINDS = [
  Type.Object(
    { clientId: ClientId, kind: Type.Literal('text'), text: Text },
    { additionalProperties: false },
  ),
  Type.Object(
    { clientId: ClientId, kind: Type.Literal('image'), mediaId: Id },
    { additionalProperties: false, description: "One of the account's console media" },
  ),
  Type.Object(
    {
      clientId: ClientId,
      kind: Type.Literal('articles'),
      publicationIds: Type.Array(Id, { minItems: 1, maxItems: ARTICLES_MAX }),
    },
    { additionalProperties: false, description: 'Publications of the account, sent as cards' },
  ),
];

export const staffMessageSchema = {
  tags: consoleTags,
  summary: 'Reply in a conversation (idempotent per clientId); stops the response clock',
  params: ConversationParams,
  body: Type.Union(STAFF_MESSAGE_KINDS),
  response: { 200: Message },
};

export const addNoteSchema = {
  tags: consoleTags,
  summary: 'Add an internal note (staff only, never shown to the citizen)',
  params: ConversationParams,
  body: Type.Object({ text: Type.String({ maxLength: NOTE_MAX }) }, { additionalProperties: false }),
  response: { 201: Note },
};

export const assignSchema = {
  tags: consoleTags,
  summary: 'Assign to an admin or responder of the account (null: unassign)',
  params: ConversationParams,
  body: Type.Object({ assigneeId: Type.Union([Id, Type.Null()]) }, { additionalProperties: false }),
  response: { 200: ConversationSummary },
};

export const closeSchema = {
  tags: consoleTags,
  summary: 'Close a conversation (cancels its response clock)',
  params: ConversationParams,
  response: { 200: ConversationSummary },
};

export const reopenSchema = { ...closeSchema, summary: 'Reopen a closed conversation' };

export const transferSchema = {
  tags: consoleTags,
  summary: 'Transfer to another account: history, clock and access travel with it',
  params: ConversationParams,
  body: Type.Object(
    { toAccountId: Id, note: Type.Optional(Type.String({ maxLength: TRANSFER_NOTE_MAX })) },
    { additionalProperties: false },
  ),
  response: { 200: ConversationSummary },
};

export const staffReadSchema = {
  tags: consoleTags,
  summary: "Read receipt: the staff read the citizen's messages up to upToId",
  params: ConversationParams,
  body: Type.Object({ upToId: Id }, { additionalProperties: false }),
  response: { 204: Type.Null() },
};

const CannedInput = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: CANNED_TITLE_MAX }),
    text: Type.String({ minLength: 1, maxLength: CANNED_TEXT_MAX }),
  },
  { additionalProperties: false },
);

export const listCannedSchema = {
  tags: consoleTags,
  summary: "An account's canned replies",
  params: AccountParams,
  response: { 200: Type.Object({ items: Type.Array(CannedReply) }) },
};

export const createCannedSchema = {
  tags: consoleTags,
  summary: 'Add a canned reply (admins)',
  params: AccountParams,
  body: CannedInput,
  response: { 201: CannedReply },
};

export const updateCannedSchema = {
  tags: consoleTags,
  summary: 'Change a canned reply (admins)',
  params: Type.Object({ accountId: Id, id: Id }),
  body: CannedInput,
  response: { 200: CannedReply },
};

export const deleteCannedSchema = {
  tags: consoleTags,
  summary: 'Delete a canned reply (admins)',
  params: Type.Object({ accountId: Id, id: Id }),
  response: { 204: Type.Null() },
};
