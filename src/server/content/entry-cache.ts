import { createHash } from 'node:crypto';
import { guideEntryId, type ManifestEntry, type MediaRef } from '../../domain/content.js';
import { LANGUAGES } from '../../domain/languages.js';
import { letOthersIn, SLICE } from '../event-loop.js';
import {
  type EditorialContent,
  type EditorialGuide,
  guideTextKey,
  type MediaResolver,
  type ParsedTexts,
  videoOf,
} from './editorial-content.js';
import { PARSED_FORMAT } from './editorial-texts.js';
import type { ContentSource } from './publish.js';

/**
 * Raise whenever buildSource makes a guide entry from the same inputs differently (another field,
 * another order), so entries kept under the old keys are made again rather than reused.
 */
const ENTRY_FORMAT = 1;

const SHIPPED = new Set(LANGUAGES.map((l) => l.code));

/** A guide entry made before: its hash and size, and the images it shows as [path, media hash]. */
export interface CachedEntry {
  hash: string;
  size: number;
  images: [string, string][];
}

/** Where made entries are kept (the `entry_cache` table); written only with a publish's blobs. */
export interface EntryCacheStore {
  cachedEntries(keys: readonly string[]): Promise<Map<string, CachedEntry>>;
}

/** What the guide texts of some content are made from, and which of them were made before. */
interface Known {
  /** Every guide text's cache key, by guideTextKey. */
  keys: Map<string, string>;
  /** Texts whose entry is known: its manifest line and the media it shows. */
  hits: Map<string, { line: ManifestEntry; media: MediaRef[] }>;
}

/**
 * The key of a guide entry: the hash of everything buildSource makes it from — the text's own
 * fields and Markdown, its guide's fields (any field: one added later counts too), the video as
 * resolved to media hashes, and the parser's and this cache's formats. Images are checked apart,
 * by the [path, hash] pairs kept with the entry, since only a parse knows which a text shows.
 */
function entryKey(guide: EditorialGuide, lang: string, video: unknown): string {
  const { texts, ...fields } = guide;
  const { markdown, ...own } = texts[lang] ?? { markdown: '' };
  return createHash('sha256')
    .update(JSON.stringify([ENTRY_FORMAT, PARSED_FORMAT, lang, fields, own, video]))
    .update('\n')
    .update(markdown)
    .digest('hex');
}

/** Looks up every guide text of `content` in the cache; a text whose images moved is not known. */
async function known(content: EditorialContent, media: MediaResolver, store: EntryCacheStore): Promise<Known> {
  const keys = new Map<string, string>();
  const videos = new Map<string, MediaRef[]>();
  for (const [i, guide] of content.guides.entries()) {
    // A video that cannot be found leaves the guide to buildSource, which names the problem.
    if (guide.video && !media.has(guide.video)) continue;
    const video = guide.video ? videoOf(guide.video, media) : undefined;
    if (video) videos.set(guide.id, video.files);
    // A language no longer shipped is left to buildSource too, which refuses it.
    for (const lang of Object.keys(guide.texts).filter((l) => SHIPPED.has(l))) {
      keys.set(guideTextKey(guide.id, lang), entryKey(guide, lang, video?.ref ?? null));
    }
    if (i % SLICE === SLICE - 1) await letOthersIn();
  }
  const rows = await store.cachedEntries([...keys.values()]);
  const hits: Known['hits'] = new Map();
  for (const guide of content.guides) {
    for (const lang of Object.keys(guide.texts)) {
      const row = rows.get(keys.get(guideTextKey(guide.id, lang)) ?? '');
      if (!row?.images.every(([path, hash]) => media.has(path) && media.resolve(path).hash === hash)) continue;
      hits.set(guideTextKey(guide.id, lang), {
        line: { id: guideEntryId(guide.id), lang, kind: 'guide', hash: row.hash, size: row.size },
        media: [...row.images.map(([path]) => media.resolve(path)), ...(videos.get(guide.id) ?? [])],
      });
    }
  }
  return { keys, hits };
}

/** `content` without the guide texts in `hits` (their guides stay, for buildSource's checks). */
function withoutTexts(content: EditorialContent, hits: Known['hits']): EditorialContent {
  return {
    ...content,
    guides: content.guides.map((g) => ({
      ...g,
      texts: Object.fromEntries(Object.entries(g.texts).filter(([lang]) => !hits.has(guideTextKey(g.id, lang)))),
    })),
  };
}

/**
 * Builds the source of `content` making only the guide entries not made before: `build` gets the
 * content without the known texts (parse and build them as usual), and the known ones join the
 * result as stored lines. Each entry made anew carries its cache key and images, for publish to
 * keep. Throws what `build` throws (ContentError).
 */
export async function sourceWithCache(
  content: EditorialContent,
  media: MediaResolver,
  store: EntryCacheStore,
  build: (content: EditorialContent) => Promise<{ source: ContentSource; parsed: ParsedTexts }>,
): Promise<ContentSource> {
  const { keys, hits } = await known(content, media, store);
  const { source, parsed } = await build(withoutTexts(content, hits));
  const entries = source.entries.map((e) => {
    if (e.kind !== 'guide') return e;
    const text = guideTextKey(e.body.id, e.lang);
    const key = keys.get(text);
    const guide = parsed.get(text);
    if (!key || !guide || guide instanceof Error) return e;
    const paths = [
      ...new Set(guide.steps.flatMap((s) => s.blocks.flatMap((b) => (b.type === 'image' ? [b.media] : [])))),
    ];
    return { ...e, cache: { key, images: paths.map((p): [string, string] => [p, media.resolve(p).hash]) } };
  });
  const allMedia = new Map(source.media.map((m) => [m.hash, m]));
  for (const hit of hits.values()) for (const m of hit.media) if (!allMedia.has(m.hash)) allMedia.set(m.hash, m);
  return { entries, media: [...allMedia.values()], stored: [...hits.values()].map((h) => h.line) };
}
