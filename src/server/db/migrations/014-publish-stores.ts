import type { Kysely } from 'kysely';

/**
 * Two stores that spare publish preview, publish and restore redoing work for unchanged content.
 *
 * `entry_cache`: a guide entry's hash and size by the hash of everything it is made from (its
 * text, its guide's fields, its video), with the images it shows as `[path, media hash]` pairs,
 * so an unchanged text is neither decoded, serialised nor hashed again. Written only with the
 * blobs of a publish, so every hash it holds is a stored blob.
 *
 * `editorial_text_blob`: guide texts of published versions' editorial snapshots, stored once by the SHA-256 of their
 * Markdown. A snapshot kept whole was ~13 MB at 500 guides × 9 languages, written with every
 * publish and read and written again by every restore; a snapshot now names its texts by hash.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('editorial_text_blob')
    .addColumn('hash', 'text', (c) => c.primaryKey())
    .addColumn('markdown', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('entry_cache')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('images', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('entry_cache').execute();
  await db.schema.dropTable('editorial_text_blob').execute();
}
