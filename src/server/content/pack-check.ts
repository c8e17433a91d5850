import { basename } from 'node:path';
import Value from 'typebox/value';
import { Pack, type PackContent } from '../../domain/schemas/pack.js';
import { buildSource, ContentError, guideTextKey, type ParsedTexts } from './editorial-content.js';
import { storedMedia } from './editorial-publish.js';
import { GuideSyntaxError, parseGuideMarkdown } from './markdown-guide.js';
import { checkUpload, MediaRefusal, SVG_TYPE, sanitiseUpload } from './media-check.js';
import type * as SvgSanitiser from './svg-sanitise.js';
import type { WorkKind } from './work-worker.js';

/** A media file of a pack, checked (an SVG sanitised) and ready to store. */
export interface PackFile {
  path: string;
  type: string;
  bytes: Uint8Array;
}

/** A pack fit to import (its content checked as publishing would), or why not, naming the file, guide or language. */
export type PackOutcome =
  | { ok: true; content: PackContent; exportedAt: string; files: PackFile[] }
  | { ok: false; message: string };

/** What checkPack needs from the worker it runs in. */
export interface PackCheckOptions {
  /** Called as each step or item begins, so the pool can time it and name it if it runs over. */
  started(kind: WorkKind, item: string): void;
  /** The SVG sanitiser, loaded on first use. */
  svgSanitiser(): Promise<typeof SvgSanitiser>;
}

function parsed(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: `The file is not JSON: ${(error as Error).message}` };
  }
}

/**
 * Checks a content pack file, as sent, on a worker thread: the JSON, the schema, every media file
 * (an SVG sanitised), every guide text parsed, and the content built as publishing would (known
 * categories, shipped languages, videos and images that are in the pack). Everything is checked
 * before anything is stored, so the caller stores only an `ok` outcome, and a bad pack changes nothing.
 */
export async function checkPack(body: Buffer, options: PackCheckOptions): Promise<PackOutcome> {
  options.started('pack', 'the pack file');
  const json = parsed(body.toString('utf8'));
  if (!json.ok) return json;
  const pack = json.value;
  if (!Value.Check(Pack, pack)) {
    const first = [...Value.Errors(Pack, pack)][0];
    return { ok: false, message: `${first?.instancePath || '/'} ${first?.message ?? 'is not a content pack'}` };
  }
  const files: PackFile[] = [];
  try {
    for (const item of pack.media) {
      options.started('pack', item.path);
      const bytes = Buffer.from(item.data, 'base64');
      const type = checkUpload(basename(item.path), bytes);
      if (type !== SVG_TYPE) {
        files.push({ path: item.path, type, bytes });
        continue;
      }
      // Loaded before the SVG's budget starts, as for an upload.
      const sanitiser = await options.svgSanitiser();
      options.started('svg', item.path);
      files.push({ path: item.path, type, bytes: sanitiseUpload(basename(item.path), bytes, sanitiser).bytes });
    }
  } catch (error) {
    if (error instanceof MediaRefusal) return { ok: false, message: error.message };
    throw error;
  }
  const texts = parseTexts(pack.content, new Set(files.map((f) => f.path)), options);
  // Ends the last text's budget: what follows counts against the pack's alone.
  options.started('pack', 'the content as a whole');
  try {
    const pending = files.map((f) => ({ path: f.path, hash: `pending:${f.path}`, type: f.type, size: f.bytes.length }));
    buildSource(pack.content, storedMedia(pending), texts);
  } catch (error) {
    if (error instanceof ContentError) return { ok: false, message: error.message };
    throw error;
  }
  return { ok: true, content: pack.content, exportedAt: pack.exportedAt, files };
}

/** Parses every guide text, each timed as one guide text; refusals are kept for buildSource to report in order. */
function parseTexts(content: PackContent, images: Set<string>, options: PackCheckOptions): ParsedTexts {
  const texts: ParsedTexts = new Map();
  for (const guide of content.guides) {
    for (const [lang, text] of Object.entries(guide.texts)) {
      options.started('guide-text', `guides/${guide.id}/${lang}.md`);
      try {
        texts.set(
          guideTextKey(guide.id, lang),
          parseGuideMarkdown(text.markdown, (path) => {
            if (!images.has(path)) throw new GuideSyntaxError(`"${path}" is not an uploaded file`);
            return path;
          }),
        );
      } catch (error) {
        if (!(error instanceof GuideSyntaxError)) throw error;
        texts.set(guideTextKey(guide.id, lang), error);
      }
    }
  }
  return texts;
}
