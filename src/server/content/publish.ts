import { createHash } from 'node:crypto';
import type { EntryBodyByKind, EntryKind, Manifest, ManifestEntry, MediaRef } from '../../domain/content.js';
import type { ContentRepository, StoredVersion } from '../repositories/content-repository.js';

/** One entry before hashing; `kind` tells the type of `body`. */
export type SourceEntry = {
  [K in EntryKind]: { id: string; lang: string; kind: K; body: EntryBodyByKind[K] };
}[EntryKind];

/** Content as an editor or the seed folder supplies it, before hashing. */
export interface ContentSource {
  entries: SourceEntry[];
  /** Media already put into the media store. */
  media: MediaRef[];
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * Publishes content as a new version: entries are serialised and stored by hash, and a manifest
 * listing them becomes the version in force. Publishing content identical to the version in force
 * makes no new version.
 */
export async function publishContent(
  repo: ContentRepository,
  source: ContentSource,
  changelog: string,
): Promise<StoredVersion & { created: boolean }> {
  const blobs = source.entries.map((e) => {
    const json = JSON.stringify(e.body);
    return { ...e, json, hash: sha256(json) };
  });
  const entries: ManifestEntry[] = blobs
    .map(({ id, lang, kind, json, hash }) => ({ id, lang, kind, hash, size: Buffer.byteLength(json) }))
    .sort((a, b) => a.id.localeCompare(b.id) || a.lang.localeCompare(b.lang));
  const media = [...source.media].sort((a, b) => a.hash.localeCompare(b.hash));

  const active = await repo.activeManifest();
  if (active && sameContent(JSON.parse(active.manifest) as Manifest, entries, media)) {
    return { version: active.version, etag: active.etag, created: false };
  }

  const stored = await repo.publish({
    blobs: blobs.map((b) => ({ hash: b.hash, kind: b.kind, body: b.json })),
    media,
    changelog,
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
