import { type EntryKind, MAX_ENTRIES_PER_REQUEST, type Manifest, type MediaRef } from '../domain/content.js';
import { sha256Hex } from '../domain/hash.js';
import { applyDelta, DeltaMismatchError, type ManifestUpdate, manifestDigest } from '../domain/manifest-delta.js';
import { type ApiOptions, fetchEntries, fetchManifest, fetchMedia } from './api.js';
import {
  commitManifest,
  keptMediaHashes,
  missingEntryHashes,
  readContentState,
  recordSyncError,
  storedManifest,
  storeEntries,
} from './content-store.js';
import type { StoredEntry } from './db.js';
import { cacheStorageMedia, type MediaCache } from './media-cache.js';
import { ensureRoomFor } from './storage.js';

export type SyncResult =
  | { status: 'unchanged' }
  | { status: 'none' }
  | {
      status: 'updated';
      version: number;
      entriesFetched: number;
      bytesFetched: number;
      activated: boolean;
      /** How the manifest came: rebuilt from a delta, or whole. */
      via: 'delta' | 'full';
    };

/** Content whose bytes do not match its hash: the whole version is refused. */
export class IntegrityError extends Error {}

export interface SyncOptions extends ApiOptions {
  /** Where media goes; null skips media (tests without Cache Storage). Defaults to Cache Storage. */
  media?: MediaCache | null;
}

let inFlight: Promise<SyncResult> | undefined;

/**
 * Brings the tablet up to the server's content version: asks for the manifest with its ETag,
 * downloads only the entries and media it lacks, verifies each against its hash, and records the
 * manifest in one transaction once everything is stored. A failure anywhere leaves the version in
 * force untouched; what was already verified is kept, so the next try resumes. Calls made while a
 * sync runs share it.
 */
export function syncContent(options: SyncOptions = {}): Promise<SyncResult> {
  inFlight ??= runSync(options).finally(() => {
    inFlight = undefined;
  });
  return inFlight;
}

async function runSync(options: SyncOptions): Promise<SyncResult> {
  const state = await readContentState();
  // The newest manifest stored whole is the base a delta is made from (state.etag is its ETag).
  const heldVersion = state.ready ?? state.active;
  try {
    const answer = await fetchManifest(
      heldVersion !== null && state.etag ? { version: heldVersion, etag: state.etag } : null,
      options,
    );
    if (answer.status !== 'changed') return answer;
    const { manifest, etag, via } = await nextManifest(answer.update, answer.etag, options);
    const media = options.media === undefined ? defaultMediaCache() : options.media;
    await ensureRoomFor(await bytesToDownload(manifest, media));
    const { count, bytes } = await downloadEntries(manifest, options);
    const mediaBytes = media ? await downloadMedia(manifest.media, media, options) : 0;
    const next = await commitManifest(manifest, etag);
    return {
      status: 'updated',
      version: manifest.version,
      entriesFetched: count,
      bytesFetched: bytes + mediaBytes,
      activated: next.active === manifest.version && next.ready === null,
      via,
    };
  } catch (error) {
    await recordSyncError(error instanceof Error ? error.message : String(error));
    throw error;
  }
}

/**
 * The full manifest of the version the server named: the one it sent, or the one rebuilt from a
 * delta and the stored base, checked against the delta's digest. A base the tablet no longer has,
 * or a rebuild that does not match, costs one more request, for the full manifest.
 */
async function nextManifest(
  update: ManifestUpdate,
  etag: string | null,
  options: ApiOptions,
): Promise<{ manifest: Manifest; etag: string | null; via: 'delta' | 'full' }> {
  if (update.kind === 'full') return { manifest: update.manifest, etag, via: 'full' };
  const base = await storedManifest(update.base);
  if (base) {
    try {
      const manifest = applyDelta(base, update);
      if ((await manifestDigest(JSON.stringify(manifest))) === update.digest) {
        return { manifest, etag: update.etag, via: 'delta' };
      }
    } catch (error) {
      if (!(error instanceof DeltaMismatchError)) throw error;
    }
  }
  const full = await fetchManifest(null, options);
  if (full.status !== 'changed' || full.update.kind !== 'full')
    throw new Error('manifest: the full manifest did not come');
  return { manifest: full.update.manifest, etag: full.etag, via: 'full' };
}

/** What a version still needs on this tablet: the sizes of the entries and media it lacks. */
async function bytesToDownload(manifest: Manifest, media: MediaCache | null): Promise<number> {
  const missing = new Set(await missingEntryHashes(manifest));
  let bytes = manifest.entries.filter((e) => missing.delete(e.hash)).reduce((sum, e) => sum + e.size, 0);
  if (media) {
    for (const ref of manifest.media) if (!(await media.has(ref.hash))) bytes += ref.size;
  }
  return bytes;
}

async function downloadEntries(manifest: Manifest, options: ApiOptions): Promise<{ count: number; bytes: number }> {
  const kinds = new Map<string, EntryKind>(manifest.entries.map((e) => [e.hash, e.kind]));
  const missing = await missingEntryHashes(manifest);
  const decoder = new TextDecoder();
  let bytes = 0;
  for (let i = 0; i < missing.length; i += MAX_ENTRIES_PER_REQUEST) {
    const batch = missing.slice(i, i + MAX_ENTRIES_PER_REQUEST);
    const payloads = await fetchEntries(batch, options);
    const verified: StoredEntry[] = [];
    for (const { hash, bytes: data } of payloads) {
      const kind = kinds.get(hash);
      if (!kind || !batch.includes(hash)) throw new IntegrityError(`entry ${hash.slice(0, 12)} was not asked for`);
      if ((await sha256Hex(data)) !== hash)
        throw new IntegrityError(`entry ${hash.slice(0, 12)} does not match its hash`);
      verified.push({ hash, kind, body: JSON.parse(decoder.decode(data)) } as StoredEntry);
      bytes += data.byteLength;
    }
    if (verified.length !== batch.length) throw new IntegrityError('the server left out entries that were asked for');
    await storeEntries(verified);
  }
  return { count: missing.length, bytes };
}

async function downloadMedia(refs: MediaRef[], cache: MediaCache, options: ApiOptions): Promise<number> {
  let bytes = 0;
  for (const ref of refs) {
    if (await cache.has(ref.hash)) continue;
    const data = await (await fetchMedia(ref.hash, options)).arrayBuffer();
    if ((await sha256Hex(data)) !== ref.hash)
      throw new IntegrityError(`media ${ref.hash.slice(0, 12)} does not match its hash`);
    await cache.put(
      ref.hash,
      new Response(data, { headers: { 'content-type': ref.type, 'content-length': String(data.byteLength) } }),
    );
    bytes += data.byteLength;
  }
  return bytes;
}

/** Deletes cached media no kept version references; call after a version switch. */
export async function collectMedia(cache: MediaCache | null = defaultMediaCache()): Promise<void> {
  if (cache) await cache.prune(await keptMediaHashes());
}

function defaultMediaCache(): MediaCache | null {
  return typeof caches === 'undefined' ? null : cacheStorageMedia;
}
