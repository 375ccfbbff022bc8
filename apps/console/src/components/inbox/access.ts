/**
 * Who may do what with messaging on the current account; mirrors the server's checks
 * (src/modules/conversations/access.ts), which decide anyway.
 */
import { computed } from 'vue';
import { hasRole, isPlatformAdmin, isSupervisor } from '../../session';

/** Answering citizens: the account's admins and responders, and platform admins. */
export const canAnswer = computed(() => hasRole('admin', 'responder') || isPlatformAdmin.value);
/** Reading the inbox: those who answer, and supervisors of the region (read-only). */
export const canInbox = computed(() => canAnswer.value || isSupervisor.value);
/** Settings and canned replies are written by admins; those who answer read them. */
export const canManageMessaging = computed(() => hasRole('admin') || isPlatformAdmin.value);
/**
 * Images go out through the console's media upload, which admins and editors use; a
 * responder without one of those roles cannot upload, so the button is not offered.
 */
export const canSendImages = computed(() => hasRole('admin', 'editor') || isPlatformAdmin.value);
