/** Who may do what with engagement on an account. */
import type { StaffRole } from '../../db/schema.js';

/** Moderating comments and changing engagement settings: the roles that answer for content. */
export const MODERATE_ROLES: readonly StaffRole[] = ['admin', 'editor', 'reviewer'];

/** Comments a citizen may post per window (infra/ratelimit), against floods and scripts. */
export const COMMENTS_PER_CITIZEN = { name: 'comment', limit: 5, windowMs: 60_000 } as const;
export const COMMENTS_PER_CITIZEN_DAY = { name: 'comment-day', limit: 50, windowMs: 86_400_000 } as const;
/** Share links per client address: each is a row, so they are not free. */
export const SHARES_PER_CLIENT = { name: 'share', limit: 60, windowMs: 3_600_000 } as const;
