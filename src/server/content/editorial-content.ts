import type { CategoryList, GuideTranslation, MediaRef, VideoRef } from '../../domain/content.js';
import { guideEntryId } from '../../domain/content.js';
import { LANGUAGES, SOURCE_LANGUAGE } from '../../domain/languages.js';
import type { Pictogram } from '../../domain/pictograms.js';
import type { CategoryRow } from '../../domain/staff-api.js';
import { GuideSyntaxError, type ParsedGuide, parseGuideMarkdown } from './markdown-guide.js';
import type { ContentSource, SourceEntry } from './publish.js';

/** Guide texts already parsed off the event loop (editorial-texts.ts), by `guideTextKey`. */
export type ParsedTexts = Map<string, ParsedGuide | GuideSyntaxError>;

/** The key of one guide text in ParsedTexts. */
export const guideTextKey = (guide: string, lang: string) => `${guide}/${lang}`;

/** A guide as editors keep it: metadata and one Markdown text per language. */
export interface EditorialGuide {
  id: string;
  category: string;
  order: number;
  /** `media/<name>.mp4`; captions beside it as `media/<name>.<lang>.vtt`. */
  video: string | null;
  /** Its own pictogram on its tile; absent (never null): none chosen, the tile shows its category's. */
  icon?: Pictogram;
  texts: Record<string, { markdown: string; status: 'draft' | 'reviewed' }>;
}

/** All content in the form editors write it, before it is parsed and hashed for kiosks. */
export interface EditorialContent {
  categories: CategoryRow[];
  guides: EditorialGuide[];
  welcome: { video: string | null };
  /**
   * Guides and categories editors archived: kept (in snapshots and packs too) so they can be
   * restored, never published. Absent when nothing is archived.
   */
  archived?: { categories: CategoryRow[]; guides: EditorialGuide[] };
}

/** Finds media files named in content (`media/…`); throws GuideSyntaxError for an unknown one. */
export interface MediaResolver {
  has(path: string): boolean;
  resolve(path: string): MediaRef;
}

/** A problem in the content, naming the file (or guide and language) it is in. */
export class ContentError extends Error {}

/** Runs a step, reporting a problem as a ContentError that names `where`. */
export function inFile<T>(where: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof GuideSyntaxError) throw new ContentError(`${where}: ${error.message}`);
    throw error;
  }
}

/**
 * Turns editorial content into what kiosks get: every guide text parsed into structured steps (the
 * restricted Markdown; anything else is refused naming the guide, language and line), videos with
 * their caption tracks, and the category list in every language (Swedish names where one lacks).
 * The server passes `parsed`, the texts parsed in its worker pool (images still named by path);
 * without it (content folders, the command line) the texts are parsed here.
 */
export function buildSource(content: EditorialContent, media: MediaResolver, parsed?: ParsedTexts): ContentSource {
  const languages = LANGUAGES.map((l) => l.code);
  const categoryIds = new Set(content.categories.map((c) => c.id));
  const used = new Map<string, MediaRef>();
  const add = (path: string) => {
    const ref = media.resolve(path);
    used.set(ref.hash, ref);
    return ref;
  };
  const video = (path: string): VideoRef => {
    const { ref, files } = videoOf(path, media);
    for (const file of files) used.set(file.hash, file);
    return ref;
  };

  const entries: SourceEntry[] = [];
  for (const guide of content.guides) {
    const where = `guides/${guide.id}`;
    if (!categoryIds.has(guide.category)) throw new ContentError(`${where}: unknown category "${guide.category}"`);
    const guideVideo = guide.video ? inFile(where, () => video(guide.video as string)) : undefined;
    for (const [lang, text] of Object.entries(guide.texts)) {
      if (!languages.includes(lang)) throw new ContentError(`${where}/${lang}.md: "${lang}" is not a shipped language`);
      const guideText = inFile(`${where}/${lang}.md`, () => {
        if (!parsed) return parseGuideMarkdown(text.markdown, (path) => add(path).hash);
        const done = parsed.get(guideTextKey(guide.id, lang));
        if (!done) throw new Error(`guides/${guide.id}/${lang}.md was not parsed`);
        if (done instanceof GuideSyntaxError) throw done;
        return withImages(done, (path) => add(path).hash);
      });
      const body: GuideTranslation = {
        id: guide.id,
        lang,
        category: guide.category,
        order: guide.order,
        ...guideText,
        draft: text.status !== 'reviewed',
        ...(guideVideo ? { video: guideVideo } : {}),
        // Last and only when chosen: a guide without its own pictogram publishes the bytes it did before.
        ...(guide.icon ? { icon: guide.icon } : {}),
      };
      entries.push({ id: guideEntryId(guide.id), lang, kind: 'guide', body });
    }
  }

  for (const lang of languages) {
    const body: CategoryList = {
      lang,
      categories: content.categories
        // A category not yet named in a language shows its Swedish name rather than vanishing.
        .map((c) => ({
          id: c.id,
          order: c.order,
          name: c.name[lang] ?? c.name[SOURCE_LANGUAGE] ?? c.id,
          // The same pictogram in every language; none chosen, the entry says nothing and kiosks
          // draw their default, so content without pictograms publishes as it did before.
          ...(c.icon ? { icon: c.icon } : {}),
        }))
        .sort((a, b) => a.order - b.order),
    };
    entries.push({ id: 'categories', lang, kind: 'categories', body });
  }

  if (content.welcome.video) {
    const welcomeVideo = inFile('welcome.json', () => video(content.welcome.video as string));
    entries.push({ id: 'welcome', lang: SOURCE_LANGUAGE, kind: 'welcome', body: { video: welcomeVideo } });
  }
  return { entries, media: [...used.values()] };
}

/** A video and its caption tracks (`<stem>.<lang>.vtt` beside it), and the media files they are. */
export function videoOf(path: string, media: MediaResolver): { ref: VideoRef; files: MediaRef[] } {
  const file = media.resolve(path);
  const stem = path.replace(/\.\w+$/, '');
  const tracks = LANGUAGES.map((l) => l.code)
    .filter((lang) => media.has(`${stem}.${lang}.vtt`))
    .map((lang) => ({ lang, file: media.resolve(`${stem}.${lang}.vtt`) }));
  return {
    ref: { media: file.hash, type: file.type, captions: tracks.map((t) => ({ lang: t.lang, media: t.file.hash })) },
    files: [file, ...tracks.map((t) => t.file)],
  };
}

/** A parsed guide with each image's path replaced by what `resolve` gives for it (its media hash). */
export function withImages(guide: ParsedGuide, resolve: (path: string) => string): ParsedGuide {
  return {
    ...guide,
    steps: guide.steps.map((step) => ({
      ...step,
      blocks: step.blocks.map((b) => (b.type === 'image' ? { ...b, media: resolve(b.media) } : b)),
    })),
  };
}
