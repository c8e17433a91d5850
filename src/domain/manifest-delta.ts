/**
 * Delta manifests: what changed between two content versions, as the manifest route sends it to a
 * kiosk that already holds the older one. One place for the rule, shared by server and kiosk: the
 * server diffs with `diffManifests`, the kiosk rebuilds the full manifest with `applyDelta` and
 * checks the rebuild against `digest` before it trusts it.
 *
 * Wire: `GET /api/content/manifest?since=N` with `If-None-Match: <ETag of N>` answers 304 when
 * nothing changed, else a `ManifestUpdate` (JSON). The server sends `full` when it cannot name N
 * exactly (unknown, too old, newer than its own, or the same number with other content after a
 * database was restored from a backup). A request without `since` gets the bare `Manifest`, as
 * kiosks before delta manifests expect.
 */
import type { Manifest, ManifestEntry, MediaRef } from './content.js';
import { sha256Hex } from './hash.js';

/** What names a manifest line: a guide (or the categories, the welcome) in one language. */
export interface EntryKey {
  id: string;
  lang: string;
}

/** The lines, media and header that changed from version `base` to `version`. */
export interface ManifestChanges {
  base: number;
  version: number;
  createdAt: string;
  /** Lines whose key `base` lacks, whole. */
  added: ManifestEntry[];
  /** Lines whose key `base` has with other content (hash, size or kind), whole. */
  changed: ManifestEntry[];
  removed: EntryKey[];
  /** Media refs `base` lacks (a media file is named by its hash). */
  mediaAdded: MediaRef[];
  mediaRemoved: string[];
}

/** A delta answer: the changes, plus what the kiosk needs to store and check the rebuilt version. */
export interface ManifestDelta extends ManifestChanges {
  kind: 'delta';
  /** The ETag of `version`, which the kiosk keeps for its next question. */
  etag: string;
  /** `manifestDigest` of the full manifest of `version` as published; the rebuild must match it. */
  digest: string;
}

/** A full answer to a kiosk that asked with `since`. */
export interface FullManifest {
  kind: 'full';
  manifest: Manifest;
}

/** The manifest route's answer to a request with `since`. */
export type ManifestUpdate = FullManifest | ManifestDelta;

/** A delta that does not fit the manifest it is applied to: the kiosk asks for the full manifest. */
export class DeltaMismatchError extends Error {}

/**
 * The order of manifest lines: by id, then language. Publishing sorts with it and `applyDelta`
 * keeps it, so a rebuilt manifest serialises to the very bytes that were published.
 */
export function compareEntryKeys(a: EntryKey, b: EntryKey): number {
  return a.id.localeCompare(b.id) || a.lang.localeCompare(b.lang);
}

/** The order of media refs in a manifest: by hash. */
export function compareMedia(a: MediaRef, b: MediaRef): number {
  return a.hash.localeCompare(b.hash);
}

const keyOf = (e: EntryKey) => `${e.id}\n${e.lang}`;
const sameLine = (a: ManifestEntry, b: ManifestEntry) => a.hash === b.hash && a.size === b.size && a.kind === b.kind;
const sameMedia = (a: MediaRef, b: MediaRef) => a.size === b.size && a.type === b.type;

/** What changed from `base` to `next`; applying it to `base` gives `next` back. */
export function diffManifests(base: Manifest, next: Manifest): ManifestChanges {
  const before = new Map(base.entries.map((e) => [keyOf(e), e]));
  const after = new Set(next.entries.map(keyOf));
  const mediaBefore = new Map(base.media.map((m) => [m.hash, m]));
  const mediaAfter = new Set(next.media.map((m) => m.hash));
  const changedMedia = next.media.filter((m) => {
    const old = mediaBefore.get(m.hash);
    return old !== undefined && !sameMedia(old, m);
  });
  return {
    base: base.version,
    version: next.version,
    createdAt: next.createdAt,
    added: next.entries.filter((e) => !before.has(keyOf(e))),
    changed: next.entries.filter((e) => {
      const old = before.get(keyOf(e));
      return old !== undefined && !sameLine(old, e);
    }),
    removed: base.entries.filter((e) => !after.has(keyOf(e))).map(({ id, lang }) => ({ id, lang })),
    // A ref whose size or type changed under the same hash is sent as removed and added again.
    mediaAdded: next.media.filter((m) => !mediaBefore.has(m.hash)).concat(changedMedia),
    mediaRemoved: base.media
      .filter((m) => !mediaAfter.has(m.hash))
      .concat(changedMedia)
      .map((m) => m.hash),
  };
}

/**
 * The manifest of `delta.version`, rebuilt from `base`. Throws DeltaMismatchError when the delta
 * was made from another version or names lines `base` does not have (or already has).
 */
export function applyDelta(base: Manifest, delta: ManifestChanges): Manifest {
  if (delta.base !== base.version) {
    throw new DeltaMismatchError(`the delta is from version ${delta.base}, not ${base.version}`);
  }
  const lines = new Map(base.entries.map((e) => [keyOf(e), e]));
  for (const key of delta.removed) {
    if (!lines.delete(keyOf(key))) throw new DeltaMismatchError(`no line ${key.id} (${key.lang}) to remove`);
  }
  for (const line of delta.changed) {
    if (!lines.has(keyOf(line))) throw new DeltaMismatchError(`no line ${line.id} (${line.lang}) to change`);
    lines.set(keyOf(line), line);
  }
  for (const line of delta.added) {
    if (lines.has(keyOf(line))) throw new DeltaMismatchError(`line ${line.id} (${line.lang}) is already there`);
    lines.set(keyOf(line), line);
  }
  const media = new Map(base.media.map((m) => [m.hash, m]));
  for (const hash of delta.mediaRemoved) {
    if (!media.delete(hash)) throw new DeltaMismatchError(`no media ${hash.slice(0, 12)} to remove`);
  }
  for (const ref of delta.mediaAdded) {
    if (media.has(ref.hash)) throw new DeltaMismatchError(`media ${ref.hash.slice(0, 12)} is already there`);
    media.set(ref.hash, ref);
  }
  // Same key order as a published manifest, so the JSON (and its digest) come out the same.
  return {
    version: delta.version,
    createdAt: delta.createdAt,
    entries: [...lines.values()].sort(compareEntryKeys),
    media: [...media.values()].sort(compareMedia),
  };
}

/**
 * The digest a delta carries: the hex SHA-256 of a manifest's JSON exactly as published
 * (`JSON.stringify` of the manifest object). The server hashes the stored text, the kiosk its rebuild.
 */
export function manifestDigest(json: string): Promise<string> {
  return sha256Hex(json);
}
