import { hmacBase64Url } from '../../infra/crypto.js';

/**
 * The per-account pseudonym of a citizen, as WeChat's openid: deterministic (the same
 * citizen always has the same openid on one account) but keyed per account, so two
 * departments comparing their follower lists find nothing in common. 28 characters.
 */
export function openidFor(pseudonymKey: string, accountId: number, citizenId: number): string {
  return 'o' + hmacBase64Url(pseudonymKey, `${accountId}:${citizenId}`).slice(0, 27);
}
