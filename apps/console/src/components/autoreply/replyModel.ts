/**
 * Replies as the editor holds them: the server's reply view (with image urls and article
 * titles for display), turned back into the stored shape when saved.
 */
import type { AutoReplyInput, AutoReplyView } from '../../../../shared/types';

export type EditableReply = AutoReplyView;
export type ReplyKind = EditableReply['kind'];
export type MatchType = 'exact' | 'contains' | 'regex';

/** A new, empty reply of a kind. */
export function blankReply(kind: ReplyKind): EditableReply {
  switch (kind) {
    case 'text':
      return { kind, text: '' };
    case 'image':
      return { kind, mediaId: 0, url: null };
    case 'articles':
      return { kind, publicationIds: [], articles: [] };
    case 'link':
      return { kind, title: '', url: '' };
  }
}

/** What the server stores: references only. */
export function toInput(r: EditableReply): AutoReplyInput {
  switch (r.kind) {
    case 'text':
      return { kind: 'text', text: r.text };
    case 'image':
      return { kind: 'image', mediaId: r.mediaId };
    case 'articles':
      return { kind: 'articles', publicationIds: r.publicationIds };
    case 'link':
      return { kind: 'link', title: r.title.trim(), url: r.url.trim() };
  }
}

/** Whether the reply has what it needs to be saved. */
export function isComplete(r: EditableReply): boolean {
  switch (r.kind) {
    case 'text':
      return r.text.trim().length > 0;
    case 'image':
      return r.mediaId > 0;
    case 'articles':
      return r.publicationIds.length > 0;
    case 'link':
      return r.title.trim().length > 0 && r.url.trim().length > 0;
  }
}

/** A deep copy, so a dialog edits its own replies and Cancel leaves the list as it was. */
export function cloneReplies(rs: readonly EditableReply[]): EditableReply[] {
  return JSON.parse(JSON.stringify(rs)) as EditableReply[];
}

/**
 * The index a server field error points at: `keywords[3].keyword` → 3 for `keywords`,
 * `replies[1].mediaId` → 1 for `replies`.
 */
export function fieldIndex(field: string | undefined, list: 'keywords' | 'replies'): number | null {
  const m = field ? new RegExp(`^${list}\\[(\\d+)\\]`).exec(field) : null;
  return m ? Number(m[1]) : null;
}
