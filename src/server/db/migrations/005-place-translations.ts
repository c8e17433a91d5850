import type { Kysely } from 'kysely';

/**
 * A branch's place in the other languages (JSON: language code → text), beside the Swedish
 * `place`. Existing branches start with none, so kiosks show their Swedish place as before.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('branch')
    .addColumn('place_translations', 'text', (c) => c.notNull().defaultTo('{}'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('branch').dropColumn('place_translations').execute();
}
