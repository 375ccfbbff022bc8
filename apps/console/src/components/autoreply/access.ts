/**
 * Who may do what with automatic replies on the current account; mirrors the server's checks
 * (src/modules/autoreplies/policy.ts), which decide anyway.
 */
import { computed } from 'vue';
import { hasRole, isPlatformAdmin } from '../../session';

/** Responders read the rules (they answer the same citizens) and use the try-it box. */
export const canReadAutoReplies = computed(
  () => hasRole('admin', 'editor', 'responder') || isPlatformAdmin.value,
);
/** Rules, greeting and default reply are content: admins and editors write them. */
export const canWriteAutoReplies = computed(() => hasRole('admin', 'editor') || isPlatformAdmin.value);
