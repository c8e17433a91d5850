import multipart from '@fastify/multipart';
import { Type } from 'typebox';
import { GuideParams, VideoPath } from '../../domain/schemas/common.js';
import { keeps, MEDIA_NAME_PATTERN } from '../../domain/schemas/rules.js';
import { MEDIA_LIMITS } from '../../domain/staff-api.js';
import type { App } from '../app.js';
import { checkUpload, SVG_TYPE } from '../content/media-check.js';
import { staffOnly } from '../plugins/access.js';
import { PROBLEM, sendProblem } from '../plugins/problem.js';
import { uploadProblem } from './work-problems.js';

/** Editors upload images, videos and captions (checked, stored by hash) and attach videos to guides. */
export async function staffMediaRoutes(app: App): Promise<void> {
  const editors = staffOnly('editor', 'admin');
  await app.register(multipart, {
    limits: { fileSize: Math.max(...Object.values(MEDIA_LIMITS)), files: 1, fields: 2 },
  });

  app.get('/api/staff/media', { config: editors }, async () => ({ files: await app.editorial.mediaFiles() }));

  app.post('/api/staff/media', { config: editors }, async (request, reply) => {
    const unreadable = (error: unknown) =>
      sendProblem(reply, {
        type: PROBLEM.badRequest,
        title: 'Not a file upload',
        status: 400,
        field: 'file',
        detail: error instanceof Error ? error.message : 'The body is not a readable multipart upload',
      });
    let file: Awaited<ReturnType<typeof request.file>>;
    try {
      file = await request.file();
    } catch (error) {
      // The parser's own errors carry their status; a malformed body (no boundary, say) is the client's.
      if ((error as { statusCode?: number }).statusCode) throw error;
      return unreadable(error);
    }
    if (!file) {
      return sendProblem(reply, { type: PROBLEM.badRequest, title: 'No file', status: 400, field: 'file' });
    }
    const name = file.filename.toLowerCase().replace(/\s+/g, '-');
    let bytes: Buffer;
    try {
      bytes = await file.toBuffer();
    } catch (error) {
      // Only a file past the size limit is too large; a body cut off mid-file is malformed.
      if (!(error instanceof app.multipartErrors.RequestFileTooLargeError)) return unreadable(error);
      return sendProblem(reply, {
        type: PROBLEM.badRequest,
        title: 'Too large',
        status: 413,
        detail: `"${name}" is too large`,
      });
    }
    if (!keeps(MEDIA_NAME_PATTERN, name)) {
      return sendProblem(reply, {
        type: PROBLEM.badRequest,
        title: 'Bad file name',
        status: 400,
        field: 'file',
        detail: `"${file.filename}": use letters a–z, digits, dots, dashes and underscores`,
      });
    }
    try {
      const type = checkUpload(name, bytes);
      // Sanitising an SVG takes seconds per megabyte: a worker's job, within its budget.
      const { bytes: safe, removed } = type === SVG_TYPE ? await app.work.svg(name, bytes) : { bytes, removed: [] };
      const stored = { path: `media/${name}`, hash: app.media.put(safe), type, size: safe.byteLength };
      await app.content.addMediaRows([{ hash: stored.hash, type, size: stored.size }]);
      await app.editorial.addMedia([stored]);
      const actor = request.staffUser ?? { id: null, username: 'unknown' };
      await app.staff.audit({ actor, action: 'upload', target: stored.path, afterId: stored.hash });
      return reply.code(201).send({ ...stored, removed });
    } catch (error) {
      return uploadProblem(reply, name, error);
    }
  });

  app.put(
    '/api/staff/guides/:id/video',
    {
      config: editors,
      schema: {
        params: GuideParams,
        body: Type.Object({ path: Type.Union([Type.Null(), VideoPath]) }, { additionalProperties: false }),
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      const before = await app.editorial.detail(id);
      if (!before) return sendProblem(reply, { type: PROBLEM.notFound, title: 'No such guide', status: 404 });
      const { path } = request.body;
      if (path && !(await app.editorial.mediaFiles()).some((f) => f.path === path)) {
        return sendProblem(reply, {
          type: PROBLEM.badRequest,
          title: 'Unknown video',
          status: 400,
          field: 'body/path',
          detail: `"${path}" is not an uploaded file`,
        });
      }
      await app.editorial.setVideo(id, path);
      const actor = request.staffUser ?? { id: null, username: 'unknown' };
      await app.staff.audit({
        actor,
        action: 'set-video',
        target: `guide/${id}`,
        beforeId: before.video,
        afterId: path,
      });
      return app.editorial.detail(id);
    },
  );
}
