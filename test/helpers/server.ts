import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type App, buildApp } from '../../src/server/app.js';
import { migrateToLatest, openSqlite } from '../../src/server/db/database.js';
import { mediaStore } from '../../src/server/media-store.js';
import { seedIfEmpty } from '../../src/server/seed.js';

export const SEED_DIR = resolve(import.meta.dirname, '../../content');

/** A server app on a temporary SQLite file, with the seed content unless `seed: false`. */
export async function testServer(options: { seed?: boolean } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'servicepunkt-test-'));
  const db = openSqlite(dataDir);
  await migrateToLatest(db);
  const media = mediaStore(dataDir);
  if (options.seed !== false) await seedIfEmpty(db, media, SEED_DIR);
  const app = await buildApp({ db, media, publicDir: join(dataDir, 'no-build'), logLevel: 'silent' });
  return {
    app,
    db,
    media,
    dataDir,
    async close() {
      await app.close();
      await db.destroy();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A `fetch` that answers through `app.inject()`, so client code talks to the real routes without a port. */
export function injectFetch(app: App, log: string[] = []): typeof fetch {
  return async (input, init) => {
    const url = new URL(String(input), 'http://kiosk.test');
    log.push(url.pathname + url.search);
    const response = await app.inject({
      method: (init?.method ?? 'GET') as 'GET',
      url: url.pathname + url.search,
      headers: Object.fromEntries(new Headers(init?.headers).entries()),
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(response.headers)) {
      if (value !== undefined) headers.set(name, String(value));
    }
    const body = response.statusCode === 304 ? null : response.rawPayload;
    return new Response(body, { status: response.statusCode, headers });
  };
}
