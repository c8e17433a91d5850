import { createHash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../src/server/db/schema.js';

/** What a test compares to see that nothing was stored: row counts, a hash of every row, the media files. */
export interface Fingerprint {
  rows: Record<string, number>;
  hash: string;
  media: string[];
}

/**
 * Rows inserted, updated or deleted on the app's one SQLite connection since it opened (SQLite's
 * `total_changes()`). Cheap, so it is read after every request; when it has not moved, nothing in
 * the database can have changed. It also counts writes that were rolled back or undone, so a
 * moved counter only means "take a full fingerprint and compare".
 */
export async function changeCount(db: Kysely<Database>): Promise<number> {
  const result = await sql<{ n: number }>`select total_changes() as n`.execute(db);
  return Number(result.rows[0]?.n);
}

/** Every table's row count and a hash of all its rows (in a stable order), plus the media folder's files. */
export async function fingerprint(db: Kysely<Database>, mediaDir: string): Promise<Fingerprint> {
  const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table' order by name`.execute(
    db,
  );
  const hash = createHash('sha256');
  const rows: Record<string, number> = {};
  for (const { name } of tables.rows) {
    const result = await sql.raw<Record<string, unknown>>(`select * from "${name}"`).execute(db);
    const lines = result.rows.map((row) => JSON.stringify(row)).sort();
    rows[name] = lines.length;
    hash.update(`${name}\n${lines.join('\n')}\n`);
  }
  return { rows, hash: hash.digest('hex'), media: mediaFiles(mediaDir) };
}

/** The media folder's file names, sorted. */
export function mediaFiles(mediaDir: string): string[] {
  return readdirSync(mediaDir).sort();
}
