import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import { type GuideTranslation, guideEntryId, type Manifest } from '../../src/domain/content.js';
import type { KioskConfig } from '../../src/domain/kiosk-config.js';
import { type App, buildApp } from '../../src/server/app.js';
import { readContentDir } from '../../src/server/content/content-dir.js';
import { publishContent } from '../../src/server/content/publish.js';
import type { WorkOptions } from '../../src/server/content/work-pool.js';
import { migrateToLatest, openSqlite } from '../../src/server/db/database.js';
import type { Database } from '../../src/server/db/schema.js';
import { mediaStore } from '../../src/server/media-store.js';
import { reminderChannelsOf } from '../../src/server/reminders/channels.js';
import { seedIfEmpty } from '../../src/server/seed.js';

/** The kiosk token test servers accept. */
export const TEST_KIOSK_TOKEN = 'test-kiosk-token-0123456789';

export const SEED_DIR = resolve(import.meta.dirname, '../../content');

let seededTemplate: Promise<string> | undefined;

/** A server clock that runs with real time until a test sets it to another moment, from which it runs on. */
export function testClock() {
  let offsetMs = 0;
  return {
    now: () => new Date(Date.now() + offsetMs),
    set(instant: Date) {
      offsetMs = instant.getTime() - Date.now();
    },
  };
}

/** The app as tests build it: quiet, the test kiosk token, media and (missing) build in `dataDir`. */
export async function testApp(
  db: Kysely<Database>,
  dataDir: string,
  options: {
    publicDir?: string;
    idempotencyStaleMs?: number;
    trustProxy?: string[];
    work?: WorkOptions;
    kiosk?: Partial<KioskConfig>;
    now?: () => Date;
  } = {},
) {
  const media = mediaStore(dataDir);
  const app = await buildApp({
    db,
    media,
    publicDir: options.publicDir ?? join(dataDir, 'no-build'),
    logLevel: 'silent',
    kioskToken: TEST_KIOSK_TOKEN,
    ...(options.idempotencyStaleMs ? { idempotencyStaleMs: options.idempotencyStaleMs } : {}),
    ...(options.trustProxy ? { trustProxy: options.trustProxy } : {}),
    ...(options.work ? { work: options.work } : {}),
    ...(options.kiosk ? { kiosk: options.kiosk } : {}),
    ...(options.now ? { now: options.now } : {}),
  });
  return { app, media };
}

/** Opens (and migrates) the SQLite database in `dataDir` and builds the app on it; also a restart. */
export async function openTestApp(dataDir: string, options: Parameters<typeof testApp>[2] = {}) {
  const db = openSqlite(dataDir);
  await migrateToLatest(db);
  return { db, ...(await testApp(db, dataDir, options)) };
}

/**
 * A data folder with the seed published, made once per test process: parsing and publishing the
 * seed for every test would dominate the run, so each seeded test server starts from a copy.
 */
function seededDataDir(): Promise<string> {
  seededTemplate ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'servicepunkt-template-'));
    process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
    const { db, app, media } = await openTestApp(dir);
    await seedIfEmpty(app, media, SEED_DIR);
    await app.close();
    await db.destroy();
    return dir;
  })();
  return seededTemplate;
}

/**
 * A server app on a temporary SQLite file, with the seed content unless `seed: false`. `smtpUrl`
 * is SMTP_URL: the kiosk settings then offer the reminder channels a server so configured has.
 */
export async function testServer(
  options: { seed?: boolean; publicDir?: string; trustProxy?: string[]; work?: WorkOptions; smtpUrl?: string } = {},
) {
  const dataDir = mkdtempSync(join(tmpdir(), 'servicepunkt-test-'));
  if (options.seed !== false) cpSync(await seededDataDir(), dataDir, { recursive: true });
  const clock = testClock();
  const { db, app, media } = await openTestApp(dataDir, {
    now: clock.now,
    publicDir: options.publicDir,
    trustProxy: options.trustProxy,
    work: options.work,
    kiosk: { reminderChannels: reminderChannelsOf({ smtpUrl: options.smtpUrl ?? null }) },
  });
  return {
    app,
    db,
    media,
    dataDir,
    kioskToken: TEST_KIOSK_TOKEN,
    clock,
    /** Publishes the seed content (again), with one guide translation edited; returns the new version. */
    async publishEdited(slug: string, lang: string, edit: (guide: GuideTranslation) => void) {
      const source = readContentDir(SEED_DIR, media);
      const entry = source.entries.find((e) => e.id === guideEntryId(slug) && e.lang === lang);
      if (entry?.kind !== 'guide') throw new Error(`the seed has no guide ${slug} in ${lang}`);
      edit(entry.body);
      const result = await publishContent(app.content, source, `edited ${slug} (${lang})`);
      const manifest = JSON.parse(
        (
          await db
            .selectFrom('content_version')
            .select('manifest')
            .where('version', '=', result.version)
            .executeTakeFirstOrThrow()
        ).manifest,
      ) as Manifest;
      const changed = manifest.entries.find((e) => e.id === guideEntryId(slug) && e.lang === lang);
      if (!changed) throw new Error('the edited entry is missing from the new manifest');
      return { version: result.version, entry: changed };
    },
    /** Publishes the seed content with every guide translation edited; returns the new version. */
    async publishEditedAll(edit: (guide: GuideTranslation) => void) {
      const source = readContentDir(SEED_DIR, media);
      for (const entry of source.entries) if (entry.kind === 'guide') edit(entry.body);
      return publishContent(app.content, source, 'edited every guide');
    },
    /** Replaces the stored bytes of an entry, so they no longer match its hash. */
    async corruptEntry(hash: string) {
      await db.updateTable('content_blob').set({ body: '{"tampered":true}' }).where('hash', '=', hash).execute();
    },
    /** Publishes the seed content if nothing is published yet, as `npm start` does. */
    seed: () => seedIfEmpty(app, media, SEED_DIR),
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
      ...(typeof init?.body === 'string' ? { payload: init.body } : {}),
    });
    const headers = new Headers();
    for (const [name, value] of Object.entries(response.headers)) {
      if (value !== undefined) headers.set(name, String(value));
    }
    const body = response.statusCode === 304 ? null : new Uint8Array(response.rawPayload);
    return new Response(body, { status: response.statusCode, headers });
  };
}
