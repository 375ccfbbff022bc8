/** Who may do what with automatic replies. */
import type { StaffRole } from '../../db/schema.js';

/** Responders see the rules (they answer the same citizens) and may use the try-it box. */
export const AUTOREPLY_READ_ROLES: readonly StaffRole[] = ['admin', 'editor', 'responder'];
/** Rules, greeting and default reply are content: admins and editors write them. */
export const AUTOREPLY_WRITE_ROLES: readonly StaffRole[] = ['admin', 'editor'];
