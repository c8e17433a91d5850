import { type Kysely, type Selectable, sql, type Transaction } from 'kysely';
import {
  type BookingAnswer,
  type BookingOutcome,
  type BookingRequest,
  type BookingStatus,
  cleanFirstName,
} from '../../domain/help.js';
import type { BookingCount, InboxBooking } from '../../domain/help-api.js';
import type { BookingTable, Database } from '../db/schema.js';
import { commitBatcher, isSqlite } from './commit-batch.js';

/** A session a request may be placed in, with its size. */
export interface Candidate {
  id: string;
  branchId: string;
  date: string;
  start: string;
  end: string;
  capacity: number;
}

export interface NewBooking {
  key: string;
  /** The request's hash, kept with its key so a key reused for another request is refused. */
  requestHash: string;
  reference: string;
  request: BookingRequest;
  /** The request's library (the kiosk's, or the first one when the kiosk had no times yet). */
  branchId: string;
  /** The visitor's times still open to placement, first choice first. */
  candidates: Candidate[];
  /** Whether `candidates[0]` is the visitor's first choice (it is not when that time has passed). */
  firstChoiceOpen: boolean;
  receivedAt: Date;
  /** The library's date today, for requests that hold no session yet. */
  today: string;
}

export interface InboxFilter {
  from?: string;
  to?: string;
  branch?: string;
  language?: string;
  topic?: string;
  status?: BookingStatus;
  followUp?: boolean;
  /** Only requests with one of these reference codes (an empty list: none). */
  references?: readonly string[];
}

/** A unique-constraint failure on SQLite or PostgreSQL: another writer took the place first. */
function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string } | null;
  return e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === '23505';
}

/**
 * The lowest free place number in a session, or null when it is full. Found by the database in one
 * row, not by reading every taken place: a full session of 100 was 100 rows for each request that
 * asked for it. The lowest free place is 0 or follows a taken one, so only those are tried.
 */
async function freeSeat(trx: Transaction<Database>, slot: Candidate): Promise<number | null> {
  const { rows } = await sql<{ free: number | null }>`
    select min(s) as free from (
      select 0 as s union all select seat + 1 from slot_seat where slot_id = ${slot.id}
    ) as tried
    where s < ${slot.capacity}
      and not exists (select 1 from slot_seat where slot_id = ${slot.id} and seat = tried.s)`.execute(trx);
  const free = rows[0]?.free;
  return free === null || free === undefined ? null : Number(free);
}

/** Takes the lowest free place in a session, or returns false when it is full. */
async function takeSeat(trx: Transaction<Database>, slot: Candidate, bookingId: number): Promise<boolean> {
  const seat = await freeSeat(trx, slot);
  if (seat === null) return false;
  await trx.insertInto('slot_seat').values({ slot_id: slot.id, seat, booking_id: bookingId }).execute();
  return true;
}

/** Runs a transaction again when a concurrent writer won a place first (PostgreSQL; SQLite serialises). */
async function withRetry<T>(db: Kysely<Database>, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.transaction().execute(work);
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
    }
  }
}

