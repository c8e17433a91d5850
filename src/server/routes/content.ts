import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { ENTRIES_MEDIA_TYPE, MAX_ENTRIES_PER_REQUEST, SHA256_HEX } from '../../domain/content.js';
import type { App } from '../app.js';
import { manifestUpdates } from '../content/manifest-update.js';
import { etagMatches } from '../etag.js';
import { compressEntries } from '../plugins/compress-entries.js';
import { MANIFEST_URL, sendUnchanged } from '../plugins/manifest-check.js';
import { PROBLEM, sendProblem } from '../plugins/problem.js';

const FOREVER = 'public, max-age=31536000, immutable';

const noContent = (reply: FastifyReply) =>
  sendProblem(reply, {
    type: PROBLEM.noContent,
    title: 'No content published yet',
    status: 404,
    detail: 'Run "npm run seed" or publish from the staff console.',
  });

/** The manifest of the version in force, and entries by hash. */
export async function contentRoutes(app: App): Promise<void> {
  const updates = manifestUpdates(app.content);
  app.get(
    MANIFEST_URL,
    {
      // Kiosks check once a minute: two log lines each would bury everything else. They are
      // counted in /metrics (servicepunkt_content_syncs_total); warnings and errors still log.
      logLevel: 'warn',
      schema: {
        // `since`: the version the kiosk holds (its ETag comes in If-None-Match); see manifest-delta.ts.
        querystring: Type.Object(
          { since: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,14}$' })) },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      // A matching If-None-Match was answered in the request's first hook (plugins/manifest-check.ts)
      // unless the version moved on meanwhile: compared again against what is in force now.
      const current = await app.content.activeManifest();
      if (!current) return noContent(reply);
      const ifNoneMatch = request.headers['if-none-match'];
      if (etagMatches(ifNoneMatch, current.etag)) return sendUnchanged(reply, current.etag);
      reply.header('etag', current.etag).header('cache-control', 'no-cache').type('application/json');
      const { since } = request.query;
      // Kiosks from before delta manifests send no `since` and read the bare manifest.
      if (since === undefined) return reply.send(current.manifest);
      return reply.send(await updates(Number(since), (etag) => etagMatches(ifNoneMatch, etag), current));
    },
  );

  app.get(
    '/api/content/entries',
    {
      compress: false,
      schema: {
        querystring: Type.Object(
          { hashes: Type.String({ minLength: 64, maxLength: MAX_ENTRIES_PER_REQUEST * 65 }) },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const hashes = [...new Set(request.query.hashes.split(','))];
      const bad = hashes.find((h) => !SHA256_HEX.test(h));
      if (bad !== undefined || hashes.length > MAX_ENTRIES_PER_REQUEST) {
        return sendProblem(reply, {
          type: PROBLEM.badRequest,
          title: 'Bad request',
          status: 400,
          field: 'querystring/hashes',
          detail:
            bad !== undefined
              ? `"${bad.slice(0, 80)}" is not a lower-case hex SHA-256`
              : `at most ${MAX_ENTRIES_PER_REQUEST} hashes per request`,
        });
      }
      const found = new Map((await app.content.blobs(hashes)).map((b) => [b.hash, b.body]));
      const missing = hashes.filter((h) => !found.has(h));
      if (missing.length > 0) {
        return sendProblem(reply, {
          type: PROBLEM.notFound,
          title: 'Unknown entries',
          status: 404,
          detail: `${missing.length} of the hashes are not stored`,
          missing,
        });
      }
      const frames = hashes.flatMap((hash) => {
        const body = Buffer.from(found.get(hash) ?? '');
        return [Buffer.from(`${hash} ${body.byteLength}\n`), body, Buffer.from('\n')];
      });
      // Compressed here, not by @fastify/compress (see compress-entries.ts).
      const packed = await compressEntries(request.headers['accept-encoding'], Buffer.concat(frames));
      reply.header('cache-control', FOREVER).header('vary', 'Accept-Encoding').type(ENTRIES_MEDIA_TYPE);
      if (packed.encoding) reply.header('content-encoding', packed.encoding);
      return reply.send(packed.body);
    },
  );
}
