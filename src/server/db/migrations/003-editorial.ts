import { type Kysely, sql } from 'kysely';

/**
 * The content as editors keep it (Markdown per guide and language, with who saved it and from
 * which Swedish revision it was translated), and each published version's editorial snapshot so
 * that a rollback restores what editors see too.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('editorial_category')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('names', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('editorial_guide')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('category', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('video', 'text')
    .execute();
  await db.schema
    .createTable('editorial_text')
    .addColumn('guide_id', 'text', (c) => c.notNull().references('editorial_guide.id').onDelete('cascade'))
    .addColumn('lang', 'text', (c) => c.notNull())
    .addColumn('markdown', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'reviewed')`))
    // The Swedish text's revision counts its saves; a translation remembers the one it followed.
    .addColumn('revision', 'integer', (c) => c.notNull())
    .addColumn('source_revision', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('editorial_text_pk', ['guide_id', 'lang'])
    .execute();
  await db.schema
    .createTable('editorial_media')
    .addColumn('path', 'text', (c) => c.primaryKey())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('editorial_setting')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
  await db.schema.alterTable('content_version').addColumn('editorial', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('content_version').dropColumn('editorial').execute();
  for (const table of [
    'editorial_setting',
    'editorial_media',
    'editorial_text',
    'editorial_guide',
    'editorial_category',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
