/**
 * Who may do what with engagement on the current account; mirrors the server's checks
 * (src/modules/engagement/policy.ts), which decide anyway.
 */
import { computed } from 'vue';
import { hasRole, isPlatformAdmin } from '../../session';

/** Comment moderation and its settings: the roles that answer for content. */
export const canModerateComments = computed(
  () => hasRole('admin', 'editor', 'reviewer') || isPlatformAdmin.value,
);
