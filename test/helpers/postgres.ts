import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { migrateToLatest, openPostgres } from '../../src/server/db/database.js';
import { seedSessionsIfEmpty } from '../../src/server/help/seed-sessions.js';
import { SEED_DIR, TEST_KIOSK_TOKEN, testApp, testClock } from './server.js';

/** The PostgreSQL database tests may use (`.ci/run` sets one up); unset, PostgreSQL tests are skipped. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? '';

/**
 * A server app on PostgreSQL, in a schema of its own that is dropped afterwards, with the seed's
 * help-session times (not the guides: these tests are about requests). Same shape as testServer.
 */
export async function postgresTestServer() {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = openPostgres(TEST_DATABASE_URL, { max: 1 });
  await sql`create schema ${sql.id(schema)}`.execute(admin);
  const db = openPostgres(TEST_DATABASE_URL, { searchPath: schema });
  await migrateToLatest(db);
  const dataDir = mkdtempSync(join(tmpdir(), 'servicepunkt-pg-'));
  const clock = testClock();
  const { app, media } = await testApp(db, dataDir, { now: clock.now });
  await seedSessionsIfEmpty(app.times, SEED_DIR);
  return {
    app,
    db,
    media,
    dataDir,
    kioskToken: TEST_KIOSK_TOKEN,
    clock,
    async close() {
      await app.close();
      await db.destroy();
      await sql`drop schema ${sql.id(schema)} cascade`.execute(admin);
      await admin.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
