import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildApp } from '../src/server/app.js';
import { migrateToLatest, openSqlite } from '../src/server/db/database.js';
import { mediaStore } from '../src/server/media-store.js';
import { seedIfEmpty } from '../src/server/seed.js';

export interface ServerUnderTest {
  /** `http://127.0.0.1:<ephemeral port>` */
  url: string;
  close(): Promise<void>;
}

/**
 * The real server, in-process: a throw-away DATA_DIR, migrations, the seed content and the built
 * kiosk from dist/public, listening on an ephemeral loopback port (so it never clashes with a
 * running `npm start`).
 */
export async function startServer(): Promise<ServerUnderTest> {
  const dataDir = mkdtempSync(join(tmpdir(), 'servicepunkt-bench-'));
  const db = openSqlite(dataDir);
  try {
    await migrateToLatest(db);
    const media = mediaStore(dataDir);
    await seedIfEmpty(db, media, resolve('content'));
    const app = await buildApp({ db, media, publicDir: resolve('dist/public'), logLevel: 'warn' });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    return {
      url,
      async close() {
        await app.close();
        await db.destroy();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await db.destroy();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
}
