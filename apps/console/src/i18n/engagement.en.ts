/** English strings of comment moderation and engagement figures. Typed by engagement.zh-CN.ts. */
import type zh from './engagement.zh-CN';

const en: typeof zh = {
  nav: 'Comments',
  title: 'Comments',
  intro:
    'Readers’ comments under articles. By default they wait for review and become public once approved; you can feature them on top, reply as the account, or delete them with a reason. Every action is audited.',
  autoPublish: 'Publish comments without review',
  autoPublishHint:
    'Off (default): a new comment is visible only to its author (marked “in review”) until it is approved.',
  saved: 'Saved',
  loadFailed: 'Loading failed; please try again later',
  more: 'Load more',
  cancel: 'Cancel',
  openidHint: 'The commenter’s openid on this account',
  officialReply: 'Official reply',
  deletedBecause: 'Deleted because: {reason}',
  tabs: { held: 'In review', published: 'Public', featured: 'Featured', deleted: 'Deleted' },
  empty: {
    held: 'No comments waiting for review',
    published: 'No public comments yet',
    featured: 'No featured comments yet',
    deleted: 'No deleted comments',
  },
  status: { held: 'In review', deleted: 'Deleted', featured: 'Featured' },
  actions: {
    approve: 'Approve',
    feature: 'Feature',
    unfeature: 'Unfeature',
    reply: 'Reply',
    editReply: 'Edit reply',
    sendReply: 'Publish reply',
    delete: 'Delete',
  },
  done: {
    approved: 'Approved; the comment is public',
    featured: 'Featured on top',
    unfeatured: 'No longer featured',
    replied: 'Reply published',
    deleted: 'Comment deleted',
  },
  replyTitle: 'Reply as the account',
  replyPlaceholder: 'Shown under the comment; each comment keeps one official reply',
  deleteTitle: 'Delete comment',
  deletePlaceholder: 'Why is it deleted? (goes to the audit log)',
  card: {
    title: 'Engagement',
    notPublished: 'Reads, likes, shares and comments show once the article is published.',
    reads: 'Reads',
    readsSplit: 'signed in {signedIn} · anonymous {anonymous}',
    likes: 'Likes',
    shares: 'Shares',
    shareOpens: 'opened {n} times via shares',
    useful: 'Found useful',
    usefulSplit: 'useful {useful} · not useful {notUseful}',
    comments: 'Public comments',
    held: '{n} in review',
  },
  hours: {
    title: 'When readers read (Beijing time)',
    suggested: 'Suggested push times: {hours} (when this account’s readers read most)',
    default: 'Too few reads yet; suggested push times: {hours} (common reading peaks)',
  },
};

export default en;
