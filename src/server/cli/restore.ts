import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { BackupError, restoreBackup } from '../ops/backup.js';

/**
 * `npm run restore -- --from <folder>`: puts a backup made by `npm run backup` into DATA_DIR,
 * which must be new or empty (a restore never overwrites a server's data). Start the server on
 * it afterwards; it brings the database up to its own migrations.
 */
function main(): void {
  const { values } = parseArgs({ options: { from: { type: 'string' } } });
  if (!values.from) throw new BackupError('Say where from: npm run restore -- --from <folder>');
  const config = loadConfig();
  if (config.databaseUrl) {
    throw new BackupError(
      'DATABASE_URL is set: restore the PostgreSQL database with pg_restore or psql, not this command',
    );
  }
  process.umask(0o077);
  const manifest = restoreBackup(values.from, config.dataDir);
  console.log(
    `Restored the backup of ${manifest.takenAt} into ${config.dataDir}: content version ${manifest.contentVersion ?? 'none'}, ${manifest.counts.bookings} requests`,
  );
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
