import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { PROBLEM, sendProblem } from './problem.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** Lets through only a request with a kiosk's bearer token (routes declaring `access: 'kiosk'`). */
    checkKiosk: (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
  }
}

const digest = (value: string) => createHash('sha256').update(value).digest();

/**
 * Kiosk credentials: until kiosks are enrolled one by one, every kiosk of the installation shares
 * one configured token. It reaches kiosk routes only; staff routes never accept it.
 */
export const kioskAuth = fp<{ token: string }>(async (app, { token }) => {
  const expected = digest(token);
  app.decorate('checkKiosk', async (request: FastifyRequest, reply: FastifyReply) => {
    const header = request.headers.authorization ?? '';
    const given = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    // Compared as digests, in constant time, so the answer's timing tells nothing about the token.
    if (!given || !timingSafeEqual(digest(given), expected)) {
      return sendProblem(reply, {
        type: PROBLEM.unauthenticated,
        title: 'Kiosk credentials needed',
        status: 401,
        detail: 'Send the kiosk token as "Authorization: Bearer <token>"',
      });
    }
  });
});
