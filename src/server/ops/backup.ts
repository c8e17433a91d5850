import {
  chmodSync,
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import SQLite from 'better-sqlite3';

/** The files of a DATA_DIR, as the server names them. */
const DATABASE_FILE = 'servicepunkt.sqlite';
const MEDIA_DIR = 'media';
/** The shared kiosk token of installations whose kiosks are not enrolled yet; without it they would stop working. */
const KIOSK_TOKEN_FILE = 'kiosk-token';
const MANIFEST_FILE = 'backup.json';
/** Media are stored under the SHA-256 of their bytes; anything else in the folder (a half-written temporary) is not copied. */
const MEDIA_NAME = /^[0-9a-f]{64}$/;

/** What a backup holds, written beside it as backup.json. */
export interface BackupManifest {
  format: 1;
  takenAt: string;
  /** The server that took it (package version) and the SQLite library it used. */
  versions: { app: string; sqlite: string; node: string };
  /** The newest migration in the copied database. */
  migration: string | null;
  contentVersion: number | null;
  counts: { bookings: number; kiosks: number; staff: number; mediaFiles: number };
  /** Media files copied by this run; the others were already in the folder from an earlier backup. */
  mediaCopied: number;
}

/** A backup or restore that cannot go ahead: the operator's to fix, said in one line. */
export class BackupError extends Error {}

/** The package version of the server, for the manifest. */
function appVersion(): string {
  try {
    const file = resolve(import.meta.dirname, '../../../../package.json');
    return (JSON.parse(readFileSync(existsSync(file) ? file : resolve('package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    return 'unknown';
  }
}

/**
 * Makes the copied database one self-contained file (no write-ahead log beside it; the server
 * turns WAL on again when it opens a restored one) and reads its counts and versions: from the
 * copy, never the live database, so they describe exactly what was copied.
 */
function settleCopy(file: string) {
  const db = new SQLite(file, { fileMustExist: true });
  try {
    db.pragma('journal_mode = DELETE');
    const count = (table: string) => (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    const migration = db.prepare('select name from kysely_migration order by name desc limit 1').get() as
      | { name: string }
      | undefined;
    const content = db.prepare('select max(version) as v from content_version').get() as { v: number | null };
    const sqlite = (db.prepare('select sqlite_version() as v').get() as { v: string }).v;
    return {
      migration: migration?.name ?? null,
      contentVersion: content.v,
      sqlite,
      counts: { bookings: count('booking'), kiosks: count('kiosk'), staff: count('staff_user') },
    };
  } finally {
    db.close();
  }
}

/** Copies `from` to `to` through a temporary name and makes it owner-only, so a crash never leaves half a file under the real name. */
function copyOwnerOnly(from: string, to: string): void {
  const temporary = `${to}.${process.pid}.tmp`;
  copyFileSync(from, temporary, constants.COPYFILE_FICLONE);
  // A copy keeps its source's mode; these files hold visitors' data and tokens.
  chmodSync(temporary, 0o600);
  renameSync(temporary, to);
}

/** The media files in a folder (none if it is missing). */
function mediaIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((name) => MEDIA_NAME.test(name)) : [];
}

/**
 * Takes an online backup of DATA_DIR into `target`: the SQLite database through SQLite's backup
 * API (a consistent snapshot taken while the server goes on writing; a plain copy of a live WAL
 * database can be torn), then the media files not yet in the target (they are named by their
 * hash, so one already there is the same file), the shared kiosk token, and backup.json.
 * Media are copied after the database, so every file the copied database refers to is there.
 */
export async function takeBackup(dataDir: string, target: string, now = new Date()): Promise<BackupManifest> {
  const source = join(dataDir, DATABASE_FILE);
  if (!existsSync(source)) throw new BackupError(`There is no database to back up at ${source} (check DATA_DIR)`);
  mkdirSync(join(target, MEDIA_DIR), { recursive: true, mode: 0o700 });
  const copy = join(target, `${DATABASE_FILE}.${process.pid}.tmp`);
  // Not read-only: SQLite may need to make the -shm file a WAL database is read through.
  const live = new SQLite(source, { fileMustExist: true });
  try {
    // All remaining pages in one step, which reads one snapshot: many small steps would start again
    // after every write the server makes, and might never finish on a busy server.
    await live.backup(copy, { progress: () => 0x7fffffff });
  } finally {
    live.close();
  }
  chmodSync(copy, 0o600);
  const described = settleCopy(copy);
  renameSync(copy, join(target, DATABASE_FILE));

  let mediaCopied = 0;
  const present = new Set(mediaIn(join(target, MEDIA_DIR)));
  for (const name of mediaIn(join(dataDir, MEDIA_DIR))) {
    if (present.has(name)) continue;
    copyOwnerOnly(join(dataDir, MEDIA_DIR, name), join(target, MEDIA_DIR, name));
    mediaCopied++;
  }
  if (existsSync(join(dataDir, KIOSK_TOKEN_FILE))) {
    copyOwnerOnly(join(dataDir, KIOSK_TOKEN_FILE), join(target, KIOSK_TOKEN_FILE));
  }

  const manifest: BackupManifest = {
    format: 1,
    takenAt: now.toISOString(),
    versions: { app: appVersion(), sqlite: described.sqlite, node: process.version },
    migration: described.migration,
    contentVersion: described.contentVersion,
    counts: { ...described.counts, mediaFiles: mediaIn(join(target, MEDIA_DIR)).length },
    mediaCopied,
  };
  writeFileSync(join(target, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  return manifest;
}

/** True when `dir` is missing or holds nothing. */
function isEmptyFolder(dir: string): boolean {
  if (!existsSync(dir)) return true;
  if (!statSync(dir).isDirectory()) throw new BackupError(`DATA_DIR="${dir}" is a file, not a folder`);
  return readdirSync(dir).length === 0;
}

/**
 * Restores a backup folder into a new or empty DATA_DIR (never over a server's data): the
 * database (checked with SQLite's integrity check before it is put in place), the media and the
 * kiosk token, all owner-only (0600 files, 0700 folders). Returns the backup's manifest.
 */
export function restoreBackup(source: string, dataDir: string): BackupManifest {
  const manifestFile = join(source, MANIFEST_FILE);
  const database = join(source, DATABASE_FILE);
  if (!existsSync(manifestFile) || !existsSync(database)) {
    throw new BackupError(`${source} is not a backup: it has no ${MANIFEST_FILE} and ${DATABASE_FILE}`);
  }
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as BackupManifest;
  if (!isEmptyFolder(dataDir)) {
    throw new BackupError(`DATA_DIR="${dataDir}" is not empty; restore only into a new or empty folder`);
  }
  const check = new SQLite(database, { readonly: true, fileMustExist: true });
  try {
    const result = check.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new BackupError(`The database in ${source} is damaged: ${String(result)}`);
  } finally {
    check.close();
  }
  mkdirSync(join(dataDir, MEDIA_DIR), { recursive: true, mode: 0o700 });
  for (const name of mediaIn(join(source, MEDIA_DIR))) {
    copyOwnerOnly(join(source, MEDIA_DIR, name), join(dataDir, MEDIA_DIR, name));
  }
  if (existsSync(join(source, KIOSK_TOKEN_FILE))) {
    copyOwnerOnly(join(source, KIOSK_TOKEN_FILE), join(dataDir, KIOSK_TOKEN_FILE));
  }
  // The database last: a restore cut short has no database file, so it cannot pass for a whole one.
  copyOwnerOnly(database, join(dataDir, DATABASE_FILE));
  return manifest;
}
