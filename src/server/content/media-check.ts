import { extname } from 'node:path';
import { MEDIA_LIMITS } from '../../domain/staff-api.js';
import { MEDIA_TYPES } from './content-dir.js';
import { asBuffer } from './owned-bytes.js';
// Types only: jsdom and DOMPurify load in a worker, and only once an SVG arrives (sanitiseUpload).
import type * as SvgSanitiser from './svg-sanitise.js';

/** Why an uploaded file is refused: the HTTP status and a message for the editor. */
export class MediaRefusal extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

const KIND: Record<string, keyof typeof MEDIA_LIMITS> = {
  'image/svg+xml': 'image',
  'image/png': 'image',
  'image/jpeg': 'image',
  'image/webp': 'image',
  'video/mp4': 'video',
  'video/webm': 'video',
  'text/vtt': 'captions',
};

/** The first bytes each binary type must start with (what a renamed file cannot fake). */
function looksLike(type: string, bytes: Buffer): boolean {
  const ascii = (start: number, end: number) => bytes.subarray(start, end).toString('latin1');
  switch (type) {
    case 'image/png':
      return bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    case 'image/jpeg':
      return bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
    case 'image/webp':
      return ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP';
    case 'video/mp4':
      return ascii(4, 8) === 'ftyp';
    case 'video/webm':
      return bytes.subarray(0, 4).equals(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]));
    default:
      return true;
  }
}

/** Checks WebVTT: the header, and every cue's timing line well formed with start before end. */
export function webVttProblem(text: string): string | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!/^WEBVTT([ \t].*)?$/.test(lines[0] ?? '')) return 'the first line must be "WEBVTT"';
  const time = '(?:(\\d{2,}):)?([0-5]\\d):([0-5]\\d)\\.(\\d{3})';
  const timing = new RegExp(`^${time} --> ${time}( .*)?$`);
  const seconds = (h: string | undefined, m: string, s: string, ms: string) =>
    Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s) + Number(ms) / 1000;
  let cues = 0;
  for (const [index, line] of lines.entries()) {
    if (!line.includes('-->')) continue;
    const match = timing.exec(line);
    if (!match) return `line ${index + 1}: a cue timing must look like "00:00:01.000 --> 00:00:04.000"`;
    const [, h1, m1, s1, ms1, h2, m2, s2, ms2] = match;
    if (seconds(h1, m1 ?? '', s1 ?? '', ms1 ?? '') >= seconds(h2, m2 ?? '', s2 ?? '', ms2 ?? '')) {
      return `line ${index + 1}: a cue must end after it starts`;
    }
    cues += 1;
  }
  return cues === 0 ? 'the file has no cues' : null;
}

export const SVG_TYPE = 'image/svg+xml';

/** The largest file of `type` that may be uploaded: SVGs, costly to sanitise, have a limit of their own. */
function limitOf(type: string, kind: keyof typeof MEDIA_LIMITS): number {
  return type === SVG_TYPE ? MEDIA_LIMITS.svg : MEDIA_LIMITS[kind];
}

/**
 * Checks an upload by name, size and content, and returns its media type. Quick enough for the
 * event loop; an SVG must still be sanitised (sanitiseUpload, on a worker) before it is stored.
 * Throws a MediaRefusal with the reason: an unknown type (415), too large (413), or content that
 * does not match (400).
 */
export function checkUpload(name: string, bytes: Uint8Array): string {
  const type = MEDIA_TYPES[extname(name).toLowerCase()];
  const kind = type ? KIND[type] : undefined;
  if (!type || !kind) {
    throw new MediaRefusal(415, `"${name}": only ${Object.keys(MEDIA_TYPES).join(' ')} files can be uploaded`);
  }
  const limit = limitOf(type, kind);
  if (bytes.byteLength > limit) {
    const what = type === SVG_TYPE ? 'SVG' : kind;
    throw new MediaRefusal(
      413,
      `"${name}" is ${Math.ceil(bytes.byteLength / 1024)} KB; ${what} files may be at most ${limit / 1024 / 1024} MB`,
    );
  }
  if (bytes.byteLength === 0) throw new MediaRefusal(400, `"${name}" is empty`);
  if (!looksLike(type, asBuffer(bytes))) throw new MediaRefusal(400, `"${name}" is not really a ${type} file`);
  if (type === 'text/vtt') {
    const problem = webVttProblem(asBuffer(bytes).toString('utf8'));
    if (problem) throw new MediaRefusal(400, `"${name}" is not valid WebVTT: ${problem}`);
  }
  return type;
}

/** An SVG as it will be stored, and what sanitising took out (for the editor). */
export interface SanitisedUpload {
  bytes: Buffer;
  removed: string[];
}

/**
 * Sanitises an uploaded SVG with `svg` (the sanitiser's module, loaded by the caller: slow work,
 * for a worker). Sanitised rather than refused: editors' drawing programs add things a kiosk never
 * needs. Throws a MediaRefusal (400) when the file is not an SVG drawing at all.
 */
export function sanitiseUpload(name: string, bytes: Uint8Array, svg: typeof SvgSanitiser): SanitisedUpload {
  try {
    const sanitised = svg.sanitiseSvg(asBuffer(bytes).toString('utf8'));
    return { bytes: Buffer.from(sanitised.svg, 'utf8'), removed: sanitised.removed };
  } catch (error) {
    if (error instanceof svg.SvgError) throw new MediaRefusal(400, `"${name}" is not an SVG image: ${error.message}`);
    throw error;
  }
}
