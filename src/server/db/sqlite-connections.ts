import type SQLite from 'better-sqlite3';
import type { Kysely, SqliteDatabase, SqliteStatement } from 'kysely';
import type { Database } from './schema.js';

/** Enough for every query shape the server makes; `in (?, ?, …)` lists of new lengths push out the oldest. */
const STATEMENTS_KEPT = 256;

/**
 * A better-sqlite3 connection as Kysely's SqliteDialect sees it, with its prepared statements
 * kept. Kysely prepares every query anew, and preparing costs more than running the small
 * queries a booking or a heartbeat makes. A statement still being iterated (a streamed query) is
 * busy and cannot run twice at once, so a busy one is prepared afresh, not shared.
 * `also` are connections closed with this one (the reader below), so `db.destroy()` closes all.
 */
export function keptStatements(connection: SQLite.Database, also: SQLite.Database[] = []): SqliteDatabase {
  const kept = new Map<string, SQLite.Statement>();
  return {
    prepare(sql: string): SqliteStatement {
      const found = kept.get(sql);
      if (found && !found.busy) {
        // Map order is insertion order: taking it out and back in makes it the newest.
        kept.delete(sql);
        kept.set(sql, found);
        return found as unknown as SqliteStatement;
      }
      const statement = connection.prepare(sql);
      kept.set(sql, statement);
      if (kept.size > STATEMENTS_KEPT) kept.delete(kept.keys().next().value as string);
      return statement as unknown as SqliteStatement;
    },
    close(): void {
      kept.clear();
      for (const other of also) other.close();
      connection.close();
    },
  };
}

const readers = new WeakMap<Kysely<Database>, { reader: Kysely<Database>; snapshots: Kysely<Database> }>();

/** Records the read-only twins of `db` (see `readerOf` and `snapshotReaderOf`). */
export function setReaders(db: Kysely<Database>, reader: Kysely<Database>, snapshots: Kysely<Database>): void {
  readers.set(db, { reader, snapshots });
}

/**
 * Where plain reads outside a transaction go. On SQLite, Kysely has one connection and holds it
 * for a whole transaction, so a read would wait behind the group commit of bookings (and its
 * flush to disk). A second, query-only connection reads the last committed state at once (WAL
 * lets readers run beside a writer). Use it only for reads that need no write of the same request
 * to be visible before its commit. On PostgreSQL, with its pool, it is the database itself.
 */
export function readerOf(db: Kysely<Database>): Kysely<Database> {
  return readers.get(db)?.reader ?? db;
}

/**
 * Where a long, consistent read goes (all editorial content for a publish, in one read
 * transaction): a third, query-only connection on SQLite, so neither the kiosks' quick reads nor
 * the writer wait while it runs. On PostgreSQL, the database itself.
 */
export function snapshotReaderOf(db: Kysely<Database>): Kysely<Database> {
  return readers.get(db)?.snapshots ?? db;
}
