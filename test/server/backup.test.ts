import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BackupError, restoreBackup, takeBackup } from '../../src/server/ops/backup.js';
import { addSession, bookingBody, postBooking } from '../helpers/bookings.js';
import { openTestApp, testServer } from '../helpers/server.js';

const dirs: string[] = [];
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A new temporary folder, removed after the test. */
function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `servicepunkt-${name}-`));
  dirs.push(dir);
  return dir;
}

const modeOf = (path: string) => statSync(path).mode & 0o777;

describe('backup and restore', () => {
  it('a backup taken while requests are written, restored into a fresh DATA_DIR, serves the same content and every acknowledged request', async () => {
    const server = await testServer();
    closers.push(server.close);
    const slot = await addSession(server, { capacity: 5 });
    // Four kiosks sending requests one after another until told to stop: the server never stops writing.
    const acknowledged: string[] = [];
    const refused: string[] = [];
    let stop = false;
    const kiosk = async () => {
      while (!stop && refused.length === 0) {
        const response = await postBooking(server, bookingBody([slot]));
        if (response.statusCode === 201) acknowledged.push(response.json<{ reference: string }>().reference);
        else refused.push(response.body);
      }
    };
    const kiosks = [1, 2, 3, 4].map(kiosk);
    // Generous: two shared cores can be slow, and the wait ends as soon as the requests are in.
    await expect.poll(() => acknowledged.length, { timeout: 60_000 }).toBeGreaterThanOrEqual(12);

    const before = [...acknowledged];
    const backupDir = join(tempDir('backup'), 'nightly');
    const manifest = await takeBackup(server.dataDir, backupDir);
    const duringBackup = acknowledged.length - before.length;
    stop = true;
    await Promise.all(kiosks);
    expect(refused).toEqual([]);
    console.log(`backup: ${before.length} requests acknowledged before it began, ${duringBackup} while it ran`);

    expect(manifest).toMatchObject({ format: 1, migration: expect.stringMatching(/^\d{3}-/), contentVersion: 1 });
    expect(manifest.counts.bookings).toBeGreaterThanOrEqual(before.length);
    expect(manifest.counts.mediaFiles).toBeGreaterThan(0);
    expect(manifest.mediaCopied).toBe(manifest.counts.mediaFiles);
    expect(JSON.parse(readFileSync(join(backupDir, 'backup.json'), 'utf8'))).toEqual(manifest);

    const dataDir = join(tempDir('restored'), 'data');
    expect(restoreBackup(backupDir, dataDir)).toEqual(manifest);
    // Owner only, as the server keeps its own files.
    expect(modeOf(dataDir)).toBe(0o700);
    expect(modeOf(join(dataDir, 'media'))).toBe(0o700);
    expect(modeOf(join(dataDir, 'servicepunkt.sqlite'))).toBe(0o600);
    for (const file of readdirSync(join(dataDir, 'media'))) expect(modeOf(join(dataDir, 'media', file))).toBe(0o600);

    const restored = await openTestApp(dataDir);
    closers.push(async () => {
      await restored.app.close();
      await restored.db.destroy();
    });
    const manifestOf = async (app: typeof server.app) => {
      const response = await app.inject('/api/content/manifest');
      expect(response.statusCode).toBe(200);
      return { etag: response.headers.etag, body: response.body };
    };
    expect(await manifestOf(restored.app)).toEqual(await manifestOf(server.app));
    const { hash } = await server.db
      .selectFrom('media')
      .select('hash')
      .orderBy('size', 'desc')
      .executeTakeFirstOrThrow();
    const original = await server.app.inject(`/media/${hash}`);
    const copy = await restored.app.inject(`/media/${hash}`);
    expect(copy.statusCode).toBe(200);
    expect(copy.rawPayload.equals(original.rawPayload)).toBe(true);

    const references = new Set(
      (await restored.db.selectFrom('booking').select('reference').execute()).map((row) => row.reference),
    );
    expect(before.filter((reference) => !references.has(reference))).toEqual([]);
    expect(references.size).toBe(manifest.counts.bookings);
  }, 120_000);

  it('copies only new media into a folder that holds an earlier backup', async () => {
    const server = await testServer();
    closers.push(server.close);
    const backupDir = tempDir('backup');
    const first = await takeBackup(server.dataDir, backupDir);
    const hash = server.media.put(new TextEncoder().encode('a new picture'));
    const second = await takeBackup(server.dataDir, backupDir);
    expect(second.mediaCopied).toBe(1);
    expect(second.counts.mediaFiles).toBe(first.counts.mediaFiles + 1);
    expect(readFileSync(join(backupDir, 'media', hash), 'utf8')).toBe('a new picture');
  });

  it('restores only into a new or empty DATA_DIR, and only a backup, changing nothing otherwise', async () => {
    const server = await testServer({ seed: false });
    closers.push(server.close);
    const backupDir = tempDir('backup');
    await takeBackup(server.dataDir, backupDir);
    const occupied = tempDir('occupied');
    writeFileSync(join(occupied, 'notes.txt'), 'keep me');
    expect(() => restoreBackup(backupDir, occupied)).toThrow(
      new BackupError(`DATA_DIR="${occupied}" is not empty; restore only into a new or empty folder`),
    );
    expect(readdirSync(occupied)).toEqual(['notes.txt']);
    const empty = tempDir('empty');
    expect(() => restoreBackup(tempDir('not-a-backup'), empty)).toThrow(/is not a backup/);
    expect(readdirSync(empty)).toEqual([]);
  });
});

/** Runs a command (through tsx, so no build is needed) with the given settings. */
function command(script: string, args: string[], env: Record<string, string>) {
  return spawnSync(process.execPath, ['--import', 'tsx', `src/server/cli/${script}.ts`, ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
}

describe('npm run backup / restore', () => {
  it('backs up and restores from the command line', { timeout: 60_000 }, async () => {
    const server = await testServer({ seed: false });
    closers.push(server.close);
    const backupDir = join(tempDir('cli'), 'backup');
    const backup = command('backup', ['--to', backupDir], { DATA_DIR: server.dataDir });
    expect(backup.stderr).toBe('');
    expect(backup.stdout).toMatch(/^Backed up to .*: content version none, 0 requests, 0 kiosks/);
    expect(backup.status).toBe(0);
    const dataDir = join(tempDir('cli'), 'data');
    const restore = command('restore', ['--from', backupDir], { DATA_DIR: dataDir });
    expect(restore.stdout).toMatch(/^Restored the backup of .* into /);
    expect(restore.status).toBe(0);
    // A second restore into the now full folder is refused in one line.
    const again = command('restore', ['--from', backupDir], { DATA_DIR: dataDir });
    expect(again.status).toBe(1);
    expect(again.stderr).toBe(`DATA_DIR="${dataDir}" is not empty; restore only into a new or empty folder\n`);
  });

  it('says to use pg_dump when the database is PostgreSQL', { timeout: 60_000 }, () => {
    const result = command('backup', ['--to', tempDir('pg')], {
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      DATA_DIR: tempDir('pg-data'),
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^DATABASE_URL is set: back the PostgreSQL database up with pg_dump/);
  });
});
