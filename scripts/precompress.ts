import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Text formats worth compressing; fonts (woff2), images and media are compressed already. */
const TEXT_FILE = /\.(?:js|mjs|css|html|svg|json|webmanifest|txt|vtt)$/;

/** Below this a compressed file saves too little to be worth a second and third copy. */
export const PRECOMPRESS_MIN_BYTES = 1024;

/** True for a built file that gets `.br` and `.gz` siblings: a text format above the size floor. */
export function shouldPrecompress(name: string, size: number): boolean {
  return TEXT_FILE.test(name) && size > PRECOMPRESS_MIN_BYTES;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Writes `<file>.br` (brotli, quality 11) and `<file>.gz` (gzip, level 9) beside every text file
 * in `dir` above the size floor, for `@fastify/static`'s `preCompressed`: the server then never
 * compresses a static file per request. Returns the paths compressed, relative to `dir`.
 */
export function precompressDir(dir: string): string[] {
  const done: string[] = [];
  for (const path of filesUnder(dir)) {
    if (!shouldPrecompress(path, statSync(path).size)) continue;
    const bytes = readFileSync(path);
    writeFileSync(
      `${path}.br`,
      brotliCompressSync(bytes, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
        },
      }),
    );
    writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }));
    done.push(relative(dir, path));
  }
  return done;
}

/**
 * A Vite plugin that precompresses the finished build. It runs last (`closeBundle`, order post),
 * after vite-plugin-pwa has written the service worker, so `sw.js` is compressed too; the
 * precache's globs name `.js`, `.css`, `.html` and `.woff2`, so no `.br` or `.gz` copy is precached.
 */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'servicepunkt-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = isAbsolute(config.build.outDir) ? config.build.outDir : join(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        const done = precompressDir(outDir);
        console.log(`precompressed ${done.length} files (brotli and gzip)`);
      },
    },
  };
}
