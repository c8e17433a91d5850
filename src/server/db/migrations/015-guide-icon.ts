import type { Kysely } from 'kysely';

/**
 * A guide's own pictogram on its kiosk tile, chosen by editors. Null means none chosen: the tile
 * shows its category's pictogram, so guides kept before this migration need nothing filled in.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('editorial_guide').addColumn('icon', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('editorial_guide').dropColumn('icon').execute();
}
