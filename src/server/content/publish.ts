import { createHash } from 'node:crypto';
import type { EntryBodyByKind, EntryKind, Manifest, ManifestEntry, MediaRef } from '../../domain/content.js';
import { compareEntryKeys, compareMedia } from '../../domain/manifest-delta.js';
import type { PublishPreview } from '../../domain/staff-api.js';
import { letOthersIn, SLICE } from '../event-loop.js';
import type { ContentRepository, StoredVersion } from '../repositories/content-repository.js';
import { bodiesNeeded, changesOf, type EntryBody } from './publish-changes.js';

/**
 * One entry before hashing; `kind` tells the type of `body`. `cache`, when given, is where the
 * entry is kept in the entry cache once published (entry-cache.ts): its key and the images it shows.
 */
export type SourceEntry = {
  [K in EntryKind]: {
    id: string;
    lang: string;
    kind: K;
    body: EntryBodyByKind[K];
    cache?: { key: string; images: [string, string][] };
  };
}[EntryKind];

/**
 * Content ready to publish: entries before hashing, and media already in the media store.
 * `stored` are entries made and stored by an earlier publish, given by their manifest lines only.
 */
export interface ContentSource {
  entries: SourceEntry[];
  media: MediaRef[];
  stored?: ManifestEntry[];
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The manifest lines and blobs a source would publish, in a stable order. Serialising and hashing
 * 4,500 entries takes a few hundred milliseconds: it goes in slices, letting kiosks in between.
 */
async function plan(source: ContentSource) {
  const blobs = [];
  for (const [i, e] of source.entries.entries()) {
    const json = JSON.stringify(e.body);
    const hash = sha256(json);
    const entry: ManifestEntry = { id: e.id, lang: e.lang, kind: e.kind, hash, size: Buffer.byteLength(json) };
    blobs.push({ kind: e.kind, body: json, hash, line: e, entry });
    if (i % SLICE === SLICE - 1) await letOthersIn();
  }
  const entries = [...blobs.map((b) => b.entry), ...(source.stored ?? [])].sort(compareEntryKeys);
  const media = [...source.media].sort(compareMedia);
  return { blobs, entries, media };
}

/**
 * What publishing a source would change against the version in force: entries added, changed and
 * removed (named by title, with what changed and what each costs a kiosk), and the bytes a kiosk
 * holding that version would download. Reads only the bodies of entries that changed or went.
 */
export async function previewPublish(repo: ContentRepository, source: ContentSource): Promise<PublishPreview> {
  const { blobs, entries, media } = await plan(source);
  const active = await repo.activeManifest();
  const current = active ? (JSON.parse(active.manifest) as Manifest) : { version: 0, entries: [], media: [] };
  const made = new Map<string, EntryBody>(blobs.map((b) => [b.hash, b.line.body]));
  // Stored entries' bodies are read only where the change list looks at them.
  const needed = bodiesNeeded(current.entries, entries, (line) => made.has(line.hash));
  const read = new Map((await repo.blobs(needed)).map((b) => [b.hash, JSON.parse(b.body) as EntryBody]));
  const next = entries.map((line) => ({ line, body: made.get(line.hash) ?? read.get(line.hash) }));
  return { nextVersion: current.version + 1, ...changesOf({ current, next: { entries: next, media }, before: read }) };
}

/**
 * Publishes content as a new version: entries are serialised and stored by hash, and a manifest
 * listing them becomes the version in force. Publishing content identical to the version in force
 * makes no new version. `editorial` (a snapshot and its texts) is kept with the version so a
 * rollback can restore it.
 */
export async function publishContent(
  repo: ContentRepository,
  source: ContentSource,
  changelog: string,
  editorial?: { json: string; texts: { hash: string; markdown: string }[] },
): Promise<StoredVersion & { created: boolean }> {
  const { blobs, entries, media } = await plan(source);
  const active = await repo.activeManifest();
  if (active && sameContent(JSON.parse(active.manifest) as Manifest, entries, media)) {
    return { version: active.version, etag: active.etag, created: false };
  }
  const stored = await repo.publish({
    blobs: blobs.map((b) => ({ hash: b.hash, kind: b.kind, body: b.body })),
    cached: blobs.flatMap((b) =>
      b.line.cache ? [{ key: b.line.cache.key, hash: b.hash, size: b.entry.size, images: b.line.cache.images }] : [],
    ),
    media,
    changelog,
    ...(editorial ? { editorial } : {}),
    build: (version) => {
      const manifest: Manifest = { version, createdAt: new Date().toISOString(), entries, media };
      const json = JSON.stringify(manifest);
      return { manifest, json, etag: `"${sha256(json).slice(0, 40)}"` };
    },
  });
  return { ...stored, created: true };
}

function sameContent(manifest: Manifest, entries: ManifestEntry[], media: MediaRef[]): boolean {
  const key = (list: { hash: string }[]) => list.map((x) => JSON.stringify(x)).join('\n');
  return key(manifest.entries) === key(entries) && key(manifest.media) === key(media);
}
