import { parseArgs } from 'node:util';
import { displayEnrolmentCode, enrolmentUrl } from '../../domain/enrolment-code.js';
import { DISPLAY_TEXT_PATTERN, keeps } from '../../domain/schemas/rules.js';
import { loadConfig } from '../config.js';
import { migrateToLatest, openDatabase } from '../db/database.js';
import { enrolmentRepository } from '../repositories/enrolment-repository.js';
import { staffRepository } from '../repositories/staff-repository.js';
import { serverOrigin } from './origin.js';

const USAGE = 'usage: npm run kiosk:enrol -- --branch <branch id or name> [--name <kiosk name>]';

/**
 * `npm run kiosk:enrol`: a one-time enrolment code for a tablet, for scripted set-up. Prints the
 * set-up address (open it on the tablet, or make it a QR code), the code to type instead, and
 * when it expires. Reads the same settings as the server (DATA_DIR or DATABASE_URL, PUBLIC_URL).
 */
async function main(): Promise<number> {
  const { values } = parseArgs({ options: { branch: { type: 'string' }, name: { type: 'string' } } });
  const wanted = values.branch?.trim() ?? '';
  const name = values.name?.trim() || null;
  if (!wanted || (name !== null && (name.length > 60 || !keeps(DISPLAY_TEXT_PATTERN, name)))) {
    console.error(USAGE);
    console.error('The name is up to 60 characters, without control characters.');
    return 2;
  }
  const config = loadConfig();
  const db = openDatabase(config);
  try {
    await migrateToLatest(db);
    const branches = await db.selectFrom('branch').select(['id', 'name']).orderBy('name').execute();
    const branch =
      branches.find((b) => b.id === wanted) ??
      branches.find((b) => b.name.localeCompare(wanted, 'sv', { sensitivity: 'base' }) === 0);
    if (!branch) {
      const known = branches.map((b) => `${b.id} (${b.name})`).join(', ') || 'none yet';
      console.error(`No branch "${wanted}". Branches: ${known}.`);
      return 1;
    }
    const made = await enrolmentRepository(db).create(
      { branchId: branch.id, name, kioskId: null, by: 'cli' },
      new Date(),
    );
    await staffRepository(db).audit({
      actor: { id: null, username: 'cli' },
      action: 'create-enrolment',
      target: `enrolment/${made.id}`,
      afterId: branch.id,
    });
    console.log(enrolmentUrl(serverOrigin(config), made.code));
    console.log(`Code: ${displayEnrolmentCode(made.code)}`);
    console.log(`For a kiosk at ${branch.name}; usable once, until ${made.expiresAt}.`);
    if (!config.publicUrl) {
      console.error(
        'PUBLIC_URL is not set: the address above is the one on this machine; tablets need a reachable one.',
      );
    }
    return 0;
  } finally {
    await db.destroy();
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
