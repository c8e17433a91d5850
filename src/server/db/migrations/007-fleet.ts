import { type Kysely, sql } from 'kysely';
import { autoId } from './portable.js';

/**
 * The fleet: kiosks enrolled one by one (each with its own device token, of which only the hash is
 * kept), the one-time codes that enrol them, the history of their states, and per branch the
 * kiosks' default settings, the staff PIN for the kiosk's status screen and where alerts go.
 * A helper may belong to a branch (they see that branch's kiosks).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('kiosk')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('branch_id', 'text', (c) => c.notNull().references('branch.id'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('enrolled_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('settings', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('settings_version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('settings_applied', 'integer')
    .addColumn('state', 'text', (c) =>
      c.notNull().defaultTo('never-seen').check(sql`state in ('never-seen', 'online', 'stale', 'offline', 'revoked')`),
    )
    .addColumn('state_since', 'text', (c) => c.notNull())
    .addColumn('last_seen_at', 'text')
    .addColumn('last_beat_seq', 'integer')
    .addColumn('beats', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('app_version', 'text')
    .addColumn('content_version', 'integer')
    .addColumn('outbox_pending', 'integer')
    .addColumn('outbox_rejected', 'integer')
    // Kilobytes, so a large quota fits PostgreSQL's integer (bigint would come back as text).
    .addColumn('storage_used_kb', 'integer')
    .addColumn('storage_quota_kb', 'integer')
    .addColumn('persisted', 'integer')
    .addColumn('last_sync_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('orientation', 'text')
    .addColumn('screen_width', 'integer')
    .addColumn('screen_height', 'integer')
    .execute();
  await db.schema.createIndex('kiosk_branch').on('kiosk').column('branch_id').execute();
  await db.schema.createIndex('kiosk_state').on('kiosk').columns(['state', 'name']).execute();
  await db.schema.createIndex('kiosk_name').on('kiosk').column('name').execute();
  await db.schema.createIndex('kiosk_last_seen').on('kiosk').column('last_seen_at').execute();

  await db.schema
    .createTable('enrolment_code')
    .addColumn('id', 'integer', autoId(db))
    .addColumn('code_hash', 'text', (c) => c.notNull().unique())
    .addColumn('branch_id', 'text', (c) => c.notNull().references('branch.id'))
    .addColumn('name', 'text')
    // Set when the code enrols an existing (revoked) kiosk again, keeping its history.
    .addColumn('kiosk_id', 'text', (c) => c.references('kiosk.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('withdrawn_at', 'text')
    .execute();

  await db.schema
    .createTable('kiosk_state_change')
    .addColumn('id', 'integer', autoId(db))
    .addColumn('kiosk_id', 'text', (c) => c.notNull().references('kiosk.id').onDelete('cascade'))
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('from_state', 'text', (c) => c.notNull())
    .addColumn('to_state', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('kiosk_state_change_kiosk')
    .on('kiosk_state_change')
    .columns(['kiosk_id', 'id'])
    .execute();

  await db.schema
    .alterTable('branch')
    .addColumn('kiosk_settings', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
  await db.schema.alterTable('branch').addColumn('staff_pin', 'text').execute();
  await db.schema
    .alterTable('branch')
    .addColumn('alert_emails', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema
    .alterTable('staff_user')
    .addColumn('branch_id', 'text', (c) => c.references('branch.id'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('staff_user').dropColumn('branch_id').execute();
  await db.schema.alterTable('branch').dropColumn('alert_emails').execute();
  await db.schema.alterTable('branch').dropColumn('staff_pin').execute();
  await db.schema.alterTable('branch').dropColumn('kiosk_settings').execute();
  await db.schema.dropTable('kiosk_state_change').execute();
  await db.schema.dropTable('enrolment_code').execute();
  await db.schema.dropTable('kiosk').execute();
}
