/**
 * Who may do what with articles. Review and release rules live in src/modules/review
 * (policy.ts, releasable.ts).
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
 * May this actor release articles of the account at all? Admins and editors (and platform
 * admins). Whether a given article may go out now is no longer a tier rule here: it must be
 * `approved` through its tier's approval chain, or the chain is empty and it is approved on
 * release — `assertReleasable` in src/modules/review/releasable.ts decides, inside the push's
 * transaction.
 */
export function mayPublishNow(actor: PublishActor): boolean {
  return actor.isPlatformAdmin || actor.roles.has('admin') || actor.roles.has('editor');
}
