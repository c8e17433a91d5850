import { Type } from 'typebox';
import { BranchId, StaffRoleSchema as Role, RowIdParams, Username } from '../../domain/schemas/common.js';
import type { App } from '../app.js';
import { hashPassword, passwordProblem } from '../auth/password.js';
import { staffOnly } from '../plugins/access.js';
import { PROBLEM, sendFieldProblem, sendProblem } from '../plugins/problem.js';

/** Admins manage staff accounts (the audit log they read is in staff-audit.ts). */
export async function staffUserRoutes(app: App): Promise<void> {
  const adminOnly = staffOnly('admin');

  app.get('/api/staff/users', { config: adminOnly }, async () => ({ users: await app.staff.listUsers() }));

  app.post(
    '/api/staff/users',
    {
      config: adminOnly,
      schema: {
        body: Type.Object(
          {
            username: Username,
            role: Role,
            password: Type.String({ maxLength: 200 }),
            branchId: Type.Optional(Type.Union([BranchId, Type.Null()])),
          },
          { additionalProperties: false },
        ),
      },
    },
    async (request, reply) => {
      const { username, role, password, branchId } = request.body;
      const problem = passwordProblem(password, username);
      if (problem) {
        return sendFieldProblem(reply, 'body/password', `The password ${problem}.`);
      }
      if (branchId && !(await app.times.branch(branchId)))
        return sendFieldProblem(reply, 'body/branchId', 'No such branch');
      if (await app.staff.usernameTaken(username)) {
        return sendProblem(reply, { type: PROBLEM.conflict, title: 'That username is taken', status: 409 });
      }
      const user = await app.staff.createUser({
        username,
        role,
        passwordHash: await hashPassword(password),
        branchId: branchId ?? null,
      });
      const actor = request.staffUser;
      if (actor) await app.staff.audit({ actor, action: 'create-user', target: `user/${user.id}`, afterId: role });
      return reply.code(201).send(user);
    },
  );

  app.patch(
    '/api/staff/users/:id',
    {
      config: adminOnly,
      schema: {
        params: RowIdParams,
        body: Type.Object(
          {
            role: Type.Optional(Role),
            disabled: Type.Optional(Type.Boolean()),
            branchId: Type.Optional(Type.Union([BranchId, Type.Null()])),
          },
          { additionalProperties: false, minProperties: 1 },
        ),
      },
    },
    async (request, reply) => {
      const id = Number(request.params.id);
      const users = await app.staff.listUsers();
      const before = users.find((u) => u.id === id);
      if (!before) return sendProblem(reply, { type: PROBLEM.notFound, title: 'No such user', status: 404 });
      const { branchId } = request.body;
      if (branchId && !(await app.times.branch(branchId)))
        return sendFieldProblem(reply, 'body/branchId', 'No such branch');
      const losesAdmin =
        before.role === 'admin' && (request.body.disabled === true || (request.body.role ?? 'admin') !== 'admin');
      const otherAdmins = users.filter((u) => u.role === 'admin' && !u.disabled && u.id !== id);
      if (losesAdmin && otherAdmins.length === 0) {
        return sendProblem(reply, {
          type: PROBLEM.conflict,
          title: 'The last admin must stay',
          status: 409,
          detail: 'Make another account admin first.',
        });
      }
      const after = await app.staff.updateUser(id, request.body);
      if (request.body.disabled) await app.staff.endSessionsOf(id);
      const actor = request.staffUser;
      if (actor && after) {
        await app.staff.audit({
          actor,
          action: 'update-user',
          target: `user/${id}`,
          beforeId: `${before.role}${before.disabled ? ',disabled' : ''}${before.branchId ? `,${before.branchId}` : ''}`,
          afterId: `${after.role}${after.disabled ? ',disabled' : ''}${after.branchId ? `,${after.branchId}` : ''}`,
        });
      }
      return after;
    },
  );
}
