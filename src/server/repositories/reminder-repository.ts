import { type Kysely, sql } from 'kysely';
import { type PlaceTranslations, placeIn } from '../../domain/help.js';
import type { Database } from '../db/schema.js';

/** A request due a reminder: only what the message and its address need (no name). */
export interface DueReminder {
  id: number;
  reference: string;
  language: string;
  date: string;
  start: string;
  end: string;
  branchName: string;
  /** The place in the visitor's language, or the Swedish where it has no translation. */
  place: string;
  email: string | null;
  phone: string | null;
}

/** Visitors' requests as the reminder job sees them. */
export function reminderRepository(db: Kysely<Database>) {
  return {
    /**
     * Confirmed requests whose visitor agreed to a reminder, still has an address or number, and
     * has not been reminded, for sessions starting after `from` and no later than `until` (library
     * wall clock, `YYYY-MM-DDTHH:MM`), soonest first.
     */
    async due(from: string, until: string): Promise<DueReminder[]> {
      const startsAt = sql<string>`booking.session_date || 'T' || booking.session_start`;
      const rows = await db
        .selectFrom('booking')
        .innerJoin('branch', 'branch.id', 'booking.branch_id')
        .select([
          'booking.id',
          'booking.reference',
          'booking.language',
          'booking.session_date',
          'booking.session_start',
          'booking.session_end',
          'booking.email',
          'booking.phone',
          'branch.name',
          'branch.place',
          'branch.place_translations',
        ])
        .where('booking.status', '=', 'confirmed')
        .where('booking.consent', '=', 1)
        .where('booking.personal_deleted_at', 'is', null)
        .where('booking.reminder_sent_at', 'is', null)
        .where((eb) => eb.or([eb('booking.email', 'is not', null), eb('booking.phone', 'is not', null)]))
        // The date range alone lets the session index narrow the search; the exact bounds follow.
        .where('booking.session_date', '>=', from.slice(0, 10))
        .where('booking.session_date', '<=', until.slice(0, 10))
        .where(startsAt, '>', from)
        .where(startsAt, '<=', until)
        .orderBy('booking.session_date')
        .orderBy('booking.session_start')
        .execute();
      return rows.flatMap((r) =>
        r.session_date && r.session_start && r.session_end
          ? [
              {
                id: r.id,
                reference: r.reference,
                language: r.language,
                date: r.session_date,
                start: r.session_start,
                end: r.session_end,
                branchName: r.name,
                place: placeIn(
                  { place: r.place, placeTranslations: JSON.parse(r.place_translations) as PlaceTranslations },
                  r.language,
                ).text,
                email: r.email,
                phone: r.phone,
              },
            ]
          : [],
      );
    },

    /** Records that a request was reminded; false when it already was (another run got there first). */
    async markSent(id: number, at: Date): Promise<boolean> {
      const result = await db
        .updateTable('booking')
        .set({ reminder_sent_at: at.toISOString() })
        .where('id', '=', id)
        .where('reminder_sent_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}

export type ReminderRepository = ReturnType<typeof reminderRepository>;
