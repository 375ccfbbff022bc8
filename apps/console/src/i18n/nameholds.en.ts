import type zh from './nameholds.zh-CN';

/** English strings of the name holds (impersonation guard), merged in index.ts under `nameHolds`. */
const en: typeof zh = {
  nav: 'Name holds',
  title: 'Name holds',
  explain:
    'A new or changed account name that is too close to another account’s verified name (variant, look-alike or homophone characters, characters added, dropped or swapped, pinyin, decorations such as 官方 or 发布, a dropped 市 or 省 …) does not take effect; it waits here for the platform’s review.',
  filter: 'Status',
  all: 'All',
  status: {
    pending: 'Pending',
    approved: 'Approved',
    rejected: 'Rejected',
    superseded: 'Replaced by a newer request',
  },
  kind: {
    create: 'New account',
    rename: 'Rename',
  },
  account: 'Account',
  proposedName: 'Requested name',
  closestName: 'Close verified name',
  score: 'Similarity',
  reasons: 'Differences',
  requestedAt: 'Requested',
  decision: 'Decision',
  actions: 'Actions',
  approve: 'Approve',
  reject: 'Reject',
  approveConfirm: 'After approval “{name}” takes effect{extra}. Approve?',
  approveCreateExtra: ' and the account becomes public',
  approved: 'Approved',
  rejectTitle: 'Reject “{name}”',
  rejectReason: 'Reason (the account’s admins read it)',
  rejectReasonRequired: 'Give a reason',
  rejected: 'Rejected',
  cancel: 'Cancel',
  confirm: 'OK',
  empty: 'No name holds',
  scoreHint: 'Held from a similarity of 0.6; 1 means identical to the verified name',
  heldTitle: 'Name awaiting platform review',
  heldCreate:
    'The account was created, but its name “{name}” is too close to the verified account “{closest}” (similarity {score}); it stays hidden from the public until the platform approves it.',
  heldRename:
    'The new name “{name}” is too close to the verified account “{closest}” (similarity {score}); it was not applied and awaits platform review. Your other changes were saved.',
  heldPending:
    'The name “{name}” is too close to the verified account “{closest}” (similarity {score}) and awaits platform review.',
  rejectedTitle: 'Name not approved by the platform',
  heldRejected:
    'The name “{name}” is too close to the verified account “{closest}” (similarity {score}) and was not approved: {reason}. Change the name and save; the new name is checked again. Until then the account stays hidden from the public.',
  why: 'Differences: ',
  diff: {
    variant: 'variant, traditional or full-width characters or symbols',
    decorationAdded: 'decoration “{c}” added',
    decorationRemoved: '“{v}” left out',
    adminAdded: '“{c}” added',
    adminRemoved: '“{v}” left out',
    lookalike: '“{c}” looks like “{v}”',
    homophone: '“{c}” sounds like “{v}”',
    pinyin: 'pinyin “{c}” for “{v}”',
    transpose: '“{c}” swaps “{v}”',
    insert: '“{c}” added',
    delete: '“{v}” missing',
    substitute: '“{v}” replaced by “{c}”',
    level: 'another administrative level',
    identical: 'identical to the verified name',
  },
};
export default en;
