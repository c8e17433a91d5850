/**
 * Help sessions in the staff console and on kiosks, as types shared by the server routes, the
 * console and the kiosk. Staff routes keep the rules of staff-api.ts (session cookie, Origin on
 * writes, problem+json with `field`). Roles: helper and admin for everything here.
 *
 * Kiosk routes (need `Authorization: Bearer <kiosk token>`):
 *   GET  /api/kiosk/slots                                     → SlotFeed (ETag; 304)
 *   POST /api/bookings   BookingRequest, header Idempotency-Key: <uuid>
 *        → 201 BookingAnswer; a retry with the same key and body gets the same answer replayed
 *          (header Idempotent-Replayed: true); same key, other body → 422; same key still being
 *          handled → 409; no key → 400; bad field → 400 naming it; nothing stored on any 4xx.
 *
 * Times (staff):
 *   GET    /api/staff/times                                   → Times
 *   PUT    /api/staff/branches/:id         BranchInput        → Branch   (creates or replaces)
 *   POST   /api/staff/patterns             PatternInput       → SessionPattern (201)
 *   PUT    /api/staff/patterns/:id         PatternInput       → SessionPattern
 *   DELETE /api/staff/patterns/:id                            → 204 (409 while it has coming bookings)
 *   POST   /api/staff/exceptions           ExceptionInput     → SessionException (201)
 *   DELETE /api/staff/exceptions/:id                          → 204
 *   GET    /api/staff/slots?from=YYYY-MM-DD&days=14           → { slots: Slot[], dropIns: DropIn[] }
 *
 * Requests (staff):
 *   GET    /api/staff/bookings?from&to&branch&language&topic&status&followUp=true&reference
 *          → { bookings: InboxBooking[] }; `reference` as typed (reference-code.ts), then every day unless `from`
 *   POST   /api/staff/bookings/:id/status  { status: BookingStatus }            → InboxBooking
 *          (409 session-not-started: attended or no-show before the session begins, attendance.ts)
 *   POST   /api/staff/bookings/:id/move    { slotId }                           → InboxBooking (409: full)
 *   GET    /api/staff/bookings.csv?<same filters>                               → text/csv
 *   GET    /api/staff/bookings/counts?from&to                                   → { counts: BookingCount[] }
 *   GET    /api/staff/retention                                                 → { days }
 */
import type { BookingOutcome, BookingStatus, Branch, SessionException, SessionPattern } from './help.js';

export interface Times {
  branches: Branch[];
  patterns: SessionPattern[];
  exceptions: SessionException[];
}

/** A request as helpers see it. Personal fields are null once deleted (N days after the session). */
export interface InboxBooking {
  id: number;
  reference: string;
  branchId: string;
  topic: string;
  language: string;
  /** The slot held, or null while waiting for follow-up. */
  slotId: string | null;
  date: string | null;
  start: string | null;
  end: string | null;
  /** The times the visitor asked for, first choice first. */
  requestedSlots: string[];
  anyTime: boolean;
  outcome: BookingOutcome;
  status: BookingStatus;
  /** Waiting with no slot, or its times were taken: a helper should contact or place the visitor. */
  followUp: boolean;
  firstName: string | null;
  phone: string | null;
  email: string | null;
  consent: boolean;
  createdAt: string;
  receivedAt: string;
  personalDataDeleted: boolean;
}

/** Anonymous figures kept after personal data is gone. */
export interface BookingCount {
  date: string;
  branchId: string;
  language: string;
  topic: string;
  status: BookingStatus;
  count: number;
}
