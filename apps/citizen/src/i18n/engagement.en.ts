/** English strings of the reader's engagement. Typed by engagement.zh-CN.ts so every key is present. */
import type zh from './engagement.zh-CN';

const en: typeof zh = {
  reads: '{n} reads',
  likes: '{n} likes',
  like: 'Like',
  signInFirst: 'Please sign in first',
  failed: 'That did not work; please try again later',
  thanks: 'Thanks for your feedback',
  feedback: {
    question: 'Was this article useful to you?',
    useful: 'Useful',
    notUseful: 'Not useful',
    percent: '{n}% of readers found it useful',
    percentShort: '{n}% useful',
  },
  comments: {
    title: 'Comments',
    write: 'Write a comment',
    empty: 'No comments yet. Say something!',
    me: 'Me',
    citizen: 'Citizen ****{tail}',
    featured: 'Featured',
    reviewing: 'In review',
    officialReply: 'Reply from {name}',
    placeholder: 'Write your comment; please be civil',
    hint: 'Do not include ID numbers, addresses or other personal details',
    send: 'Send',
    held: 'Sent; it will be public once approved',
    posted: 'Comment posted',
  },
};

export default en;
