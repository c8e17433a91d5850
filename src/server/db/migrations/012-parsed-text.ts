import type { Kysely } from 'kysely';

/**
 * Guide texts as the parser left them, by the hash of their Markdown (and the parser's format):
 * publish preview, publish and restore parse every text of every guide, and parsing 153 texts took
 * most of their 1–4 s (4,500 texts would take tens of seconds). A text is parsed once, then read.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('parsed_text')
    .addColumn('hash', 'text', (c) => c.primaryKey())
    // The ParsedGuide as JSON, its images still named by their media paths.
    .addColumn('guide', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('parsed_text').execute();
}
