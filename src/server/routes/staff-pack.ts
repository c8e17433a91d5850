import { basename } from 'node:path';
import { Type } from 'typebox';
import Value from 'typebox/value';
import type { MediaRef } from '../../domain/content.js';
import type { App } from '../app.js';
import type { EditorialContent } from '../content/editorial-content.js';
import { sourceOf } from '../content/editorial-publish.js';
import { checkUpload, MediaRefusal } from '../content/media-check.js';
import { staffOnly } from '../plugins/access.js';
import { PROBLEM, sendProblem } from '../plugins/problem.js';
import { contentProblem } from './guide-text-problems.js';

const FORMAT = 'servicepunkt-content-pack';

const Pack = Type.Object({
  format: Type.Literal(FORMAT),
  version: Type.Literal(1),
  exportedAt: Type.String(),
  content: Type.Object({
    categories: Type.Array(
      Type.Object({
        id: Type.String({ pattern: '^[a-z0-9-]{1,80}$' }),
        order: Type.Integer({ minimum: 0 }),
        name: Type.Record(Type.String(), Type.String({ minLength: 1, maxLength: 200 })),
      }),
    ),
    guides: Type.Array(
      Type.Object({
        id: Type.String({ pattern: '^[a-z0-9-]{1,80}$' }),
        category: Type.String({ minLength: 1 }),
        order: Type.Integer({ minimum: 0 }),
        video: Type.Union([Type.Null(), Type.String()]),
        texts: Type.Record(
          Type.String(),
          Type.Object({
            markdown: Type.String({ maxLength: 100_000 }),
            status: Type.Union([Type.Literal('draft'), Type.Literal('reviewed')]),
          }),
        ),
      }),
    ),
    welcome: Type.Object({ video: Type.Union([Type.Null(), Type.String()]) }),
  }),
  media: Type.Array(
    Type.Object({ path: Type.String({ pattern: '^media/[a-z0-9][a-z0-9._-]{0,99}$' }), data: Type.String() }),
  ),
});

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
    return { format: FORMAT, version: 1, exportedAt: date, content, media };
  });

  app.post('/api/staff/pack', { config: editors, bodyLimit: 300 * 1024 * 1024 }, async (request, reply) => {
    const refuse = (detail: string) =>
      sendProblem(reply, { type: PROBLEM.badRequest, title: 'Not a usable content pack', status: 400, detail });
    const pack = request.body;
    if (!Value.Check(Pack, pack)) {
      const first = [...Value.Errors(Pack, pack)][0];
      return refuse(`${first?.instancePath || '/'} ${first?.message ?? 'is not a content pack'}`);
    }
    // Everything is checked before anything is stored: a bad pack changes nothing.
    const files: (MediaRef & { path: string; bytes: Buffer })[] = [];
    try {
      for (const item of pack.media) {
        const bytes = Buffer.from(item.data, 'base64');
        const { type, bytes: safe } = checkUpload(basename(item.path), bytes);
        files.push({ path: item.path, bytes: safe, type, size: safe.byteLength, hash: '' });
      }
      const pending = files.map((f) => ({ ...f, hash: `pending:${f.path}` }));
      // Every guide text goes through the worker pool with its time budget, as publishing will.
      await sourceOf(app.guideText, pack.content as EditorialContent, pending);
    } catch (error) {
      if (error instanceof MediaRefusal) return refuse(error.message);
      return contentProblem(reply, 'Not a usable content pack', error);
    }
    const stored = files.map((f) => ({ path: f.path, hash: app.media.put(f.bytes), type: f.type, size: f.size }));
    await app.content.addMediaRows(stored.map(({ hash, type, size }) => ({ hash, type, size })));
    await app.editorial.addMedia(stored);
    await app.editorial.replaceAll(pack.content as EditorialContent, request.staffUser?.username ?? 'import');
    const actor = request.staffUser ?? { id: null, username: 'unknown' };
    await app.staff.audit({ actor, action: 'import-pack', target: 'content', afterId: pack.exportedAt });
    return { guides: pack.content.guides.length, media: stored.length };
  });
}
