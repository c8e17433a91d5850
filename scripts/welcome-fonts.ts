import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import subsetFont from 'subset-font';
import type { Plugin } from 'vite';
import { FONT_WEIGHTS, SCRIPT_FONTS, type ScriptFont, WELCOME_KEYS } from '../src/kiosk/first-screen/script-fonts.js';

const VIRTUAL = 'virtual:welcome-fonts';
const RESOLVED = `\0${VIRTUAL}`;
const DEV_PATH = '/@welcome-fonts/';

/** One small font the welcome screen loads: its family, weight and bytes. */
export interface WelcomeFace {
  family: string;
  weight: string;
  file: string;
  bytes: Buffer;
}

/**
 * Everything the welcome screen shows, in every language, from locales/<lang>/common.json. All of
 * it, not only the font's own languages' lines: they may quote a word of another, and a glyph the
 * copy lacked but the whole font has would change when the whole font came in. A few KB either way.
 */
export function welcomeText(root: string): string {
  const locales = readdirSync(join(root, 'locales'), { withFileTypes: true }).filter((entry) => entry.isDirectory());
  return locales
    .flatMap(({ name }) => {
      const bundle = JSON.parse(readFileSync(join(root, 'locales', name, 'common.json'), 'utf8')) as Record<
        string,
        unknown
      >;
      return WELCOME_KEYS.map((key) =>
        key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], bundle),
      );
    })
    .filter((value): value is string => typeof value === 'string')
    .join(' ');
}

/** A shipped font's whole file, as @fontsource ships it. */
export function wholeFont(root: string, font: ScriptFont, weight: string): Buffer {
  const require = createRequire(join(root, 'package.json'));
  const dir = join(dirname(require.resolve(`${font.pkg}/package.json`)), 'files');
  return readFileSync(join(dir, `${font.stem}-${weight}-normal.woff2`));
}

/**
 * The welcome screen's copies of the shipped fonts: only the glyphs of its strings (HarfBuzz keeps
 * the shaping). `format`: woff2 as shipped; sfnt (plain OpenType) for tests that shape with them.
 */
export async function welcomeFaces(root: string, format: 'woff2' | 'sfnt' = 'woff2'): Promise<WelcomeFace[]> {
  // Read once for all four cuts (nine locale files each time, before).
  const text = welcomeText(root);
  return Promise.all(
    welcomeFiles().map(async ({ font, weight, file }) => {
      const bytes = await subsetFont(wholeFont(root, font, weight), text, { targetFormat: format });
      return { family: font.welcomeFamily, weight, file, bytes };
    }),
  );
}

/** Each welcome font's file name, one per shipped font and weight; known without cutting them. */
function welcomeFiles(): { font: ScriptFont; weight: string; file: string }[] {
  return [...new Set(Object.values(SCRIPT_FONTS))].flatMap((font) =>
    FONT_WEIGHTS.map((weight) => ({ font, weight, file: `welcome-${font.stem}-${weight}.woff2` })),
  );
}

/**
 * `virtual:welcome-fonts`: the welcome screen's fonts, cut down at build time to the glyphs of its
 * strings in Arabic script and Ge'ez (a few KB each, against 49–76 KB for the whole fonts), as
 * `[{ family, weight, url }]`. The first screen waits for its fonts so no text moves when one
 * swaps in; with the whole fonts that wait was a fifth of a cold start on a slow tablet.
 * Emitted as assets in a build (and so precached); served from memory by the dev server.
 */
export function welcomeFonts(): Plugin {
  let root = process.cwd();
  let base = '/';
  let serving = false;
  let made: Promise<WelcomeFace[]> | undefined;
  const faces = () => {
    made ??= welcomeFaces(root);
    return made;
  };
  return {
    name: 'servicepunkt:welcome-fonts',
    configResolved(config) {
      root = config.root;
      base = config.base;
      serving = config.command === 'serve';
    },
    configureServer(server) {
      // Cut again after a locale changes (and after a failed cut), not once for the server's life.
      server.watcher.on('change', (file) => {
        if (file.includes(`${sep}locales${sep}`)) made = undefined;
      });
      server.middlewares.use((request, response, next) => {
        if (!request.url?.startsWith(DEV_PATH)) return next();
        faces().then(
          (all) => {
            const face = all.find((f) => DEV_PATH + f.file === request.url);
            if (!face) return next();
            response.setHeader('content-type', 'font/woff2');
            response.end(face.bytes);
          },
          (error: unknown) => {
            made = undefined;
            next(error);
          },
        );
      });
    },
    resolveId: (id) => (id === VIRTUAL ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const entries = (await faces()).map((face) => {
        const url = serving
          ? JSON.stringify(DEV_PATH + face.file)
          : `import.meta.ROLLUP_FILE_URL_${this.emitFile({ type: 'asset', name: face.file, source: face.bytes })}`;
        return `{ family: ${JSON.stringify(face.family)}, weight: ${JSON.stringify(face.weight)}, url: ${url} }`;
      });
      return `export default [${entries.join(', ')}];`;
    },
    // The kiosk's page asks for them while its head is parsed, beside its scripts, so they are in
    // by the time the entry module runs (a slow tablet got them a few tens of ms after it, waiting).
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        if (context.path !== '/index.html') return undefined;
        // By name, so the page never waits for the cut (nor fails with it, in the dev server).
        const files = welcomeFiles().map(({ file }) => {
          if (serving) return DEV_PATH + file;
          const asset = Object.values(context.bundle ?? {}).find(
            (output) => output.type === 'asset' && output.names.includes(file),
          );
          if (!asset) throw new Error(`welcome font ${file} is not in the build`);
          return base + asset.fileName;
        });
        return files.map((href) => ({
          tag: 'link',
          // Fonts are fetched in CORS mode; a preload without `crossorigin` would not be used.
          attrs: { rel: 'preload', as: 'font', type: 'font/woff2', crossorigin: '', href },
          injectTo: 'head' as const,
        }));
      },
    },
  };
}
