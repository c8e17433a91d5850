import type { StaffRole } from '../../domain/staff-api.js';

/** The roles in the order an admin chooses among them, least power first. */
export const ROLES: readonly StaffRole[] = ['helper', 'editor', 'admin'];
