import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { KioskRepository, TokenKiosk } from '../repositories/kiosk-repository.js';
import { PROBLEM, sendProblem } from './problem.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Lets through only a request with a kiosk's bearer token (routes declaring `access: 'kiosk'`). */
    checkKiosk: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
  }
  interface FastifyRequest {
    /**
     * The enrolled kiosk a kiosk route was called by; null for the shared token of an installation
     * from before enrolment (and on routes that are not kiosk routes).
     */
    kiosk: TokenKiosk | null;
  }
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Kiosk credentials: each enrolled kiosk sends its own device token, looked up by its SHA-256 in
 * one indexed read. A device token is 32 random bytes, so it cannot be guessed or brute-forced
 * from its hash: a slow password hash would only cost every request time. A revoked token is told
 * so (the kiosk shows its set-up-again screen). Until an installation's kiosks are enrolled, the
 * shared token it was set up with (`legacyToken`) still works on kiosk routes, as no kiosk in
 * particular. Staff routes accept neither.
 */
export const kioskAuth = fp<{ legacyToken: string | null; kiosks: KioskRepository }>(
  async (app, { legacyToken, kiosks }) => {
    const legacy = legacyToken ? digest(legacyToken) : null;
    app.decorateRequest('kiosk', null);
    app.decorate('checkKiosk', async (request: FastifyRequest, reply: FastifyReply) => {
      const header = request.headers.authorization ?? '';
      const given = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
      if (given) {
        const hashed = digest(given);
        // Compared as digests, in constant time, so the answer's timing tells nothing about the token.
        if (legacy && timingSafeEqual(hashed, legacy)) return;
        const kiosk = await kiosks.byTokenHash(hashed.toString('hex'));
        if (kiosk?.revoked) {
          return sendProblem(reply, {
            type: PROBLEM.kioskRevoked,
            title: 'This kiosk was revoked',
            status: 401,
            detail: 'Enrol the tablet again with a new code',
          });
        }
        if (kiosk) {
          request.kiosk = kiosk;
          return;
        }
      }
      return sendProblem(reply, {
        type: PROBLEM.unauthenticated,
        title: 'Kiosk credentials needed',
        status: 401,
        detail: 'Send the kiosk token as "Authorization: Bearer <token>"',
      });
    });
  },
);
