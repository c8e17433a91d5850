import type { Kysely } from 'kysely';

/**
 * Guide texts of published versions' editorial snapshots, stored once by the SHA-256 of their
 * Markdown. A snapshot kept whole was ~13 MB at 500 guides × 9 languages, written with every
 * publish and read and written again by every restore; a snapshot now names its texts by hash.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('editorial_text_blob')
    .addColumn('hash', 'text', (c) => c.primaryKey())
    .addColumn('markdown', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('editorial_text_blob').execute();
}
