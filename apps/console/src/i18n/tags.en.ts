/** English strings of follower tags. Typed by tags.zh-CN.ts so every key must be present. */
import type zh from './tags.zh-CN';

const en: typeof zh = {
  column: 'Tags',
  none: 'None',
  edit: 'Set tags',
  manage: 'Manage tags',
  dialogTitle: 'Set tags',
  dialogFor: 'Follower {openid}',
  manageTitle: 'Manage tags',
  manageIntro:
    'Tags group followers; conditional menus can show different menus to followers with different tags. At most 100 tags per account.',
  name: 'Tag',
  followers: 'Followers',
  newPlaceholder: 'New tag name, at most 30 characters',
  create: 'Create tag',
  created: 'Tag created',
  rename: 'Rename',
  renamed: 'Tag renamed',
  remove: 'Delete',
  removeConfirm: 'Delete the tag "{name}"? Followers carrying it lose it.',
  removed: 'Tag deleted',
  saved: 'Tags updated',
  empty: 'No tags yet.',
  noTags: 'No tags yet: create one with "Manage tags" first.',
};

export default en;
