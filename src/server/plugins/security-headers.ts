import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import helmet from 'helmet';

/**
 * The kiosk's and the console's policy: everything from this server, nothing inline. Preact's
 * `style` props go through the CSSOM, which style-src does not govern, so no 'unsafe-inline' is
 * needed; media come from /media and the Cache Storage the service worker fills, same origin.
 */
export const APP_CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'"],
  mediaSrc: ["'self'"],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  workerSrc: ["'self'"],
  manifestSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'none'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

/**
 * Security headers on every answer through helmet: the app's strict CSP, nosniff, no-referrer, no
 * framing. A route may send its own, stricter CSP (the take-away page, media); it is kept, and
 * only given `frame-ancestors 'none'` if it says nothing about framing. HSTS is left to the TLS
 * proxy (see README), which knows the site is only served over HTTPS.
 *
 * Helmet's middleware is made once, here. @fastify/helmet made it anew on every request (parsing
 * the policy each time): a tenth of the server's time on a kiosk's 304 manifest check.
 */
export const securityHeaders = fp(async (app: FastifyInstance) => {
  const setHeaders = helmet({
    // No defaults: helmet's add 'unsafe-inline' styles and upgrade-insecure-requests, which would
    // send a kiosk on a plain-HTTP library network to https:// for its own files.
    contentSecurityPolicy: { useDefaults: false, directives: APP_CSP_DIRECTIVES },
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
  });
  // Helmet 8 throws rather than passing an error on; it never does for this fixed configuration.
  app.addHook('onRequest', (request, reply, done) => setHeaders(request.raw, reply.raw, () => done()));

  // A callback, not an async function: this runs on every answer.
  app.addHook('onSend', (_request, reply, payload, done) => {
    const csp = reply.getHeader('content-security-policy');
    if (typeof csp === 'string' && !/(^|;)\s*frame-ancestors\s/.test(csp)) {
      reply.header('content-security-policy', `${csp}; frame-ancestors 'none'`);
    }
    done(null, payload);
  });
});

/**
 * The strictest headers, for an answer to a request refused before routing (a malformed URL):
 * no route hook, helmet's included, runs for it.
 */
export function setUnroutedHeaders(reply: FastifyReply): FastifyReply {
  return reply.headers({
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
  });
}
