import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { etagMatches } from '../etag.js';
import type { StoredVersion } from '../repositories/content-repository.js';

export const MANIFEST_URL = '/api/content/manifest';

/**
 * The manifest's 304: its ETag, Cache-Control, and the Vary the 200 carries (compression.ts keys
 * every compressible answer on Accept-Encoding). RFC 9110 §15.4.5 asks a 304 to carry no other
 * metadata. The kiosk reads only its status; a browser revalidating on its own keeps the stored
 * 200's other headers, its security headers included. Written straight to the response: with no
 * body there is nothing for the onSend hooks to do, and it is most of a region's traffic. The
 * onResponse hooks still run (the metrics count it).
 */
export function sendUnchanged(reply: FastifyReply, etag: string): FastifyReply {
  reply.hijack();
  reply.raw.writeHead(304, { etag, 'cache-control': 'no-cache', vary: 'Accept-Encoding' });
  reply.raw.end();
  return reply;
}

/**
 * Answers a kiosk's manifest check whose If-None-Match still matches, in the first hook of the
 * request, before security headers, access, cookies and compression run for it. Every open kiosk
 * asks once a minute, so this one answer is most of a region's traffic; through the whole chain it
 * cost the server 2.3× a bare Fastify 304 route (the design asks for no more than 1/0.7).
 *
 * Only a request the route itself would answer with a 304 is taken here: a GET of the route as the
 * router matched it (never the URL's text), declared public, with a query the route's schema
 * accepts. Everything else, and every 200, goes through the route and all its hooks.
 */
export const manifestCheck = fp(async (app: FastifyInstance) => {
  app.addHook('onRequest', (request, reply, done) => {
    const ifNoneMatch = request.headers['if-none-match'];
    if (!ifNoneMatch || request.method !== 'GET' || request.routeOptions.url !== MANIFEST_URL) return done();
    if (request.routeOptions.config.access !== 'public') return done();
    const validQuery = request.getValidationFunction('querystring');
    if (validQuery && !validQuery(request.query)) return done();
    const answer = (active: StoredVersion | undefined) => {
      if (active && etagMatches(ifNoneMatch, active.etag)) sendUnchanged(reply, active.etag);
      else done();
    };
    // The version in force is remembered for a second; most checks need no database read at all.
    const known = app.content.rememberedVersion();
    if (known) answer(known.value);
    // A failed read is left to the route, which answers it with every hook (security headers too).
    else app.content.activeVersion().then(answer, () => done());
  });
});
