import fastifyCookie from '@fastify/cookie';
import type { FastifyReply, FastifyRequest, onRequestAsyncHookHandler } from 'fastify';
import fp from 'fastify-plugin';
import type { StaffRole } from '../db/schema.js';
import { type StaffUser, staffRepository } from '../repositories/staff-repository.js';
import { PROBLEM, sendProblem } from './problem.js';

export const SESSION_COOKIE = 'sp_session';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

declare module 'fastify' {
  interface FastifyInstance {
    staff: ReturnType<typeof staffRepository>;
    /** An onRequest hook letting through only a signed-in staff member with one of the roles; it runs before the body is read, so a stranger learns nothing from validation. */
    requireStaff: (...roles: StaffRole[]) => onRequestAsyncHookHandler;
  }
  interface FastifyRequest {
    staffUser: StaffUser | null;
  }
}

/** True when a state-changing request comes from a page of this server itself. */
function sameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/**
 * Staff authentication: server-side sessions in an HttpOnly, SameSite=Strict cookie; roles checked
 * per route; and every state-changing staff request must carry this server's own Origin, so no
 * other site can make a signed-in browser act.
 */
export const staffAuth = fp(async (app) => {
  await app.register(fastifyCookie);
  app.decorate('staff', staffRepository(app.db));
  app.decorateRequest('staffUser', null);

  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/staff/') || SAFE_METHODS.has(request.method)) return;
    if (!sameOrigin(request)) {
      return sendProblem(reply, {
        type: PROBLEM.forbidden,
        title: 'Foreign origin',
        status: 403,
        detail: 'State-changing staff requests must come from this server’s own pages.',
      });
    }
  });

  app.decorate('requireStaff', (...roles: StaffRole[]): onRequestAsyncHookHandler => {
    return async (request: FastifyRequest, reply: FastifyReply) => {
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
    };
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
