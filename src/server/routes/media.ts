import { Type } from 'typebox';
import type { App } from '../app.js';
import { PROBLEM, sendProblem } from '../plugins/problem.js';

/** `GET /media/<sha256>`: the file, immutable, with Range support (206) from @fastify/static. */
export async function mediaRoutes(app: App): Promise<void> {
  app.get(
    '/media/:hash',
    {
      schema: { params: Type.Object({ hash: Type.String({ pattern: '^[0-9a-f]{64}$' }) }) },
      // Images and video are compressed formats already, and a Range answer must stay in raw bytes.
      compress: false,
    },
    async (request, reply) => {
      const media = await app.content.media(request.params.hash);
      if (!media) {
        return sendProblem(reply, { type: PROBLEM.notFound, title: 'Unknown media', status: 404 });
      }
      reply
        .header('content-type', media.type)
        .header('cache-control', 'public, max-age=31536000, immutable')
        // Opened on its own (an SVG, say), a file can run nothing and reach nothing.
        .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; sandbox")
        .header('x-content-type-options', 'nosniff');
      return reply.sendFile(media.hash, app.media.dir, { contentType: false, cacheControl: false });
    },
  );
}
