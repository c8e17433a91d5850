import { existsSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, type Migration, type MigrationProvider, Migrator, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { dataDirError, ensureDataDir, ownerOnlyFile } from '../data-dir.js';
import * as content001 from './migrations/001-content.js';
import * as staff002 from './migrations/002-staff.js';
import * as editorial003 from './migrations/003-editorial.js';
import * as help004 from './migrations/004-help.js';
import * as placeTranslations005 from './migrations/005-place-translations.js';
import * as categoryIcon006 from './migrations/006-category-icon.js';
import * as fleet007 from './migrations/007-fleet.js';
import * as fleetAlerts008 from './migrations/008-fleet-alerts.js';
import * as jobLease009 from './migrations/009-job-lease.js';
import * as parsedText012 from './migrations/012-parsed-text.js';
import * as archive013 from './migrations/013-archive.js';
import * as publishStores014 from './migrations/014-publish-stores.js';
import * as guideIcon015 from './migrations/015-guide-icon.js';
import type { Database } from './schema.js';
import { keptStatements, setReaders } from './sqlite-connections.js';

/** Every migration, in order. Listed here (not read from disk) so the compiled server needs no glob. */
const MIGRATIONS: Record<string, Migration> = {
  '001-content': content001,
  '002-staff': staff002,
  '003-editorial': editorial003,
  '004-help': help004,
  '005-place-translations': placeTranslations005,
  '006-category-icon': categoryIcon006,
  '007-fleet': fleet007,
  '008-fleet-alerts': fleetAlerts008,
  '009-job-lease': jobLease009,
  '012-parsed-text': parsedText012,
  '013-archive': archive013,
  '014-publish-stores': publishStores014,
  '015-guide-icon': guideIcon015,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/**
 * Opens the embedded SQLite database in DATA_DIR (WAL, so readers never wait on a writer). The file
 * holds visitors' names, so it is made 0600 before SQLite opens it: SQLite gives its -wal and -shm
 * files the database file's mode.
 */
export function openSqlite(dataDir: string): Kysely<Database> {
  ensureDataDir(dataDir);
  const file = join(dataDir, 'servicepunkt.sqlite');
  ownerOnlyFile(dataDir, file);
  for (const side of [`${file}-wal`, `${file}-shm`]) if (existsSync(side)) ownerOnlyFile(dataDir, side);
  let database: SQLite.Database;
  try {
    database = new SQLite(file);
    database.pragma('journal_mode = WAL');
  } catch (error) {
    throw dataDirError(dataDir, error);
  }
  // An acknowledged booking must survive a power cut: every commit waits for its flush to disk.
  // This SQLite build would otherwise take NORMAL in WAL mode, flushing only at checkpoints.
  database.pragma('synchronous = FULL');
  // Deleted personal data is overwritten with zeros, never left readable in free pages.
  database.pragma('secure_delete = ON');
  database.pragma('foreign_keys = ON');
  database.pragma('busy_timeout = 5000');
  // Reads get connections of their own (readerOf, snapshotReaderOf); they may never write.
  const readOnly = () => {
    const connection = new SQLite(file);
    connection.pragma('query_only = ON');
    connection.pragma('busy_timeout = 5000');
    return connection;
  };
  const reading = readOnly();
  const snapshots = readOnly();
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: keptStatements(database, [reading, snapshots]) }),
  });
  const over = (connection: SQLite.Database) =>
    new Kysely<Database>({ dialect: new SqliteDialect({ database: keptStatements(connection) }) });
  setReaders(db, over(reading), over(snapshots));
  return db;
}

/**
 * A PostgreSQL database, for regions that outgrow one machine: several server processes share it.
 * `searchPath` puts every table in one schema (tests use one schema each).
 */
export function openPostgres(url: string, options: { searchPath?: string; max?: number } = {}): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    ...(options.searchPath ? { options: `-c search_path=${options.searchPath}` } : {}),
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

/** The configured database: PostgreSQL when a URL is given, else the embedded SQLite in DATA_DIR. */
export function openDatabase(config: { databaseUrl: string | null; dataDir: string }): Kysely<Database> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openSqlite(config.dataDir);
}

/** Brings the schema up to the newest migration; throws with the failing migration's name. */
export async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error) {
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error });
  }
}
