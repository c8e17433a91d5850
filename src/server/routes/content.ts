import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { ENTRIES_MEDIA_TYPE, MAX_ENTRIES_PER_REQUEST, SHA256_HEX } from '../../domain/content.js';
import type { App } from '../app.js';
import { manifestUpdates } from '../content/manifest-update.js';
import { compressEntries } from '../plugins/compress-entries.js';
import { PROBLEM, sendProblem } from '../plugins/problem.js';

const FOREVER = 'public, max-age=31536000, immutable';

/** True when an If-None-Match header matches the ETag (weak comparison, as RFC 9110 asks for GET). */
export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

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
    '/api/content/manifest',
    {
      schema: {
        // `since`: the version the kiosk holds (its ETag comes in If-None-Match); see manifest-delta.ts.
        querystring: Type.Object(
          { since: Type.Optional(Type.String({ pattern: '^[1-9][0-9]{0,14}$' })) },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      // A 304 needs only the ETag; the manifest text is read only when it is sent.
      const active = await app.content.activeVersion();
      if (!active) return noContent(reply);
      const ifNoneMatch = request.headers['if-none-match'];
      reply.header('etag', active.etag).header('cache-control', 'no-cache');
      if (etagMatches(ifNoneMatch, active.etag)) return reply.code(304).send();
      const current = await app.content.activeManifest();
      if (!current) return noContent(reply);
      // The version may have moved on between the two reads; the ETag must describe the body sent.
      reply.header('etag', current.etag).type('application/json');
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
