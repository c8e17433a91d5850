import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqlite } from '../../src/server/db/database.js';
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
