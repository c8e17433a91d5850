import fastifyCookie from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { StaffRole } from '../../domain/schemas/rules.js';
import { type StaffUser, staffRepository } from '../repositories/staff-repository.js';
import { PROBLEM, sendProblem } from './problem.js';

export const SESSION_COOKIE = 'sp_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyInstance {
    staff: ReturnType<typeof staffRepository>;
    /** Lets through only a signed-in staff member with one of the roles (and, for a write, this server's Origin). */
    checkStaff: (request: FastifyRequest, reply: FastifyReply, roles: readonly StaffRole[]) => Promise<unknown>;
  }
  interface FastifyRequest {
    staffUser: StaffUser | null;
  }
}

/** An origin in its one normal form (scheme, host, port; default ports dropped), or null. */
function originOf(value: string): string | null {
  try {
    const origin = new URL(value).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

/**
 * True when a state-changing request comes from a page of this server itself: its Origin's scheme,
 * host and port are this server's as the request reached it (through a trusted proxy, as the
 * proxy says) or those of the configured public address.
 */
function sameOrigin(request: FastifyRequest, publicUrl: string | null): boolean {
  const origin = request.headers.origin ? originOf(request.headers.origin) : null;
  if (!origin) return false;
  if (origin === originOf(`${request.protocol}://${request.host}`)) return true;
  return publicUrl !== null && origin === originOf(publicUrl);
}

/**
 * Staff authentication: server-side sessions in an HttpOnly, SameSite=Strict cookie; the roles a
 * route declares (see `access.ts`); and every state-changing staff request must carry this
 * server's own Origin, so no other site can make a signed-in browser act.
 */
export const staffAuth = fp<{ publicUrl: string | null }>(async (app, { publicUrl }) => {
  await app.register(fastifyCookie);
  app.decorate('staff', staffRepository(app.db));
  app.decorateRequest('staffUser', null);

  app.decorate('checkStaff', async (request: FastifyRequest, reply: FastifyReply, roles: readonly StaffRole[]) => {
    if (!SAFE_METHODS.has(request.method) && !sameOrigin(request, publicUrl)) {
      return sendProblem(reply, {
        type: PROBLEM.forbidden,
        title: 'Foreign origin',
        status: 403,
        detail: 'State-changing staff requests must come from this server’s own pages.',
      });
    }
    const token = request.cookies[SESSION_COOKIE];
    const user = token ? await app.staff.sessionUser(token) : undefined;
    if (!user) {
      return sendProblem(reply, { type: PROBLEM.unauthenticated, title: 'Sign in first', status: 401 });
    }
    if (!roles.includes(user.role)) {
      return sendProblem(reply, {
        type: PROBLEM.forbidden,
        title: 'Not allowed for your role',
        status: 403,
        detail: `Needs one of: ${roles.join(', ')}`,
      });
    }
    request.staffUser = user;
  });
});

/** Sets or clears the session cookie; Secure whenever the request came over HTTPS. */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string | null, expires?: Date) {
  reply.setCookie(SESSION_COOKIE, token ?? '', {
    httpOnly: true,
    sameSite: 'strict',
    secure: request.protocol === 'https',
    path: '/',
    ...(token && expires ? { expires } : { maxAge: 0 }),
  });
}
