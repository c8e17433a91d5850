import type { Kysely } from 'kysely';

/**
 * When a guide or a category was archived: kept, but left out of every published version until an
 * editor restores it. Null means in use, so everything kept before this migration stays as it was.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('editorial_guide').addColumn('archived_at', 'text').execute();
  await db.schema.alterTable('editorial_category').addColumn('archived_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('editorial_category').dropColumn('archived_at').execute();
  await db.schema.alterTable('editorial_guide').dropColumn('archived_at').execute();
}
