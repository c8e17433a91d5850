import { type Kysely, sql } from 'kysely';
import { autoId } from './portable.js';

/**
 * Help sessions: branches, weekly session patterns and their exceptions, visitors' requests, the
 * places they hold, and the idempotency keys kiosks send them with.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('branch')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('opening_hours', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('session_pattern')
    .addColumn('id', 'integer', autoId(db))
    .addColumn('branch_id', 'text', (c) => c.notNull().references('branch.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('drop-in', 'bookable')`))
    .addColumn('weekday', 'integer', (c) => c.notNull())
    .addColumn('start', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('capacity', 'integer', (c) => c.notNull())
    .addColumn('topics', 'text', (c) => c.notNull())
    .addColumn('languages', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'text', (c) => c.notNull())
    .addColumn('valid_until', 'text')
    .execute();
  await db.schema
    .createTable('session_exception')
    .addColumn('id', 'integer', autoId(db))
    .addColumn('branch_id', 'text', (c) => c.notNull().references('branch.id'))
    .addColumn('pattern_id', 'integer', (c) => c.references('session_pattern.id').onDelete('cascade'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('booking')
    .addColumn('id', 'integer', autoId(db))
    .addColumn('idempotency_key', 'text', (c) => c.notNull().unique())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('branch_id', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('slot_id', 'text')
    .addColumn('session_date', 'text')
    .addColumn('session_start', 'text')
    .addColumn('session_end', 'text')
    .addColumn('requested_slots', 'text', (c) => c.notNull())
    .addColumn('any_time', 'integer', (c) => c.notNull())
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('follow_up', 'integer', (c) => c.notNull())
    .addColumn('first_name', 'text')
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('consent', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    // The day personal data is deleted from (the session's date, or the day it came in while waiting).
    .addColumn('retention_date', 'text', (c) => c.notNull())
    .addColumn('personal_deleted_at', 'text')
    .addColumn('reminder_sent_at', 'text')
    .execute();
  await db.schema.createIndex('booking_session').on('booking').columns(['session_date', 'branch_id']).execute();
  await db.schema.createIndex('booking_retention').on('booking').column('retention_date').execute();
  // A place in a session: the primary key is what keeps two kiosks from taking the same last
  // place, on SQLite and on PostgreSQL alike (the loser's insert fails and it tries the next place).
  await db.schema
    .createTable('slot_seat')
    .addColumn('slot_id', 'text', (c) => c.notNull())
    .addColumn('seat', 'integer', (c) => c.notNull())
    .addColumn('booking_id', 'integer', (c) => c.notNull().unique().references('booking.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('slot_seat_pk', ['slot_id', 'seat'])
    .execute();
  await db.schema
    .createTable('idempotency_key')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull().check(sql`state in ('in-flight', 'done')`))
    .addColumn('response_status', 'integer')
    .addColumn('response_body', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['idempotency_key', 'slot_seat', 'booking', 'session_exception', 'session_pattern', 'branch']) {
    await db.schema.dropTable(table).execute();
  }
}