/** A request's one transaction: its place, its idempotency key with the answer, the request row. */
async function placeIn(trx: Transaction<Database>, booking: NewBooking): Promise<BookingAnswer | 'taken'> {
  const { request, key } = booking;
  // The first of the visitor's times with a free place; known before anything is written, so the
  // answer is too, and the key (which a retry racing this one waits on) is the first write.
  let placed: { slot: Candidate; seat: number } | undefined;
  for (const candidate of booking.candidates) {
    const seat = await freeSeat(trx, candidate);
    if (seat !== null) {
      placed = { slot: candidate, seat };
      break;
    }
  }
  const outcome: BookingOutcome = !placed
    ? 'waiting'
    : placed.slot === booking.candidates[0] && booking.firstChoiceOpen
      ? 'confirmed'
      : 'moved';
  const slot = placed?.slot;
  const answer: BookingAnswer = {
    reference: booking.reference,
    outcome,
    slot: slot ? { id: slot.id, branchId: slot.branchId, date: slot.date, start: slot.start, end: slot.end } : null,
  };
  const done = {
    request_hash: booking.requestHash,
    state: 'done' as const,
    created_at: booking.receivedAt.toISOString(),
    response_status: 201,
    response_body: JSON.stringify(answer),
  };
  // A key already answered stays as it is; an 'in-flight' claim of an older release's request
  // that died (see idempotency-repository) is taken over.
  const stored = await trx
    .insertInto('idempotency_key')
    .values({ key, ...done })
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet(done)
        .where('idempotency_key.state', '=', 'in-flight')
        .where('idempotency_key.request_hash', '=', booking.requestHash),
    )
    .executeTakeFirst();
  if (Number(stored.numInsertedOrUpdatedRows ?? 0n) === 0) return 'taken';
  const { id } = await trx
    .insertInto('booking')
    .values({
      idempotency_key: key,
      reference: booking.reference,
      branch_id: booking.branchId,
      topic: request.topic,
      language: request.language,
      slot_id: slot?.id ?? null,
      session_date: slot?.date ?? null,
      session_start: slot?.start ?? null,
      session_end: slot?.end ?? null,
      requested_slots: JSON.stringify(request.slots),
      any_time: request.anyTime ? 1 : 0,
      outcome,
      status: slot ? 'confirmed' : 'waiting',
      follow_up: slot ? 0 : 1,
      first_name: cleanFirstName(request.firstName),
      phone: request.phone?.trim() || null,
      email: request.email?.trim() || null,
      consent: request.consent ? 1 : 0,
      created_at: request.createdAt,
      received_at: booking.receivedAt.toISOString(),
      retention_date: slot?.date ?? booking.today,
      personal_deleted_at: null,
      reminder_sent_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  // On PostgreSQL a concurrent request may have taken this seat since: the primary key refuses
  // the second insert and the whole transaction runs again (`withRetry`).
  if (placed)
    await trx.insertInto('slot_seat').values({ slot_id: placed.slot.id, seat: placed.seat, booking_id: id }).execute();
  return answer;
}

function inboxOf(row: Selectable<BookingTable>): InboxBooking {
  return {
    id: row.id,
    reference: row.reference,
    branchId: row.branch_id,
    topic: row.topic,
    language: row.language,
    slotId: row.slot_id,
    date: row.session_date,
    start: row.session_start,
    end: row.session_end,
    requestedSlots: JSON.parse(row.requested_slots) as string[],
    anyTime: row.any_time === 1,
    outcome: row.outcome,
    status: row.status,
    followUp: row.follow_up === 1,
    firstName: row.first_name,
    phone: row.phone,
    email: row.email,
    consent: row.consent === 1,
    createdAt: row.created_at,
    receivedAt: row.received_at,
    personalDataDeleted: row.personal_deleted_at !== null,
  };
}

/** Visitors' help-session requests: placing them in sessions, and what helpers do with them. */
export function bookingRepository(db: Kysely<Database>) {
  // SQLite: one flush for the bookings that arrive together; PostgreSQL: a transaction each, run
  // again when a concurrent one took the place first.
  const batch = isSqlite(db) ? commitBatcher(db) : null;
  const commit = <T>(work: (trx: Transaction<Database>) => Promise<T>) => (batch ? batch(work) : withRetry(db, work));
  return {
    /** Places taken per session id. */
    async seatsTaken(slotIds: readonly string[]): Promise<Map<string, number>> {
      if (slotIds.length === 0) return new Map();
      const rows = await db
        .selectFrom('slot_seat')
        .select(['slot_id'])
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('slot_id', 'in', slotIds)
        .groupBy('slot_id')
        .execute();
      return new Map(rows.map((r) => [r.slot_id, Number(r.n)]));
    },

    /**
     * Stores a request and places it, all in one transaction with its idempotency key and answer:
     * the first of its times with a free place, else waiting for staff follow-up. A retry can then
     * never find the work done without its answer, nor the answer without the work. 'taken' when
     * another request with the same key committed first (nothing is stored; look its answer up).
     */
    async place(booking: NewBooking): Promise<BookingAnswer | 'taken'> {
      return commit((trx) => placeIn(trx, booking));
    },

    async count(): Promise<number> {
      const row = await db
        .selectFrom('booking')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },

    /** Requests for helpers, in session order; waiting ones (no session) by the day they came in. */
    async list(filter: InboxFilter): Promise<InboxBooking[]> {
      let query = db.selectFrom('booking').selectAll();
      if (filter.from) query = query.where('retention_date', '>=', filter.from);
      if (filter.to) query = query.where('retention_date', '<=', filter.to);
      if (filter.branch) query = query.where('branch_id', '=', filter.branch);
      if (filter.language) query = query.where('language', '=', filter.language);
      if (filter.topic) query = query.where('topic', '=', filter.topic);
      if (filter.status) query = query.where('status', '=', filter.status);
      if (filter.followUp) query = query.where('follow_up', '=', 1);
      if (filter.references) {
        if (filter.references.length === 0) return [];
        query = query.where('reference', 'in', filter.references);
      }
      const rows = await query.orderBy('retention_date').orderBy('session_start').orderBy('id').limit(2000).execute();
      return rows.map(inboxOf);
    },

    async get(id: number): Promise<InboxBooking | undefined> {
      const row = await db.selectFrom('booking').selectAll().where('id', '=', id).executeTakeFirst();
      return row && inboxOf(row);
    },

    /**
     * A helper sets a status. Cancelling frees the place; confirming a cancelled request takes its
     * place again if it is still free. Returns 'full' or 'no-session' when that cannot be done.
     */
    async setStatus(
      id: number,
      status: BookingStatus,
      slot: Candidate | null,
    ): Promise<InboxBooking | 'full' | 'no-session' | undefined> {
      const result = await withRetry(db, async (trx) => {
        const row = await trx.selectFrom('booking').selectAll().where('id', '=', id).executeTakeFirst();
        if (!row) return undefined;
        if (status !== 'cancelled' && status !== 'waiting' && !row.slot_id) return 'no-session' as const;
        const seat = await trx.selectFrom('slot_seat').select('seat').where('booking_id', '=', id).executeTakeFirst();
        if (status === 'cancelled') await trx.deleteFrom('slot_seat').where('booking_id', '=', id).execute();
        if (status === 'confirmed' && !seat && slot && !(await takeSeat(trx, slot, id))) return 'full' as const;
        await trx
          .updateTable('booking')
          .set({ status, follow_up: status === 'waiting' ? 1 : 0 })
          .where('id', '=', id)
          .execute();
        return 'done' as const;
      });
      return result === 'done' ? this.get(id) : result;
    },

    /** Moves a request to another session (freeing its old place); 'full' if that has no place. */
    async move(id: number, slot: Candidate): Promise<InboxBooking | 'full' | undefined> {
      const result = await withRetry(db, async (trx) => {
        const row = await trx.selectFrom('booking').select('id').where('id', '=', id).executeTakeFirst();
        if (!row) return undefined;
        await trx.deleteFrom('slot_seat').where('booking_id', '=', id).execute();
        if (!(await takeSeat(trx, slot, id))) return 'full' as const;
        await trx
          .updateTable('booking')
          .set({
            slot_id: slot.id,
            session_date: slot.date,
            session_start: slot.start,
            session_end: slot.end,
            retention_date: slot.date,
            status: 'confirmed',
            follow_up: 0,
          })
          .where('id', '=', id)
          .execute();
        return 'done' as const;
      });
      return result === 'done' ? this.get(id) : result;
    },

    /** True while any request holds a place in a session the pattern gives. */
    async patternHasBookings(patternId: number, fromDate: string): Promise<boolean> {
      const row = await db
        .selectFrom('booking')
        .select('id')
        .where('slot_id', 'like', `${patternId}@%`)
        .where('session_date', '>=', fromDate)
        .where('status', '=', 'confirmed')
        .executeTakeFirst();
      return row !== undefined;
    },

    /**
     * Deletes the personal data of requests whose session (or arrival, for those never placed)
     * was before the cutoff date; the request stays as an anonymous count. Returns how many.
     */
    async deletePersonalDataBefore(cutoffDate: string, now: Date): Promise<number> {
      const result = await db
        .updateTable('booking')
        .set({ first_name: null, phone: null, email: null, personal_deleted_at: now.toISOString() })
        .where('retention_date', '<', cutoffDate)
        .where('personal_deleted_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    /** Anonymous figures per day, branch, language, topic and status. */
    async counts(from: string, to: string): Promise<BookingCount[]> {
      const rows = await db
        .selectFrom('booking')
        .select(['retention_date', 'branch_id', 'language', 'topic', 'status'])
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('retention_date', '>=', from)
        .where('retention_date', '<=', to)
        .groupBy(['retention_date', 'branch_id', 'language', 'topic', 'status'])
        .orderBy('retention_date')
        .execute();
      return rows.map((r) => ({
        date: r.retention_date,
        branchId: r.branch_id,
        language: r.language,
        topic: r.topic,
        status: r.status,
        count: Number(r.n),
      }));
    },
  };
}

export type BookingRepository = ReturnType<typeof bookingRepository>;
