import type { MediaRef } from '../../domain/content.js';
import { PACK_FORMAT } from '../../domain/schemas/pack.js';
import type { App } from '../app.js';
import { staffOnly } from '../plugins/access.js';
import { PROBLEM, sendProblem } from '../plugins/problem.js';
import { contentProblem } from './work-problems.js';

/** The largest pack file accepted: every media file base64-encoded, so about 4/3 of their size. */
const PACK_LIMIT = 300 * 1024 * 1024;

/**
 * Content packs: all guides, categories and their media in one JSON file, so a region can share
 * guides between servers or carry them on a stick. Importing replaces the editorial content (not
 * what kiosks show: that changes when an editor publishes).
 */
export async function staffPackRoutes(app: App): Promise<void> {
  const editors = staffOnly('editor', 'admin');

  app.get('/api/staff/pack', { config: editors }, async (_request, reply) => {
    const content = await app.editorial.load();
    const media = await Promise.all(
      (await app.editorial.mediaFiles()).map(async (f) => ({
        path: f.path,
        data: (await app.media.read(f.hash)).toString('base64'),
      })),
    );
    const date = new Date().toISOString();
    reply.header('content-disposition', `attachment; filename="servicepunkt-content-${date.slice(0, 10)}.json"`);
    return { format: PACK_FORMAT, version: 1, exportedAt: date, content, media };
  });

  // Its own scope, so the raw-body parser below applies to the import alone.
  await app.register(async (scope: App) => {
    // The pack arrives as bytes and goes to a worker as they are: parsing hundreds of megabytes of
    // JSON, decoding the media and checking them would otherwise hold up the event loop.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('application/json', { parseAs: 'buffer', bodyLimit: PACK_LIMIT }, (_r, body, done) =>
      done(null, body),
    );

    // The body is the parser's raw bytes, or nothing when the request sent none.
    scope.post<{ Body: Buffer | undefined }>(
      '/api/staff/pack',
      { config: editors, bodyLimit: PACK_LIMIT },
      async (request, reply) => {
        if (!request.body) {
          return sendProblem(reply, {
            type: PROBLEM.badRequest,
            title: 'Not a usable content pack',
            status: 400,
            detail: 'Send the pack file as the body, with Content-Type: application/json',
          });
        }
        // Everything is checked before anything is stored: a bad pack changes nothing.
        let pack: Awaited<ReturnType<typeof app.work.pack>>;
        try {
          pack = await app.work.pack(request.body);
        } catch (error) {
          return contentProblem(reply, 'Not a usable content pack', error);
        }
        const stored: (MediaRef & { path: string })[] = [];
        for (const f of pack.files) {
          stored.push({ path: f.path, hash: app.media.put(f.bytes), type: f.type, size: f.bytes.byteLength });
          // Hashing and writing a large file takes a moment: let kiosks' requests in between files.
          await new Promise((resolve) => setImmediate(resolve));
        }
        await app.content.addMediaRows(stored.map(({ hash, type, size }) => ({ hash, type, size })));
        await app.editorial.addMedia(stored);
        await app.editorial.replaceAll(pack.content, request.staffUser?.username ?? 'import');
        const actor = request.staffUser ?? { id: null, username: 'unknown' };
        await app.staff.audit({ actor, action: 'import-pack', target: 'content', afterId: pack.exportedAt });
        return { guides: pack.content.guides.length, media: stored.length };
      },
    );
  });
}
