import type { SlotFeed } from '../../domain/help.js';
import { addDays, dropInOf, libraryLocal, occurrences, parseSlotId, runsOn } from '../../domain/slot-rules.js';
import type { BookingRepository, Candidate } from '../repositories/booking-repository.js';
import type { TimesRepository } from '../repositories/times-repository.js';

/** How far ahead kiosks see times, and how far ahead a request may ask. */
export const FEED_DAYS = 14;
export const BOOKABLE_DAYS = 60;

export type SlotLookup = { slot: Candidate } | { problem: 'unknown' | 'not-bookable' | 'too-far' };

/** The sessions the stored patterns give, with places counted: what kiosks and helpers see. */
export function slotCatalog(times: TimesRepository, bookings: BookingRepository) {
  return {
    /** The coming days' sessions for kiosks; sessions already begun are left out. */
    async feed(now: Date, days = FEED_DAYS): Promise<SlotFeed> {
      const local = libraryLocal(now);
      const today = local.slice(0, 10);
      const [branches, patterns, exceptions] = await Promise.all([
        times.branches(),
        times.patterns(),
        times.exceptions(),
      ]);
      const coming = occurrences(patterns, exceptions, today, days).filter((o) => `${o.date}T${o.start}` > local);
      const bookable = coming.filter((o) => o.pattern.kind === 'bookable');
      const taken = await bookings.seatsTaken(bookable.map((o) => o.id));
      return {
        generatedAt: now.toISOString(),
        branches,
        slots: bookable.map((o) => ({
          ...dropInOf(o),
          id: o.id,
          capacity: o.pattern.capacity,
          placesLeft: Math.max(0, o.pattern.capacity - (taken.get(o.id) ?? 0)),
        })),
        dropIns: coming.filter((o) => o.pattern.kind === 'drop-in').map(dropInOf),
      };
    },

    /** The bookable session a slot id names, or why there is none. */
    async lookup(id: string, now: Date): Promise<SlotLookup> {
      const parsed = parseSlotId(id);
      if (!parsed) return { problem: 'unknown' };
      const pattern = await times.pattern(parsed.patternId);
      if (!pattern || !runsOn(pattern, parsed.date, await times.exceptions())) return { problem: 'unknown' };
      if (pattern.kind !== 'bookable') return { problem: 'not-bookable' };
      if (parsed.date > addDays(libraryLocal(now).slice(0, 10), BOOKABLE_DAYS)) return { problem: 'too-far' };
      const [slot] = occurrences([pattern], [], parsed.date, 1);
      if (!slot) return { problem: 'unknown' };
      return {
        slot: {
          id: slot.id,
          branchId: pattern.branchId,
          date: slot.date,
          start: slot.start,
          end: slot.end,
          capacity: pattern.capacity,
        },
      };
    },
  };
}

export type SlotCatalog = ReturnType<typeof slotCatalog>;
