import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { type TSchema, Type } from 'typebox';
import Value from 'typebox/value';
import type { CategoryList, GuideTranslation, MediaRef, VideoRef } from '../../domain/content.js';
import { guideEntryId } from '../../domain/content.js';
import { LANGUAGES, SOURCE_LANGUAGE } from '../../domain/languages.js';
import type { MediaStore } from '../media-store.js';
import { GuideSyntaxError, parseGuideMarkdown } from './markdown-guide.js';
import type { ContentSource, SourceEntry } from './publish.js';

const CategoriesFile = Type.Array(
  Type.Object({
    id: Type.String({ pattern: '^[a-z0-9-]+$' }),
    order: Type.Integer({ minimum: 0 }),
    name: Type.Record(Type.String(), Type.String({ minLength: 1 })),
  }),
);

const GuideFile = Type.Object({
  category: Type.String({ minLength: 1 }),
  order: Type.Integer({ minimum: 0 }),
  /** Languages a native speaker has reviewed; every other translation is a draft. */
  reviewed: Type.Array(Type.String()),
  /** `media/<name>.mp4`; captions are found beside it as `media/<name>.<lang>.vtt`. */
  video: Type.Optional(Type.String({ pattern: '^media/[A-Za-z0-9._-]+\\.(mp4|webm)$' })),
});

const WelcomeFile = Type.Object({
  video: Type.Optional(Type.String({ pattern: '^media/[A-Za-z0-9._-]+\\.(mp4|webm)$' })),
});

/** Media types the kiosk may show, by file extension. */
export const MEDIA_TYPES: Record<string, string> = {
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt',
};

/** A problem in the content folder, naming the file. */
export class ContentError extends Error {}

/**
 * Reads a content folder (categories.json, guides/<slug>/guide.json and <lang>.md, media/) into a
 * ContentSource, storing referenced media in the media store. Throws a ContentError naming the file
 * and the problem; nothing is published from a folder with any error.
 */
export function readContentDir(dir: string, media: MediaStore): ContentSource {
  const languages = new Set(LANGUAGES.map((l) => l.code));
  const categoriesJson = readJson(join(dir, 'categories.json'));
  if (!Value.Check(CategoriesFile, categoriesJson)) throw invalid('categories.json', CategoriesFile, categoriesJson);
  const categoryIds = new Set(categoriesJson.map((c) => c.id));

  const mediaRefs = new Map<string, MediaRef>();
  const addMedia = (path: string): MediaRef => {
    const file = normalize(path);
    const type = MEDIA_TYPES[extname(file).toLowerCase()];
    if (file.startsWith('..') || !file.startsWith('media/') || !type) {
      throw new GuideSyntaxError(`"${path}" must be a file in media/ of type ${Object.keys(MEDIA_TYPES).join(' ')}`);
    }
    const full = join(dir, file);
    if (!existsSync(full)) throw new GuideSyntaxError(`"${path}" does not exist`);
    const bytes = readFileSync(full);
    if (
      type === 'text/vtt' &&
      !bytes
        .toString('utf8')
        .replace(/^\uFEFF/, '')
        .startsWith('WEBVTT')
    ) {
      throw new GuideSyntaxError(`"${path}" is not WebVTT (it must start with "WEBVTT")`);
    }
    const ref = { hash: media.put(bytes), size: bytes.byteLength, type };
    mediaRefs.set(ref.hash, ref);
    return ref;
  };
  const resolveImage = (path: string): string => addMedia(path).hash;
  /** A video and the captions beside it: `media/<name>.<lang>.vtt` for each language that has one. */
  const resolveVideo = (path: string): VideoRef => {
    const video = addMedia(path);
    const stem = path.replace(/\.\w+$/, '');
    const captions = [...languages]
      .filter((lang) => existsSync(join(dir, `${stem}.${lang}.vtt`)))
      .map((lang) => ({ lang, media: addMedia(`${stem}.${lang}.vtt`).hash }));
    return { media: video.hash, type: video.type, captions };
  };

  const entries: SourceEntry[] = [];
  const guidesDir = join(dir, 'guides');
  for (const slug of readdirSync(guidesDir).sort()) {
    const meta = readJson(join(guidesDir, slug, 'guide.json'));
    if (!Value.Check(GuideFile, meta)) throw invalid(`guides/${slug}/guide.json`, GuideFile, meta);
    if (!categoryIds.has(meta.category)) {
      throw new ContentError(`guides/${slug}/guide.json: unknown category "${meta.category}"`);
    }
    const video = meta.video
      ? inFile(`guides/${slug}/guide.json`, () => resolveVideo(meta.video as string))
      : undefined;
    for (const file of readdirSync(join(guidesDir, slug))
      .filter((f) => f.endsWith('.md'))
      .sort()) {
      const lang = file.slice(0, -3);
      const where = `guides/${slug}/${file}`;
      if (!languages.has(lang)) throw new ContentError(`${where}: "${lang}" is not a shipped language`);
      const parsed = inFile(where, () =>
        parseGuideMarkdown(readFileSync(join(guidesDir, slug, file), 'utf8'), resolveImage),
      );
      const body: GuideTranslation = {
        id: slug,
        lang,
        category: meta.category,
        order: meta.order,
        ...parsed,
        draft: !meta.reviewed.includes(lang),
        ...(video ? { video } : {}),
      };
      entries.push({ id: guideEntryId(slug), lang, kind: 'guide', body });
    }
  }

  for (const lang of languages) {
    const body: CategoryList = {
      lang,
      categories: categoriesJson
        // A category not yet named in a language shows its Swedish name rather than vanishing.
        .map((c) => ({ id: c.id, order: c.order, name: c.name[lang] ?? c.name[SOURCE_LANGUAGE] ?? c.id }))
        .sort((a, b) => a.order - b.order),
    };
    entries.push({ id: 'categories', lang, kind: 'categories', body });
  }
  const welcomeFile = join(dir, 'welcome.json');
  if (existsSync(welcomeFile)) {
    const welcome = readJson(welcomeFile);
    if (!Value.Check(WelcomeFile, welcome)) throw invalid('welcome.json', WelcomeFile, welcome);
    const video = welcome.video ? inFile('welcome.json', () => resolveVideo(welcome.video as string)) : undefined;
    entries.push({ id: 'welcome', lang: SOURCE_LANGUAGE, kind: 'welcome', body: video ? { video } : {} });
  }
  return { entries, media: [...mediaRefs.values()] };
}

/** Runs a step that reads files named in `file`, reporting a problem with that file's name. */
function inFile<T>(file: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof GuideSyntaxError) throw new ContentError(`${file}: ${error.message}`);
    throw error;
  }
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ContentError(`${file}: ${(error as Error).message}`);
  }
}

function invalid(file: string, schema: TSchema, value: unknown): ContentError {
  const first = [...Value.Errors(schema, value)][0];
  return new ContentError(`${file}: ${first?.instancePath || '/'} ${first?.message ?? 'is invalid'}`);
}
