/**
 * Who may do what with sensitive-word lists on the current account; mirrors the server's
 * checks (src/modules/screening/policy.ts), which decide anyway.
 */
import { computed } from 'vue';
import { hasRole, isPlatformAdmin } from '../../session';

/** Editors, reviewers and leaders read the account's list: they must avoid the words. */
export const canReadScreening = computed(
  () => hasRole('admin', 'editor', 'reviewer', 'leader') || isPlatformAdmin.value,
);
/** The account's admins keep its list. */
export const canWriteScreening = computed(() => hasRole('admin') || isPlatformAdmin.value);
/** The platform dictionary is the platform admins' alone. */
export const canEditPlatformScreening = computed(() => isPlatformAdmin.value);
