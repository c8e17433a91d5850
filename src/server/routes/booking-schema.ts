import { Type } from 'typebox';
import { BOOKING_LIMITS } from '../../domain/help.js';
import { BranchId, Slug } from '../../domain/schemas/common.js';

const SlotId = Type.String({ maxLength: 40 });

/** The shape of a kiosk's request; the rules beyond shape are `bookingProblem` in the domain. */
export const BookingRequestSchema = Type.Object(
  {
    topic: Slug,
    language: Type.String({ maxLength: 20 }),
    branchId: Type.Union([BranchId, Type.Null()]),
    slots: Type.Array(SlotId, { maxItems: 1 + BOOKING_LIMITS.alternativesMax }),
    anyTime: Type.Boolean(),
    firstName: Type.String({ minLength: 1, maxLength: BOOKING_LIMITS.firstNameMax }),
    phone: Type.Union([Type.String({ maxLength: BOOKING_LIMITS.phoneMax }), Type.Null()]),
    email: Type.Union([Type.String({ maxLength: BOOKING_LIMITS.emailMax }), Type.Null()]),
    consent: Type.Boolean(),
    createdAt: Type.String({ maxLength: 40 }),
  },
  { additionalProperties: false },
);
