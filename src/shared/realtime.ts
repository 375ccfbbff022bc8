/**
 * The typed real-time contract: every server→client event and its payload, in one map that
 * the server and both Vue apps import. Add an event here first; the compiler then shows
 * every place that must handle it.
 *
 * Rooms: `account:<id>` (followers and staff of an account), `citizen:<id>` (one citizen's
 * devices), `staff-account:<id>` (console users of an account), `staff:<id>` (one staff
 * user's tabs: personal notifications).
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
  /** Its signature (src/modules/signing), where the answer carries one; absent when unsigned. */
  signature?: ContentSignature;
}

/** A signature as it travels with content; `url` opens the verification page (/v/<code>). */
export interface ContentSignature {
  /** 10-character verification code (Crockford base32), shown as ABCDE-FGHJK. */
  code: string;
  keyId: string;
  algorithm: 'Ed25519';
  /** base64url Ed25519 signature over the canonical payload (docs/SIGNING.md). */
  value: string;
  signedAt: number;
  url: string;
}

/** Who wrote a conversation message. `auto` = an automatic reply; `system` = a notice (transfer, close). */
export type MessageSender = 'citizen' | 'staff' | 'auto' | 'system';
export type MessageKind = 'text' | 'image' | 'voice' | 'location' | 'articles' | 'link' | 'event';

/** One message of a conversation, as both the citizen and the console see it. */
export interface MessagePayload {
  id: number;
  conversationId: number;
  /** Account that sent it (staff/auto/system) or that it was sent to (citizen). */
  accountId: number;
  sender: MessageSender;
  /** Staff display name or account name; null for the citizen's own messages. */
  senderName: string | null;
  kind: MessageKind;
  /** text: the text; event: the menu key; link: the caption. */
  text: string | null;
  /** image and voice. */
  media: { url: string; mime: string; durationMs: number | null } | null;
  location: { lat: number; lng: number; label: string } | null;
  /** articles: one or more cards (WeChat's news message). */
  articles: Array<{ title: string; summary: string; coverUrl: string | null; url: string }> | null;
  /** link: a built-in service page or URL, e.g. `/accounts/henan-edu/hotlines`. */
  link: { title: string; url: string } | null;
  /** The sender's idempotency key (citizen and staff sends); null for auto/system. */
  clientId: string | null;
  createdAt: number;
  /** When the other side read it (read receipts); null while unread. */
  readAt: number | null;
}

/** A conversation as the staff inbox lists it. */
export interface ConversationSummaryPayload {
  id: number;
  accountId: number;
  /** The citizen's per-account pseudonym (what staff see of a citizen). */
  openid: string;
  status: 'open' | 'closed';
  assignee: { id: number; name: string } | null;
  /** The citizen wrote last and no staff reply has followed. */
  waiting: boolean;
  lastMessage: { sender: MessageSender; kind: MessageKind; preview: string; at: number } | null;
  /** First-response deadline; null once answered or when closed. */
  dueAt: number | null;
  firstRespondedAt: number | null;
  overdue: boolean;
  /** Citizen messages the staff have not read. */
  unread: number;
  /** Set when the conversation came from another account. */
  transferredFrom: { accountId: number; accountName: string } | null;
  createdAt: number;
  updatedAt: number;
}

/** A staff notification (response clock warnings, breaches, transfers, assignments). */
export interface NotificationPayload {
  id: number;
  accountId: number | null;
  kind:
    | 'clock.warning'
    | 'clock.breached'
    | 'conversation.assigned'
    | 'conversation.transferred'
    // Review workflow: something awaits the recipient's review; the recipient's submission was decided.
    | 'review.awaiting'
    | 'review.approved'
    | 'review.rejected'
    // Fake-account reports: the platform suspended or reinstated the recipient's account.
    | 'account.suspended'
    | 'account.reinstated'
    // Account verification: an application arrived (platform admins), was decided; the badge expires or lapsed.
    | 'verification.submitted'
    | 'verification.changes_requested'
    | 'verification.approved'
    | 'verification.rejected'
    | 'verification.expiring'
    | 'verification.lapsed'
    // Impersonation guard: the platform decided a held name of the recipient's account.
    | 'name_hold.approved'
    | 'name_hold.rejected'
    // Cases: clock warning/breach to the team, escalation to leaders and supervisors, arrivals and assists.
    | 'case.warning'
    | 'case.breached'
    | 'case.escalated'
    | 'case.transferred'
    | 'case.assist'
    // Cases: a new case filed with (or routed to) the recipient's account; its citizen reopened one.
    | 'case.received'
    | 'case.reopened';
  /** Already localised at creation, zh-CN and English. */
  title: { zh: string; en: string };
  body: { zh: string; en: string };
  /** Console path to open, e.g. `/console/accounts/3/inbox/17`. */
  link: string | null;
  createdAt: number;
  readAt: number | null;
}

/** A mass push's state and delivery counts, as the console's progress bar shows them. */
export interface PushProgressPayload {
  id: number;
  accountId: number;
  status: 'scheduled' | 'sending' | 'sent' | 'cancelled';
  targeted: number | null;
  webpush: { total: number; sent: number; failed: number; gone: number };
}

export interface ServerEvents {
  /** A new publication in an account's thread. */
  'publication.created': PublicationCardPayload;
  /** Follower count of an account changed (console dashboards). */
  'account.followers': { accountId: number; followerCount: number };
  /** The citizen's follow state changed on another device. */
  'follow.changed': { accountId: number; following: boolean };
  /** A message in a conversation (rooms `citizen:<id>` — never notes — and `staff-account:<id>`). */
  'message.created': MessagePayload;
  /** The other side read messages up to `upToId` (read receipts). */
  'conversation.read': {
    accountId: number;
    conversationId: number;
    reader: 'citizen' | 'staff';
    upToId: number;
    at: number;
  };
  /** The citizen's view of their conversation with an account changed (room `citizen:<id>`). */
  'conversation.status': {
    accountId: number;
    conversationId: number;
    status: 'open' | 'closed';
    /** "Expected reply by …"; null when answered or closed. */
    expectedReplyBy: number | null;
  };
  /** The inbox row of a conversation changed (room `staff-account:<id>`). */
  'conversation.updated': ConversationSummaryPayload;
  /** A conversation left this account by transfer (room `staff-account:<from id>`). */
  'conversation.removed': { accountId: number; conversationId: number };
  /** A personal notification for one staff user (room `staff:<id>`). */
  'notification.created': NotificationPayload;
  /** A push's progress and report changed (room `staff-account:<id>`). */
  'push.progress': PushProgressPayload;
  /**
   * The account released something to part of its followers (room `account:<id>`): no
   * content, so non-matching followers learn nothing; the citizen app re-reads home/thread.
   */
  'feed.changed': { accountId: number };
}

export type ServerEventName = keyof ServerEvents;

export interface ServerEventEnvelope<E extends ServerEventName = ServerEventName> {
  event: E;
  data: ServerEvents[E];
}

export type Room = `account:${number}` | `citizen:${number}` | `staff-account:${number}` | `staff:${number}`;
