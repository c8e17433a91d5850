import type { Manifest } from '../../domain/content.js';
import { diffManifests, type ManifestDelta, manifestDigest } from '../../domain/manifest-delta.js';
import type { ContentRepository, StoredVersion } from '../repositories/content-repository.js';

/**
 * How many versions back a delta reaches. A kiosk further behind gets the full manifest: after
 * that many publishes a delta is seldom much smaller, and the server then diffs at most this many
 * bases against the version in force. Versions themselves are all kept (rollback needs them).
 */
export const DELTA_HISTORY = 50;

/** Deltas kept ready: after a publish the whole fleet asks for the same one or two. */
const CACHED_DELTAS = 16;

/** The version in force as the manifest route read it. */
export interface CurrentManifest {
  version: number;
  etag: string;
  manifest: string;
}

/**
 * What answers kiosks that ask with `since` (the JSON text of a ManifestUpdate): a delta from the
 * kiosk's version when the server can name that version exactly (the number is known, no older
 * than DELTA_HISTORY, older than the version in force, and the kiosk's If-None-Match holds its
 * ETag, so a number reused after a restore from backup is not taken for the kiosk's), else the
 * full manifest.
 */
export function manifestUpdates(repo: ContentRepository) {
  // Keyed by both ETags, never by numbers alone: a restored database reuses version numbers.
  const deltas = new Map<string, Promise<string>>();

  const delta = (base: StoredVersion, current: CurrentManifest): Promise<string> => {
    const key = `${base.etag}>${current.etag}`;
    let answer = deltas.get(key);
    if (!answer) {
      answer = buildDelta(repo, base, current);
      deltas.set(key, answer);
      // A failed build is not kept; the oldest entry makes room.
      answer.catch(() => deltas.delete(key));
      if (deltas.size > CACHED_DELTAS) deltas.delete(deltas.keys().next().value as string);
    }
    return answer;
  };

  return async (since: number, holds: (etag: string) => boolean, current: CurrentManifest): Promise<string> => {
    const full = `{"kind":"full","manifest":${current.manifest}}`;
    if (since >= current.version || current.version - since > DELTA_HISTORY) return full;
    const base = await repo.storedVersion(since);
    if (!base || !holds(base.etag)) return full;
    // The base may vanish between the two reads (a restore): then the full manifest is the answer.
    return delta(base, current).catch(() => full);
  };
}

async function buildDelta(repo: ContentRepository, base: StoredVersion, current: CurrentManifest): Promise<string> {
  const stored = await repo.manifestOf(base.version);
  if (stored?.etag !== base.etag) throw new Error(`version ${base.version} changed under the delta`);
  const changes = diffManifests(JSON.parse(stored.manifest) as Manifest, JSON.parse(current.manifest) as Manifest);
  const answer: ManifestDelta = {
    kind: 'delta',
    ...changes,
    etag: current.etag,
    digest: await manifestDigest(current.manifest),
  };
  return JSON.stringify(answer);
}
