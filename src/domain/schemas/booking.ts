import { type Static, Type } from 'typebox';
import { BOOKING_LIMITS } from '../help.js';
import { BranchId, DateString, Slug } from './common.js';
import { BOOKING_STATUSES } from './rules.js';

const SlotId = Type.String({ maxLength: 40 });

/**
 * The body of POST /api/bookings, made on the kiosk and sent unchanged on every retry. This is its
 * shape; the rules beyond shape are `bookingProblem` in `../help.ts`.
 */
export const BookingRequestSchema = Type.Object(
  {
    /** A guide or category id, or "other". */
    topic: Slug,
    /** The language the visitor wants help in. */
    language: Type.String({ maxLength: 20 }),
    /** The library, or null when the kiosk has no times yet (then any time, and staff place it). */
    branchId: Type.Union([BranchId, Type.Null()]),
    /** Slot ids: the chosen one first, then up to two alternatives. Empty when `anyTime`. */
    slots: Type.Array(SlotId, { maxItems: 1 + BOOKING_LIMITS.alternativesMax }),
    anyTime: Type.Boolean(),
    firstName: Type.String({ minLength: 1, maxLength: BOOKING_LIMITS.firstNameMax }),
    phone: Type.Union([Type.String({ maxLength: BOOKING_LIMITS.phoneMax }), Type.Null()]),
    email: Type.Union([Type.String({ maxLength: BOOKING_LIMITS.emailMax }), Type.Null()]),
    /** The visitor agreed to be reminded at the phone number or e-mail address given. */
    consent: Type.Boolean(),
    /** When the visitor made it, ISO instant (a queued request may arrive hours later). */
    createdAt: Type.String({ maxLength: 40 }),
  },
  { additionalProperties: false },
);
export type BookingRequest = Static<typeof BookingRequestSchema>;

export const BookingStatusSchema = Type.Enum(BOOKING_STATUSES);

/** The helpers' inbox filters, as the query string carries them. */
export const InboxQuerySchema = Type.Object(
  {
    from: Type.Optional(DateString),
    to: Type.Optional(DateString),
    branch: Type.Optional(Type.String({ maxLength: 60 })),
    language: Type.Optional(Type.String({ maxLength: 20 })),
    topic: Type.Optional(Type.String({ maxLength: 80 })),
    status: Type.Optional(BookingStatusSchema),
    followUp: Type.Optional(Type.Union([Type.Literal('true'), Type.Literal('false')])),
    /** A reference code as a helper typed it: any case, spaces, dashes, look-alikes (reference-code.ts). */
    reference: Type.Optional(Type.String({ maxLength: 40 })),
  },
  { additionalProperties: false },
);
export type InboxQuery = Static<typeof InboxQuerySchema>;
