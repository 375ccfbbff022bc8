/** Automatic replies: keyword rules, the on-follow greeting and the default reply. Row types; see ../schema.ts for the conventions. */

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by the domain's migration
export interface AutoReplyTables {}
