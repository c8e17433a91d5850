import type { Kysely } from 'kysely';

/**
 * Each category's pictogram on the kiosk's Home, chosen by editors. Null means none chosen: kiosks
 * draw the default, so categories kept before this migration need nothing filled in.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('editorial_category').addColumn('icon', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('editorial_category').dropColumn('icon').execute();
}
