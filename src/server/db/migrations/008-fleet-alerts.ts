import { type Kysely, sql } from 'kysely';
import { autoId } from './portable.js';

/**
 * Kiosk alerts: per kiosk, what staff have been told and the clocks of conditions not told yet
 * (the alert machine's record), and the notices owed to staff, kept until the mail server has
 * accepted them so a failed send is tried again, never lost and never sent twice.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('kiosk_alert')
    .addColumn('kiosk_id', 'text', (c) => c.primaryKey().references('kiosk.id').onDelete('cascade'))
    .addColumn('told', 'text', (c) => c.notNull().check(sql`told in ('online', 'stale', 'offline')`))
    .addColumn('stale_since', 'text')
    .addColumn('online_since', 'text')
    .addColumn('content_since', 'text')
    .addColumn('content_told', 'integer', (c) => c.notNull())
    .addColumn('outbox_since', 'text')
    .addColumn('outbox_told', 'integer', (c) => c.notNull())
    .addColumn('storage_told', 'integer', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('kiosk_alert_notice')
    .addColumn('id', 'integer', autoId(db))
    .addColumn('kiosk_id', 'text', (c) => c.notNull().references('kiosk.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('from_state', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    // The kiosk's newest beat when the notice was made, for the e-mail's "last heard from".
    .addColumn('last_seen_at', 'text')
    // Set once the notice is settled: sent (the mail server accepted it), or dropped because the
    // branch has no alert addresses or the server no mail server (told in the log instead).
    .addColumn('settled_at', 'text')
    .addColumn('outcome', 'text', (c) => c.check(sql`outcome in ('sent', 'no-recipients', 'no-mail-server')`))
    .execute();
  // The sweep reads the unsettled notices; settled ones are history.
  await db.schema
    .createIndex('kiosk_alert_notice_unsettled')
    .on('kiosk_alert_notice')
    .columns(['settled_at', 'id'])
    .execute();
  await db.schema
    .createIndex('kiosk_alert_notice_kiosk')
    .on('kiosk_alert_notice')
    .columns(['kiosk_id', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('kiosk_alert_notice').execute();
  await db.schema.dropTable('kiosk_alert').execute();
}
