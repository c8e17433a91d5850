import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqlite } from '../../src/server/db/database.js';
import { eraseDeletedRows } from '../../src/server/db/maintenance.js';
import { mediaStore } from '../../src/server/media-store.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'servicepunkt-modes-'));
  dirs.push(dir);
  return dir;
}

const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);

describe('files in DATA_DIR', () => {
  it('are readable by the server user only: a new data folder, the database and its -wal and -shm', async () => {
    const dataDir = join(tempDir(), 'data');
    const db = openSqlite(dataDir);
    // A write, so SQLite has made its -wal and -shm files.
    await sql`create table t (x text)`.execute(db);
    await sql`insert into t values ('Amina')`.execute(db);
    const file = join(dataDir, 'servicepunkt.sqlite');
    try {
      expect(mode(dataDir)).toBe('700');
      expect(mode(file)).toBe('600');
      expect(mode(`${file}-wal`)).toBe('600');
      expect(mode(`${file}-shm`)).toBe('600');
    } finally {
      await db.destroy();
    }
  });

  it('tightens a database an older version left world-readable', async () => {
    const dataDir = tempDir();
    const file = join(dataDir, 'servicepunkt.sqlite');
    writeFileSync(file, '', { mode: 0o644 });
    const db = openSqlite(dataDir);
    await sql`create table t (x text)`.execute(db);
    try {
      expect(mode(file)).toBe('600');
      expect(mode(`${file}-wal`)).toBe('600');
    } finally {
      await db.destroy();
    }
  });

  it('keeps media files and their folder to the server user', () => {
    const media = mediaStore(tempDir());
    const hash = media.put(new TextEncoder().encode('a picture'));
    expect(mode(media.dir)).toBe('700');
    expect(mode(join(media.dir, hash))).toBe('600');
  });
});

describe('deleted rows', () => {
  it('are gone from the database file and its write-ahead log once erased', async () => {
    const dataDir = tempDir();
    const db = openSqlite(dataDir);
    const file = join(dataDir, 'servicepunkt.sqlite');
    const onDisk = () => [file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f).toString('latin1'));
    try {
      await sql`create table visitor (id integer primary key, note text, first_name text)`.execute(db);
      for (const name of ['Amina', 'Qwertyuiopasd', 'Omar']) {
        await sql`insert into visitor (note, first_name) values ('a note', ${name})`.execute(db);
      }
      await eraseDeletedRows(db);
      expect(onDisk().join('')).toContain('Qwertyuiopasd');
      // A deleted row's bytes stay in the page's free space unless SQLite overwrites them (secure_delete).
      await sql`delete from visitor where first_name = 'Qwertyuiopasd'`.execute(db);
      expect(await eraseDeletedRows(db)).toBe(true);
      for (const bytes of onDisk()) expect(bytes).not.toContain('Qwertyuiopasd');
      expect(onDisk().join('')).toContain('Amina');
    } finally {
      await db.destroy();
    }
  });
});
