import type { MediaRef } from '../../domain/content.js';
import type { PublishPreview } from '../../domain/staff-api.js';
import { systemNoteText } from '../../domain/system-notes.js';
import type { ContentRepository } from '../repositories/content-repository.js';
import type { EditorialRepository, MediaFile } from '../repositories/editorial-repository.js';
import { buildSource, type EditorialContent, type MediaResolver } from './editorial-content.js';
import { contentOfSnapshot, snapshotOf } from './editorial-snapshot.js';
import { type ParsedTextStore, parseTexts } from './editorial-texts.js';
import { sourceWithCache } from './entry-cache.js';
import { GuideSyntaxError } from './markdown-guide.js';
import { type ContentSource, previewPublish, publishContent } from './publish.js';
import type { WorkPool } from './work-pool.js';

/** Media named in content, found among the files editors have (`media/…` → stored file). */
export function storedMedia(files: MediaFile[]): MediaResolver {
  const byPath = new Map(files.map((f) => [f.path, f]));
  return {
    has: (path) => byPath.has(path),
    resolve(path): MediaRef {
      const file = byPath.get(path);
      if (!file) throw new GuideSyntaxError(`"${path}" is not an uploaded file`);
      return { hash: file.hash, size: file.size, type: file.type };
    },
  };
}

interface Stores {
  content: ContentRepository;
  editorial: EditorialRepository;
  work: WorkPool;
}

/**
 * Builds what kiosks would get from `content`, its guide texts parsed in the worker pool against
 * `files` (the media editors have); texts parsed before are read from `store`. Throws ContentError (ContentTooSlow for a text over the budget).
 */
export async function sourceOf(pool: WorkPool, content: EditorialContent, files: MediaFile[], store?: ParsedTextStore) {
  const parsed = await parseTexts(
    pool,
    content,
    files.map((f) => f.path),
    store,
  );
  return buildSource(content, storedMedia(files), parsed);
}

/** sourceOf, making only the guide entries not made by an earlier publish (entry-cache.ts). */
async function cachedSourceOf(stores: Stores, content: EditorialContent): Promise<ContentSource> {
  const files = await stores.editorial.mediaFiles();
  const media = storedMedia(files);
  return sourceWithCache(content, media, stores.content, async (rest) => {
    const paths = files.map((f) => f.path);
    const parsed = await parseTexts(stores.work, rest, paths, stores.editorial);
    return { source: buildSource(rest, media, parsed), parsed };
  });
}

async function editorialSource(stores: Stores): Promise<{ content: EditorialContent; source: ContentSource }> {
  const content = await stores.editorial.load();
  return { content, source: await cachedSourceOf(stores, content) };
}

/** What publishing the editorial content now would change for kiosks. */
export async function previewEditorial(stores: Stores): Promise<PublishPreview> {
  return previewPublish(stores.content, (await editorialSource(stores)).source);
}

/** Publishes the editorial content as a new version, keeping a snapshot of it for rollback. */
export async function publishEditorial(stores: Stores, changelog: string) {
  const { content, source } = await editorialSource(stores);
  return publishContent(stores.content, source, changelog, await snapshotOf(content));
}

/**
 * Restores an earlier version as a new one: its editorial snapshot becomes the content editors
 * see, and is published. Returns undefined when the version is unknown or kept no snapshot.
 */
export async function restoreVersion(stores: Stores, version: number, by: string) {
  const snapshot = await stores.content.versionEditorial(version);
  const restored = snapshot ? await contentOfSnapshot(snapshot, stores.content) : undefined;
  if (!snapshot || !restored) return undefined;
  const { content, byReference } = restored;
  // Check before replacing anything: a snapshot that no longer builds changes nothing.
  const source = await cachedSourceOf(stores, content);
  await stores.editorial.replaceAll(content, by);
  // A snapshot by reference is kept as it is (its texts are stored); an older, whole one is made anew.
  const kept = byReference ? { json: snapshot, texts: [] } : await snapshotOf(content);
  return publishContent(stores.content, source, systemNoteText({ system: 'restored', from: version }), kept);
}
