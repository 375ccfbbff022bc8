import type zh from './accountVerification.zh-CN';

const en: typeof zh = {
  title: 'Verification',
  pageTitle: 'Verify account',
  verifiedName: 'Verified name',
  validUntil: 'Valid until',
  creditCode: 'Unified social credit code',
  verifiedAt: 'Verified on',
  none: '—',
  check: 'Verify this account',
  verifiedHeadline: 'Verified by Zhengwei',
  verifiedText:
    'The platform verified who runs this account. What follows comes from the platform, not from the poster or page you scanned.',
  unverifiedHeadline: 'This account is not verified',
  unverifiedText:
    'The platform has not verified who runs this account. Be careful with what it says; report it if it impersonates someone.',
  suspendedHeadline: 'This account is suspended',
  openProfile: 'Open the account',
  source: 'Source: the Zhengwei platform ({host})',
};

export default en;
