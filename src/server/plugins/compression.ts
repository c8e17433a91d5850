import fastifyCompress from '@fastify/compress';
import type { FastifyInstance, onSendHookHandler, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import { ENTRIES_MEDIA_TYPE } from '../../domain/content.js';

/** Answers smaller than this go out as they are: a few hundred bytes gain little and cost a zlib run. */
export const COMPRESS_THRESHOLD_BYTES = 1024;

/**
 * Media types worth compressing: text, JSON (the manifest, the slot feed, problems), XML and SVG,
 * scripts, and the kiosk's entry batches. Not `octet-stream`: uploads and media are compressed
 * formats already.
 */
const COMPRESSIBLE = new RegExp(
  [
    '^text/(?!event-stream)',
    '[/+]json(?:;|$)',
    '[/+]xml(?:;|$)',
    '^application/(?:javascript|ecmascript)(?:;|$)',
    `^${ENTRIES_MEDIA_TYPE.replaceAll('.', '\\.')}(?:;|$)`,
  ].join('|'),
);

/** True when answers of this `content-type` are compressed (above the threshold) for a client that accepts it. */
export function isCompressible(contentType: string): boolean {
  return COMPRESSIBLE.test(contentType.toLowerCase());
}

function varies(vary: unknown): boolean {
  return typeof vary === 'string' && /(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary);
}

/**
 * Runs after @fastify/compress on each route. Caches must key a compressible answer on
 * Accept-Encoding even when this one went out raw (small, or the client asked for none), and a 304
 * says what the 200 would have. A compressed body is not the raw bytes, so a strong ETag becomes
 * weak: the manifest route compares weakly (RFC 9110, If-None-Match), so its 304 still holds.
 */
const keyOnEncoding: onSendHookHandler = (_request, reply, payload, done) => {
  // A callback, not an async function: this runs on every answer, the manifest's 304s included.
  const type = reply.getHeader('content-type');
  if (typeof type === 'string' && !isCompressible(type)) return done(null, payload);
  const vary = reply.getHeader('vary');
  if (!varies(vary))
    reply.header('vary', typeof vary === 'string' && vary !== '' ? `${vary}, Accept-Encoding` : 'Accept-Encoding');
  const etag = reply.getHeader('etag');
  const encoding = reply.getHeader('content-encoding');
  if (typeof etag === 'string' && etag.startsWith('"') && encoding !== undefined && encoding !== 'identity') {
    reply.header('etag', `W/${etag}`);
  }
  done(null, payload);
};

/**
 * Compresses answers above 1 KB with brotli or gzip, as the client accepts, through
 * @fastify/compress (brotli at its quality 4: quality 11 would cost a large manifest seconds of
 * CPU per request). Static files come precompressed from the build and are passed through as they
 * are. A route that sends files that are compressed already, or answers Range requests, opts out
 * with `compress: false` (media).
 */
export const compression = fp(async (app: FastifyInstance) => {
  await app.register(fastifyCompress, {
    global: true,
    threshold: COMPRESS_THRESHOLD_BYTES,
    encodings: ['br', 'gzip'],
    customTypes: isCompressible,
  });
  // Registered after @fastify/compress's own, so this route hook runs after its onSend.
  app.addHook('onRoute', (route: RouteOptions) => {
    if (route.compress === false) return;
    route.onSend = [...[route.onSend ?? []].flat(), keyOnEncoding];
  });
});
