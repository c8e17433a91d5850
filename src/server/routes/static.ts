import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { App } from '../app.js';
import { PROBLEM, sendProblem } from '../plugins/problem.js';

/**
 * Files whose name never changes must be revalidated; hashed build assets are kept forever. The
 * path is the file sent, so a precompressed `kiosk-1a2b3c4d.js.br` is judged as `kiosk-1a2b3c4d.js`.
 */
function cacheControlFor(path: string): string {
  const served = path.replace(/\.(?:br|gz)$/, '');
  return /\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.\w+$/.test(served) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** Serves the built kiosk at `/` and the console at `/staff/`. */
export async function staticRoutes(app: App, options: { publicDir: string }): Promise<void> {
  if (!existsSync(options.publicDir)) {
    app.get('/', async (_request, reply) =>
      sendProblem(reply, {
        type: PROBLEM.notFound,
        title: 'Kiosk not built',
        status: 404,
        detail: 'Run "npm run build" (npm start does it for you).',
      }),
    );
    return;
  }
  await app.register(fastifyStatic, {
    root: options.publicDir,
    decorateReply: false,
    cacheControl: false,
    // The build writes .br and .gz beside each text file (scripts/precompress.ts); clients that
    // accept one get it, with no compression work per request.
    preCompressed: true,
    setHeaders: (res, path) => {
      res.setHeader('cache-control', cacheControlFor(path));
    },
  });
}
