import { BranchKioskSettingsInputSchema, BranchParams } from '../../domain/schemas/fleet.js';
import type { App } from '../app.js';
import { hashStaffPin } from '../auth/staff-pin.js';
import { staffOnly } from '../plugins/access.js';
import { PROBLEM, sendProblem } from '../plugins/problem.js';

/** A branch's defaults for its kiosks, the staff PIN of their status screen, and where their alerts go (admins). */
export async function staffKioskSettingsRoutes(app: App): Promise<void> {
  const adminOnly = staffOnly('admin');

  app.get(
    '/api/staff/branches/:id/kiosk-settings',
    { config: adminOnly, schema: { params: BranchParams } },
    async (request, reply) => {
      const settings = await app.kiosks.branchSettings(request.params.id);
      return settings ?? sendProblem(reply, { type: PROBLEM.notFound, title: 'No such branch', status: 404 });
    },
  );

  app.put(
    '/api/staff/branches/:id/kiosk-settings',
    { config: adminOnly, schema: { params: BranchParams, body: BranchKioskSettingsInputSchema } },
    async (request, reply) => {
      const { id } = request.params;
      if (!(await app.kiosks.branchSettings(id))) {
        return sendProblem(reply, { type: PROBLEM.notFound, title: 'No such branch', status: 404 });
      }
      const { settings, pin, alertEmails } = request.body;
      const actor = request.staffUser;
      if (!actor) return;
      const pinHash = pin === undefined ? undefined : pin === null ? null : await hashStaffPin(pin);
      await app.kiosks.putBranchSettings(id, { settings, pin: pinHash, alertEmails });
      // The PIN itself never reaches the log; only that it was set or removed.
      const pinChange = pin === undefined ? 'pin kept' : pin === null ? 'pin removed' : 'pin set';
      await app.staff.audit({ actor, action: 'branch-kiosk-settings', target: `branch/${id}`, afterId: pinChange });
      return app.kiosks.branchSettings(id);
    },
  );
}
