import type { BookingStatus } from './help.js';

/** The statuses that say whether a visitor came: true only once their session has begun. */
export function isAttendance(status: BookingStatus): boolean {
  return status === 'attended' || status === 'no-show';
}

/**
 * Whether a helper may mark a request attended or no-show at `nowAtLibrary` (the library's wall
 * clock, `YYYY-MM-DDTHH:MM`, as libraryLocal gives it): from the start of its session on, never
 * before, when nobody can yet know. A request without a session has nothing to attend.
 * Server and console keep the same rule: the server refuses, the console does not offer.
 */
export function attendanceOpen(booking: { date: string | null; start: string | null }, nowAtLibrary: string): boolean {
  if (!booking.date || !booking.start) return false;
  // Both are fixed-width ISO wall-clock texts, so text order is time order.
  return `${booking.date}T${booking.start}` <= nowAtLibrary;
}
