/** One-line descriptions of replies and match types for lists. */
import type { EditableReply, MatchType } from './replyModel';

type T = (key: string, values?: Record<string, unknown>) => string;

/** "高考成绩请登录… / [图片] / [图文 2 篇]": what a rule sends, at a glance. */
export function replySummary(replies: readonly EditableReply[], t: T): string {
  return replies
    .map((r) => {
      switch (r.kind) {
        case 'text':
          return r.text;
        case 'image':
          return t('autoreply.reply.summaryImage');
        case 'articles':
          return t('autoreply.reply.summaryArticles', { n: r.publicationIds.length });
        case 'link':
          return t('autoreply.reply.summaryLink', { title: r.title });
      }
    })
    .join(' / ');
}

/** Tag colours: exact blue, contains green, regex orange. */
export function matchTagType(m: MatchType): 'primary' | 'success' | 'warning' {
  return m === 'exact' ? 'primary' : m === 'contains' ? 'success' : 'warning';
}
