import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { BackupError, takeBackup } from '../ops/backup.js';

/**
 * `npm run backup -- --to <folder>`: an online backup of DATA_DIR's SQLite database and media
 * into a folder, safe while the server runs. Run it again into the same folder and only new media
 * are copied. A PostgreSQL installation is backed up with pg_dump instead, and its DATA_DIR/media
 * copied as plain files (a media file never changes once written).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({ options: { to: { type: 'string' } } });
  if (!values.to) throw new BackupError('Say where to: npm run backup -- --to <folder>');
  const config = loadConfig();
  if (config.databaseUrl) {
    throw new BackupError(
      'DATABASE_URL is set: back the PostgreSQL database up with pg_dump (see README, "Operations"), and copy DATA_DIR/media',
    );
  }
  // The backup holds visitors' data and the kiosk token: owner only, as the server's own files.
  process.umask(0o077);
  const manifest = await takeBackup(config.dataDir, values.to);
  const { counts } = manifest;
  console.log(
    `Backed up to ${values.to}: content version ${manifest.contentVersion ?? 'none'}, ${counts.bookings} requests, ${counts.kiosks} kiosks, ${counts.mediaFiles} media files (${manifest.mediaCopied} new)`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
