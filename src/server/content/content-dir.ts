import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { type TSchema, Type } from 'typebox';
import Value from 'typebox/value';
import type { MediaRef } from '../../domain/content.js';
import { PictogramName, Slug, VideoPath } from '../../domain/schemas/common.js';
import { keeps, SLUG_PATTERN } from '../../domain/schemas/rules.js';
import type { MediaStore } from '../media-store.js';
import {
  buildSource,
  ContentError,
  type EditorialContent,
  type EditorialGuide,
  type MediaResolver,
} from './editorial-content.js';
import { GuideSyntaxError } from './markdown-guide.js';
import type { ContentSource } from './publish.js';

export { ContentError };

const CategoriesFile = Type.Array(
  Type.Object({
    id: Slug,
    order: Type.Integer({ minimum: 0 }),
    name: Type.Record(Type.String(), Type.String({ minLength: 1 })),
    icon: Type.Optional(PictogramName),
  }),
);

const GuideFile = Type.Object({
  category: Type.String({ minLength: 1 }),
  order: Type.Integer({ minimum: 0 }),
  /** Languages a native speaker has reviewed; every other translation is a draft. */
  reviewed: Type.Array(Type.String()),
  /** `media/<name>.mp4`; captions are found beside it as `media/<name>.<lang>.vtt`. */
  video: Type.Optional(VideoPath),
  /** The guide's own pictogram; left out, its tile shows its category's. */
  icon: Type.Optional(PictogramName),
});

const WelcomeFile = Type.Object({ video: Type.Optional(VideoPath) });

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

/**
 * Reads a content folder (categories.json, guides/<slug>/guide.json and <lang>.md, welcome.json)
 * into editorial content. Throws a ContentError naming the file and the problem.
 */
export function readContentFolder(dir: string): EditorialContent {
  const categories = readJson(join(dir, 'categories.json'));
  if (!Value.Check(CategoriesFile, categories)) throw invalid('categories.json', CategoriesFile, categories);
  const guidesDir = join(dir, 'guides');
  const guides = readdirSync(guidesDir)
    .sort()
    .map((slug): EditorialGuide => {
      if (!keeps(SLUG_PATTERN, slug)) {
        throw new ContentError(`guides/${slug}: a guide's folder name is 1–80 of a-z 0-9 -`);
      }
      const meta = readJson(join(guidesDir, slug, 'guide.json'));
      if (!Value.Check(GuideFile, meta)) throw invalid(`guides/${slug}/guide.json`, GuideFile, meta);
      const files = readdirSync(join(guidesDir, slug)).filter((f) => f.endsWith('.md'));
      const texts = Object.fromEntries(
        files.sort().map((file) => {
          const lang = file.slice(0, -3);
          const markdown = readFileSync(join(guidesDir, slug, file), 'utf8');
          return [
            lang,
            { markdown, status: meta.reviewed.includes(lang) ? ('reviewed' as const) : ('draft' as const) },
          ];
        }),
      );
      const guide: EditorialGuide = {
        id: slug,
        category: meta.category,
        order: meta.order,
        video: meta.video ?? null,
        texts,
      };
      if (meta.icon) guide.icon = meta.icon;
      return guide;
    });
  const welcomeFile = join(dir, 'welcome.json');
  const welcome = existsSync(welcomeFile) ? readJson(welcomeFile) : {};
  if (!Value.Check(WelcomeFile, welcome)) throw invalid('welcome.json', WelcomeFile, welcome);
  return { categories, guides, welcome: { video: welcome.video ?? null } };
}

/** The files of a content folder's `media/`, read and put into the media store on first use. */
export function folderMedia(dir: string, media: MediaStore): MediaResolver & { all(): Map<string, MediaRef> } {
  const stored = new Map<string, MediaRef>();
  const resolve = (path: string): MediaRef => {
    const file = normalize(path);
    const known = stored.get(file);
    if (known) return known;
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
    stored.set(file, ref);
    return ref;
  };
  return {
    has: (path) => existsSync(join(dir, normalize(path))),
    resolve,
    all() {
      const mediaDir = join(dir, 'media');
      if (existsSync(mediaDir)) {
        for (const name of readdirSync(mediaDir))
          if (MEDIA_TYPES[extname(name).toLowerCase()]) resolve(`media/${name}`);
      }
      return stored;
    },
  };
}

/**
 * Reads a content folder into a ContentSource ready to publish, storing referenced media in the
 * media store. Nothing is published from a folder with any error.
 */
export function readContentDir(dir: string, media: MediaStore): ContentSource {
  return buildSource(readContentFolder(dir), folderMedia(dir, media));
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
