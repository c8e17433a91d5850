import rateLimit from '@fastify/rate-limit';
import { Type } from 'typebox';
import type { App } from '../app.js';
import { loginThrottle } from '../auth/login-throttle.js';
import { hashPassword, passwordProblem, verifyPassword } from '../auth/password.js';
import { staffOnly } from '../plugins/access.js';
import { PROBLEM, sendFieldProblem, sendProblem } from '../plugins/problem.js';
import { SESSION_COOKIE, setSessionCookie } from '../plugins/staff-auth.js';

const Credentials = Type.Object(
  { username: Type.String({ minLength: 1, maxLength: 64 }), password: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);

/** Log in, log out, who am I, change my password. */
export async function staffSessionRoutes(app: App): Promise<void> {
  await app.register(rateLimit, { global: false });
  const anyStaff = staffOnly('admin', 'editor', 'helper');
  const throttle = loginThrottle();
  // A wrong username costs the same time as a wrong password, so names cannot be probed.
  const decoy = await hashPassword('decoy password that matches nothing');

  app.post(
    '/api/staff/login',
    {
      schema: { body: Credentials },
      // Every attempt from one client address, whatever the name (request.ip: see TRUST_PROXY).
      config: { access: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } },
    },
    async (request, reply) => {
      const { username, password } = request.body;
      const attempt = throttle.attempt(username, request.ip);
      if (!attempt.allowed) {
        const seconds = Math.ceil(attempt.waitMs / 1000);
        reply.header('retry-after', seconds);
        return sendProblem(reply, {
          type: PROBLEM.tooManyRequests,
          title: 'Too many failed logins',
          status: 429,
          detail: `Too many wrong passwords from this address for this account: try again in ${seconds} seconds.`,
        });
      }
      const user = await app.staff.credentials(username);
      const ok = await verifyPassword(password, user?.passwordHash ?? decoy);
      if (!user || !ok || user.disabled) {
        return sendProblem(reply, { type: PROBLEM.unauthenticated, title: 'Wrong username or password', status: 401 });
      }
      throttle.succeeded(username, request.ip);
      const session = await app.staff.createSession(user.id);
      setSessionCookie(request, reply, session.token, session.expiresAt);
      await app.staff.audit({ actor: user, action: 'login', target: `user/${user.id}` });
      return { id: user.id, username: user.username, role: user.role };
    },
  );

  app.post('/api/staff/logout', { config: anyStaff }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await app.staff.endSession(token);
    setSessionCookie(request, reply, null);
    const user = request.staffUser;
    if (user) await app.staff.audit({ actor: user, action: 'logout', target: `user/${user.id}` });
    return reply.code(204).send();
  });

  app.get('/api/staff/me', { config: anyStaff }, async (request) => {
    const user = request.staffUser;
    return { id: user?.id, username: user?.username, role: user?.role };
  });

  app.post(
    '/api/staff/password',
    {
      config: anyStaff,
      schema: {
        body: Type.Object(
          { current: Type.String({ maxLength: 200 }), next: Type.String({ maxLength: 200 }) },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const user = request.staffUser;
      if (!user) return;
      const stored = await app.staff.passwordHash(user.id);
      if (!stored || !(await verifyPassword(request.body.current, stored))) {
        return sendProblem(reply, {
          type: PROBLEM.unauthenticated,
          title: 'The current password is wrong',
          status: 401,
        });
      }
      const problem = passwordProblem(request.body.next, user.username);
      if (problem) {
        return sendFieldProblem(reply, 'body/next', `The new password ${problem}.`);
      }
      await app.staff.updateUser(user.id, { passwordHash: await hashPassword(request.body.next) });
      // Anyone else signed in as this user is signed out.
      await app.staff.endSessionsOf(user.id, request.cookies[SESSION_COOKIE]);
      await app.staff.audit({ actor: user, action: 'change-password', target: `user/${user.id}` });
      return reply.code(204).send();
    },
  );
}
