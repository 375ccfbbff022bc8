/** One-to-one conversations: conversations, messages, notes, canned replies, citizen media, messaging settings. Row types; see ../schema.ts for the conventions. */

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the domain's migration
export interface ConversationTables {}
