import { existsSync } from 'node:fs';
import fastifyStatic from '@fastify/static';
import type { App } from '../app.js';
import { PROBLEM, sendProblem } from '../plugins/problem.js';

/** Files whose name never changes must be revalidated; hashed build assets are kept forever. */
function cacheControlFor(path: string): string {
  return /\/assets\/[^/]+-[A-Za-z0-9_-]{8,}\.\w+$/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
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
    setHeaders: (res, path) => {
      res.setHeader('cache-control', cacheControlFor(path));
    },
  });
}
