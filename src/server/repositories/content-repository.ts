import type { Kysely } from 'kysely';
import type { EntryKind, Manifest, MediaRef } from '../../domain/content.js';
import type { CachedEntry } from '../content/entry-cache.js';
import type { Database } from '../db/schema.js';
import { letOthersIn } from '../event-loop.js';

export interface StoredVersion {
  version: number;
  etag: string;
}

export interface BlobInput {
  hash: string;
  kind: EntryKind;
  body: string;
}

/**
 * How long the version in force is remembered. Every kiosk asks for it once a minute, so it is
 * the hottest read; a publish through this repository forgets it at once, and a publish by another
 * process (a second server on the same PostgreSQL) shows within this time.
 */
const ACTIVE_VERSION_TTL_MS = 1000;

/** Hashes per `IN (…)` list, well under SQLite's and PostgreSQL's limits on bound values. */
const IN_LIST = 500;
/** Rows per multi-row INSERT (four or five values each), under the same limits. */
const ROWS_PER_INSERT = 200;

/** `items` in slices of at most `size`. */
export function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** All SQL about content versions, entry blobs and media rows. */
export function contentRepository(db: Kysely<Database>) {
  let remembered: { value: StoredVersion | undefined; until: number } | undefined;
  // Counts publishes through this repository: a read that began before one must not be remembered
  // after it (on PostgreSQL the read can finish after the publish has committed and forgotten).
  let publishes = 0;
  /** The version in force as remembered (`value` undefined: none published), or undefined once forgotten. */
  function rememberedVersion(): { value: StoredVersion | undefined } | undefined {
    return remembered && remembered.until > Date.now() ? remembered : undefined;
  }

  return {
    rememberedVersion,
    /** The version in force (the newest), or undefined before the first publish. */
    async activeVersion(): Promise<StoredVersion | undefined> {
      const known = rememberedVersion();
      if (known) return known.value;
      const before = publishes;
      const value = await db
        .selectFrom('content_version')
        .select(['version', 'etag'])
        .orderBy('version', 'desc')
        .limit(1)
        .executeTakeFirst();
      if (publishes === before) remembered = { value, until: Date.now() + ACTIVE_VERSION_TTL_MS };
      return value;
    },

    /** The manifest of the version in force, as the exact bytes that were published. */
    async activeManifest(): Promise<{ version: number; etag: string; manifest: string } | undefined> {
      return db
        .selectFrom('content_version')
        .select(['version', 'etag', 'manifest'])
        .orderBy('version', 'desc')
        .limit(1)
        .executeTakeFirst();
    },

    /** A published version's number and ETag, without its manifest text (cheap). */
    async storedVersion(version: number): Promise<StoredVersion | undefined> {
      return db
        .selectFrom('content_version')
        .select(['version', 'etag'])
        .where('version', '=', version)
        .executeTakeFirst();
    },

    /** A published version's manifest, as the exact bytes that were published. */
    async manifestOf(version: number): Promise<{ version: number; etag: string; manifest: string } | undefined> {
      return db
        .selectFrom('content_version')
        .select(['version', 'etag', 'manifest'])
        .where('version', '=', version)
        .executeTakeFirst();
    },

    /** Blobs by hash, in no particular order; hashes not stored are simply absent. */
    async blobs(hashes: readonly string[]): Promise<{ hash: string; body: string }[]> {
      const found: { hash: string; body: string }[] = [];
      for (const part of chunks(hashes, IN_LIST)) {
        found.push(
          ...(await db.selectFrom('content_blob').select(['hash', 'body']).where('hash', 'in', part).execute()),
        );
        await letOthersIn();
      }
      return found;
    },

    /** Guide entries made by earlier publishes, by their cache key (entry-cache.ts); keys not kept are absent. */
    async cachedEntries(keys: readonly string[]): Promise<Map<string, CachedEntry>> {
      const found = new Map<string, CachedEntry>();
      for (const part of chunks(keys, IN_LIST)) {
        const rows = await db.selectFrom('entry_cache').selectAll().where('key', 'in', part).execute();
        for (const r of rows) found.set(r.key, { hash: r.hash, size: r.size, images: JSON.parse(r.images) });
        await letOthersIn();
      }
      return found;
    },

    /** Guide texts named by editorial snapshots, by hash; hashes not stored are absent. */
    async snapshotTexts(hashes: readonly string[]): Promise<Map<string, string>> {
      const found = new Map<string, string>();
      // A few hundred texts a slice: 500 at once held the event loop for up to 50 ms.
      for (const part of chunks(hashes, 200)) {
        const rows = await db
          .selectFrom('editorial_text_blob')
          .select(['hash', 'markdown'])
          .where('hash', 'in', part)
          .execute();
        for (const r of rows) found.set(r.hash, r.markdown);
        await letOthersIn();
      }
      return found;
    },

    /** Every published version, newest first, with its entry count. */
    async versions(): Promise<{ version: number; createdAt: string; changelog: string; entries: number }[]> {
      const rows = await db
        .selectFrom('content_version')
        .select(['version', 'created_at', 'changelog', 'manifest'])
        .orderBy('version', 'desc')
        .execute();
      return rows.map((r) => ({
        version: r.version,
        createdAt: r.created_at,
        changelog: r.changelog,
        entries: (JSON.parse(r.manifest) as Manifest).entries.length,
      }));
    },

    /** The editorial content a version was published from, if it was recorded. */
    async versionEditorial(version: number): Promise<string | null | undefined> {
      const row = await db
        .selectFrom('content_version')
        .select('editorial')
        .where('version', '=', version)
        .executeTakeFirst();
      return row ? row.editorial : undefined;
    },

    /** Records media files (already in the media store) so `/media/<hash>` can serve them. */
    async addMediaRows(rows: MediaRef[]): Promise<void> {
      for (const row of rows) {
        await db
          .insertInto('media')
          .values({ ...row, created_at: new Date().toISOString() })
          .onConflict((oc) => oc.column('hash').doNothing())
          .execute();
      }
    },

    async media(hash: string): Promise<MediaRef | undefined> {
      return db.selectFrom('media').select(['hash', 'type', 'size']).where('hash', '=', hash).executeTakeFirst();
    },

    /**
     * Stores blobs and media rows and records a new version with the given manifest, in one
     * transaction. The version number is the newest plus one; the primary key makes two concurrent
     * publishers fail rather than share a number.
     */
    async publish(input: {
      blobs: BlobInput[];
      /** Entries made for this version, to keep in the entry cache (with the blobs, never before). */
      cached?: (CachedEntry & { key: string })[];
      media: MediaRef[];
      build: (version: number) => { manifest: Manifest; json: string; etag: string };
      changelog: string;
      /** The editorial content published, for restoring it later: its snapshot and the texts it names. */
      editorial?: { json: string; texts: { hash: string; markdown: string }[] };
    }): Promise<StoredVersion> {
      const stored = await db.transaction().execute(async (trx) => {
        const now = new Date().toISOString();
        // Most of a version's blobs and media are already stored: ask once which, write only the
        // new ones, many rows a statement. Row by row, 500 guides × 9 languages took seconds.
        const storedBlobs = new Set<string>();
        for (const part of chunks(
          input.blobs.map((b) => b.hash),
          IN_LIST,
        )) {
          const rows = await trx.selectFrom('content_blob').select('hash').where('hash', 'in', part).execute();
          for (const r of rows) storedBlobs.add(r.hash);
          await letOthersIn();
        }
        const newBlobs = [
          ...new Map(input.blobs.filter((b) => !storedBlobs.has(b.hash)).map((b) => [b.hash, b])).values(),
        ];
        for (const part of chunks(newBlobs, ROWS_PER_INSERT)) {
          await trx
            .insertInto('content_blob')
            .values(part.map((b) => ({ hash: b.hash, kind: b.kind, body: b.body, size: Buffer.byteLength(b.body) })))
            .onConflict((oc) => oc.column('hash').doNothing())
            .execute();
          await letOthersIn();
        }
        const cached = [...new Map((input.cached ?? []).map((c) => [c.key, c])).values()];
        for (const part of chunks(cached, ROWS_PER_INSERT)) {
          await trx
            .insertInto('entry_cache')
            .values(part.map((c) => ({ key: c.key, hash: c.hash, size: c.size, images: JSON.stringify(c.images) })))
            .onConflict((oc) => oc.column('key').doNothing())
            .execute();
          await letOthersIn();
        }
        // The snapshot's texts likewise: most are stored by an earlier publish.
        const texts = input.editorial?.texts ?? [];
        const storedTexts = new Set<string>();
        for (const part of chunks(
          texts.map((t) => t.hash),
          IN_LIST,
        )) {
          const rows = await trx.selectFrom('editorial_text_blob').select('hash').where('hash', 'in', part).execute();
          for (const r of rows) storedTexts.add(r.hash);
          await letOthersIn();
        }
        for (const part of chunks(
          texts.filter((t) => !storedTexts.has(t.hash)),
          ROWS_PER_INSERT,
        )) {
          await trx
            .insertInto('editorial_text_blob')
            .values(part.map((t) => ({ hash: t.hash, markdown: t.markdown })))
            .onConflict((oc) => oc.column('hash').doNothing())
            .execute();
          await letOthersIn();
        }
        const media = [...new Map(input.media.map((m) => [m.hash, m])).values()];
        for (const part of chunks(media, ROWS_PER_INSERT)) {
          await trx
            .insertInto('media')
            .values(part.map((m) => ({ hash: m.hash, type: m.type, size: m.size, created_at: now })))
            .onConflict((oc) => oc.column('hash').doNothing())
            .execute();
        }
        const newest = await trx
          .selectFrom('content_version')
          .select((eb) => eb.fn.max('version').as('v'))
          .executeTakeFirst();
        const version = (newest?.v ?? 0) + 1;
        const { json, etag } = input.build(version);
        await trx
          .insertInto('content_version')
          .values({
            version,
            created_at: now,
            changelog: input.changelog,
            manifest: json,
            etag,
            editorial: input.editorial?.json ?? null,
          })
          .execute();
        return { version, etag };
      });
      publishes++;
      remembered = undefined;
      return stored;
    },
  };
}

export type ContentRepository = ReturnType<typeof contentRepository>;
