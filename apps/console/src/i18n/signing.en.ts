import type zh from './signing.zh-CN';

/** English strings of the signing keys page. */
const en: typeof zh = {
  nav: 'Signing keys',
  title: 'Signing keys',
  explain:
    'Every article this account publishes is signed with an Ed25519 key the platform holds; anyone can check it with the code under the article. If a key may have leaked, revoke it at once: published content is re-signed with a new key automatically.',
  notVerified:
    'This account is not verified: unverified accounts do not sign, and their content verifies as "not signed".',
  current: 'Current key',
  none: 'No key yet: one is created with the first publication.',
  fingerprint: 'Fingerprint (key id)',
  since: 'Valid from',
  until: 'Valid until',
  created: 'Created',
  status: 'Status',
  statusCurrent: 'In use',
  statusRetired: 'Rotated (still verifies older content)',
  statusRevoked: 'Revoked',
  revokedAt: 'revoked {at}',
  reason: 'Reason',
  previous: 'Previous keys',
  previousEmpty: 'No previous keys',
  rotate: 'Rotate key',
  rotateConfirm:
    'New content will be signed with a new key; the old key is retired but stays published so earlier content still verifies. Rotate now?',
  rotated: 'A new key is in use',
  revoke: 'Revoke',
  revokeTitle: 'Revoke key {key}',
  revokeWarning:
    "Once revoked, no signature made with this key is trusted; the account's live content is re-signed with a new key automatically (codes stay the same). This cannot be undone.",
  revokeReason: 'Reason',
  revokeReasonPlaceholder: 'e.g. an operator left, the server may have been compromised',
  compromisedFrom: 'Compromised since (optional)',
  compromisedHint:
    'Recorded and published for information: whoever holds a key can forge any signing time, so none of its signatures is trusted.',
  revokeConfirm: 'Revoke',
  revoked: 'Key revoked; published content is being re-signed',
  reasonRequired: 'Enter a reason',
  publicKeys: 'Published public keys',
  cancel: 'Cancel',
  manageOnly: "Only the account's admins and platform admins can rotate or revoke keys.",
};
export default en;
