import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Where the take-away page's fonts are served; `_` can never start a guide's slug, so no page is shadowed. */
export const FONT_PATH = '/take/_fonts/';

/** A font file as the server holds and serves it. */
export interface FontFile {
  /** `<fontsource file name>.<first 16 hex of its SHA-256>.woff2`: a new file gets a new name. */
  name: string;
  body: Buffer;
}

interface Family {
  name: string;
  /** The fontsource package that ships it (the kiosk bundles the same ones). */
  pkg: string;
  /** The package's subsets this page needs: the script's own, and Latin for spaces, digits and names like BankID. */
  subsets: string[];
}

const ARABIC: Family = { name: 'Noto Sans Arabic', pkg: 'noto-sans-arabic', subsets: ['arabic', 'latin'] };
const ETHIOPIC: Family = { name: 'Noto Sans Ethiopic', pkg: 'noto-sans-ethiopic', subsets: ['ethiopic', 'latin'] };

/** The languages whose script phones may lack a font for; every other language reads in the phone's own. */
const FAMILY_OF: Record<string, Family> = { ar: ARABIC, fa: ARABIC, prs: ARABIC, ti: ETHIOPIC };

/** Body text and headings: the only weights the page uses. */
const WEIGHTS = [400, 700];

interface Face {
  weight: number;
  unicodeRange: string;
  file: FontFile;
}

const require = createRequire(import.meta.url);
let loaded: { faces: Map<Family, Face[]>; files: Map<string, FontFile> } | undefined;

/**
 * Reads the faces from the fontsource packages once per process: the woff2 files, named after a
 * hash of their bytes, and each subset's `unicode-range` from the package's own `unicode.json`.
 */
function load() {
  if (loaded) return loaded;
  const faces = new Map<Family, Face[]>();
  const files = new Map<string, FontFile>();
  for (const family of [ARABIC, ETHIOPIC]) {
    const ranges = JSON.parse(
      readFileSync(require.resolve(`@fontsource/${family.pkg}/unicode.json`), 'utf8'),
    ) as Record<string, string>;
    const list: Face[] = [];
    for (const subset of family.subsets) {
      const unicodeRange = ranges[subset];
      if (!unicodeRange) throw new Error(`@fontsource/${family.pkg} has no subset ${subset}`);
      for (const weight of WEIGHTS) {
        const base = `${family.pkg}-${subset}-${weight}-normal`;
        const body = readFileSync(require.resolve(`@fontsource/${family.pkg}/files/${base}.woff2`));
        const hash = createHash('sha256').update(body).digest('hex').slice(0, 16);
        const file = { name: `${base}.${hash}.woff2`, body };
        files.set(file.name, file);
        list.push({ weight, unicodeRange, file });
      }
    }
    faces.set(family, list);
  }
  loaded = { faces, files };
  return loaded;
}

/** The font file of that name, if the page ships one. */
export function fontFile(name: string): FontFile | undefined {
  return load().files.get(name);
}

/**
 * The page's font rules for a language: `@font-face` for the faces its script needs (split by
 * `unicode-range`, so the browser fetches only the subsets the text uses) and the family on the
 * body; nothing for languages the phone's own fonts draw. Single quotes only: the rules go into a
 * `<style>` element, where Preact would write a double quote as an entity CSS does not read.
 */
export function fontCss(lang: string): string {
  const family = FAMILY_OF[lang];
  if (!family) return '';
  const faces = (load().faces.get(family) ?? []).map(
    (face) =>
      `@font-face{font-family:'${family.name}';font-style:normal;font-weight:${face.weight};font-display:swap;` +
      `src:url(${FONT_PATH}${face.file.name}) format('woff2');unicode-range:${face.unicodeRange}}`,
  );
  return `${faces.join('\n')}\nbody{font-family:'${family.name}',system-ui,sans-serif;line-height:1.7}`;
}
