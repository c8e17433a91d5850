import { LANGUAGES, type Language } from '../../domain/languages.js';
import { keeps, MEDIA_NAME_PATTERN } from '../../domain/schemas/rules.js';
import { MEDIA_LIMITS, type MediaFileInfo } from '../../domain/staff-api.js';

/** The file types the server accepts, by extension, and what kind of media each is. */
export const EXTENSIONS = {
  image: ['.svg', '.png', '.jpg', '.webp'],
  video: ['.mp4', '.webm'],
  captions: ['.vtt'],
} as const satisfies Record<string, readonly string[]>;

export type MediaKind = keyof typeof EXTENSIONS;

/** For the file input's `accept`. */
export const ACCEPT = Object.values(EXTENSIONS).flat().join(',');

/** The server's rule for a stored name: it lower-cases the name and turns spaces into hyphens. */

/** Why the console refuses a file before sending it. */
export type Refusal =
  | { reason: 'type' }
  | { reason: 'empty' }
  | { reason: 'name' }
  | { reason: 'size'; kind: MediaKind; size: number; limit: number }
  | { reason: 'webvtt' }
  | { reason: 'captionName' };

/** `media/<name>` as the server will store an upload named `fileName`. */
export function storedPath(fileName: string): string {
  return `media/${fileName.toLowerCase().replace(/\s+/g, '-')}`;
}

export function kindOf(fileName: string): MediaKind | undefined {
  const name = fileName.toLowerCase();
  return (Object.keys(EXTENSIONS) as MediaKind[]).find((kind) =>
    (EXTENSIONS[kind] as readonly string[]).some((ext) => name.endsWith(ext)),
  );
}

/** The largest file the server takes under `fileName`: SVG images, costly to sanitise, have a smaller limit. */
export function sizeLimit(fileName: string, kind: MediaKind): number {
  return fileName.toLowerCase().endsWith('.svg') ? MEDIA_LIMITS.svg : MEDIA_LIMITS[kind];
}

/** The language of a captions file named `<video>.<lang>.vtt`, if it is one of the kiosk's. */
export function captionLanguage(path: string): Language | undefined {
  const match = /\.([a-z-]+)\.vtt$/.exec(path.toLowerCase());
  return LANGUAGES.find((l) => l.code === match?.[1]);
}

/** The caption files beside a video: `media/video-x.mp4` → `media/video-x.<lang>.vtt`. */
export function captionsFor(video: string, files: readonly MediaFileInfo[]): Language[] {
  const base = video.replace(/\.(mp4|webm)$/i, '');
  const paths = new Set(files.map((f) => f.path));
  return LANGUAGES.filter((l) => paths.has(`${base}.${l.code}.vtt`));
}

export const isVideo = (path: string) => kindOf(path) === 'video';

/**
 * What the browser can check before uploading: type, name, size, and that captions start with the
 * WebVTT header and are named for a language. The server checks all of it again, and more.
 */
export async function refusalOf(file: File): Promise<Refusal | null> {
  const kind = kindOf(file.name);
  if (!kind) return { reason: 'type' };
  if (!keeps(MEDIA_NAME_PATTERN, storedPath(file.name).slice('media/'.length))) return { reason: 'name' };
  if (file.size === 0) return { reason: 'empty' };
  const limit = sizeLimit(file.name, kind);
  if (file.size > limit) return { reason: 'size', kind, size: file.size, limit };
  if (kind === 'captions') {
    const start = await file.slice(0, 16).text();
    if (!/^\uFEFF?WEBVTT(?:[ \t\r\n]|$)/.test(start)) return { reason: 'webvtt' };
    if (!captionLanguage(file.name)) return { reason: 'captionName' };
  }
  return null;
}
