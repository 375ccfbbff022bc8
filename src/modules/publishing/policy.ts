/**
 * Who may do what with articles. The publish rule lives in exactly one function,
 * `mayPublishNow`, so review tiers (issue: tiered approvals) change one place.
 */
import type { ArticleStatus, StaffRole } from '../../db/schema.js';

export const ARTICLE_STATUSES: readonly ArticleStatus[] = [
  'draft',
  'in_review',
  'rejected',
  'approved',
  'scheduled',
  'published',
  'withdrawn',
];

/** Roles that may read an account's articles in the console. */
export const ARTICLE_READ_ROLES: readonly StaffRole[] = ['admin', 'editor', 'reviewer', 'leader'];
/** Roles that may write drafts and upload media. */
export const ARTICLE_WRITE_ROLES: readonly StaffRole[] = ['admin', 'editor'];

export const TIERS = [1, 2, 3] as const;
export type Tier = (typeof TIERS)[number];

export interface PublishActor {
  isPlatformAdmin: boolean;
  /** The actor's roles on the article's account. */
  roles: ReadonlySet<StaffRole>;
}

/**
 * May this actor publish an article of this tier right now, without further approval?
 *
 * Tier 1 (convenience-service information): an admin or editor of the account publishes
 * directly (platform admins too). Tiers 2 (news) and 3 (emergencies, sensitive topics) need
 * the paper's approval chains — editor → reviewer, editor → reviewer → leader, two-person
 * rule — which arrive with the review workflow; until then nobody publishes them directly.
 */
export function mayPublishNow(actor: PublishActor, tier: number): boolean {
  if (tier !== 1) return false;
  return actor.isPlatformAdmin || actor.roles.has('admin') || actor.roles.has('editor');
}
