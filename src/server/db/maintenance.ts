import { type Kysely, SqliteAdapter, sql } from 'kysely';
import type { Database } from './schema.js';

/**
 * Makes rows just deleted unreadable in the files on disk. SQLite (opened with secure_delete, so
 * freed space is zeroed) still holds the old pages in its write-ahead log until a checkpoint:
 * TRUNCATE copies the log into the database and empties it. PostgreSQL's files are the database
 * server's to manage, so there it does nothing. Returns false if a reader kept the log from emptying.
 */
export async function eraseDeletedRows(db: Kysely<Database>): Promise<boolean> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return true;
  const { rows } = await sql<{ busy: number }>`pragma wal_checkpoint(TRUNCATE)`.execute(db);
  return rows[0]?.busy === 0;
}
