/**
 * The typed real-time contract: every server→client event and its payload, in one map that
 * the server and both Vue apps import. Add an event here first; the compiler then shows
 * every place that must handle it.
 *
 * Rooms: `account:<id>` (followers and staff of an account), `citizen:<id>` (one citizen's
 * devices), `staff-account:<id>` (console users of an account).
 */

export interface PublicationCardPayload {
  id: number;
  slug: string;
  seq: number;
  accountId: number;
  accountName: string;
  title: string;
  summary: string;
  coverUrl: string | null;
  publishedAt: number;
  url: string;
}

export interface ServerEvents {
  /** A new publication in an account's thread. */
  'publication.created': PublicationCardPayload;
  /** Follower count of an account changed (console dashboards). */
  'account.followers': { accountId: number; followerCount: number };
  /** The citizen's follow state changed on another device. */
  'follow.changed': { accountId: number; following: boolean };
}

export type ServerEventName = keyof ServerEvents;

export interface ServerEventEnvelope<E extends ServerEventName = ServerEventName> {
  event: E;
  data: ServerEvents[E];
}

export type Room = `account:${number}` | `citizen:${number}` | `staff-account:${number}`;
