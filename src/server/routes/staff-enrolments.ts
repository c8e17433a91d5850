import { enrolmentUrl } from '../../domain/enrolment-code.js';
import { RowIdParams } from '../../domain/schemas/common.js';
import { type EnrolmentCreated, EnrolmentCreateSchema } from '../../domain/schemas/fleet.js';
import type { App } from '../app.js';
import { staffOnly } from '../plugins/access.js';
import { PROBLEM, sendFieldProblem, sendProblem } from '../plugins/problem.js';

/** Admins make one-time enrolment codes for tablets, see the open ones, and withdraw them. */
export async function staffEnrolmentRoutes(app: App): Promise<void> {
  const adminOnly = staffOnly('admin');

  app.post(
    '/api/staff/enrolments',
    { config: adminOnly, schema: { body: EnrolmentCreateSchema } },
    async (request, reply) => {
      const { branchId, name, kioskId } = request.body;
      if (!(await app.times.branch(branchId))) return sendFieldProblem(reply, 'body/branchId', 'No such branch');
      if (kioskId && !(await app.kiosks.row(kioskId))) return sendFieldProblem(reply, 'body/kioskId', 'No such kiosk');
      const actor = request.staffUser;
      if (!actor) return;
      const made = await app.enrolments.create(
        { branchId, name: name ?? null, kioskId: kioskId ?? null, by: actor.username },
        new Date(),
      );
      await app.staff.audit({
        actor,
        action: 'create-enrolment',
        target: `enrolment/${made.id}`,
        afterId: kioskId ?? branchId,
      });
      // The address tablets open: the configured public one, else the one this console was reached at.
      const origin = app.kioskConfig.publicUrl ?? `${request.protocol}://${request.host}`;
      const created: EnrolmentCreated = {
        id: made.id,
        code: made.code,
        url: enrolmentUrl(origin, made.code),
        branchId,
        name: name ?? null,
        kioskId: kioskId ?? null,
        expiresAt: made.expiresAt,
      };
      reply.header('cache-control', 'no-store');
      return reply.code(201).send(created);
    },
  );

  app.get('/api/staff/enrolments', { config: adminOnly }, async () => ({
    enrolments: await app.enrolments.open(new Date()),
  }));

  app.delete(
    '/api/staff/enrolments/:id',
    { config: adminOnly, schema: { params: RowIdParams } },
    async (request, reply) => {
      const id = Number(request.params.id);
      if (!(await app.enrolments.withdraw(id, new Date()))) {
        return sendProblem(reply, {
          type: PROBLEM.notFound,
          title: 'No open enrolment code with that id',
          status: 404,
        });
      }
      const actor = request.staffUser;
      if (actor) await app.staff.audit({ actor, action: 'withdraw-enrolment', target: `enrolment/${id}` });
      return reply.code(204).send();
    },
  );
}
