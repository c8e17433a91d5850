import type { FastifyReply, FastifyRequest } from 'fastify';
import type { KioskSettings, KioskSettingsOverride } from '../../domain/kiosk-settings.js';
import {
  FleetQuerySchema,
  KioskParams,
  KioskPatchSchema,
  KioskSettingsOverrideSchema,
} from '../../domain/schemas/fleet.js';
import type { KioskState } from '../../domain/schemas/rules.js';
import type { App } from '../app.js';
import { settingsAnswer } from '../fleet-settings.js';
import { staffOnly } from '../plugins/access.js';
import { PROBLEM, sendFieldProblem, sendProblem } from '../plugins/problem.js';
import { fleetList } from '../repositories/fleet-list.js';
import type { Kiosk } from '../repositories/fleet-rows.js';

/** KioskDetail in the contract, with its types spelled out (see `Kiosk`). */
interface Detail {
  kiosk: Kiosk;
  settings: KioskSettingsOverride;
  branchSettings: KioskSettingsOverride;
  effective: KioskSettings;
  history: { at: string; from: KioskState; to: KioskState }[];
}

const noSuchKiosk = (reply: FastifyReply) =>
  sendProblem(reply, { type: PROBLEM.notFound, title: 'No such kiosk', status: 404 });

/** The branch a helper is limited to; null for admins and for helpers with no branch (they read every kiosk). */
function scopeOf(request: FastifyRequest): string | null {
  const user = request.staffUser;
  return user?.role === 'helper' ? user.branchId : null;
}

/** The fleet view: every kiosk with its state and figures (helpers: their branch's, read-only); admins change them. */
export async function staffFleetRoutes(app: App): Promise<void> {
  const readers = staffOnly('helper', 'admin');
  const adminOnly = staffOnly('admin');

  async function detail(id: string, scope: string | null): Promise<Detail | undefined> {
    const kiosk = await app.kiosks.row(id);
    // Another branch's kiosk is, for a helper, no kiosk at all.
    if (!kiosk || (scope !== null && kiosk.branchId !== scope)) return undefined;
    const [source, history] = await Promise.all([app.kiosks.settingsSource(id), app.kiosks.history(id)]);
    if (!source) return undefined;
    return {
      kiosk,
      settings: source.kiosk,
      branchSettings: source.branch,
      effective: settingsAnswer(app.kioskConfig, source).settings,
      history,
    };
  }

  app.get('/api/staff/kiosks', { config: readers, schema: { querystring: FleetQuerySchema } }, async (request) => {
    const query = request.query;
    const scope = scopeOf(request);
    const branches =
      scope === null ? (query.branch ? [query.branch] : null) : query.branch && query.branch !== scope ? [] : [scope];
    return fleetList(app.db, {
      branches,
      ...(query.state ? { state: query.state } : {}),
      ...(query.q ? { q: query.q } : {}),
      sort: query.sort ?? 'name',
      order: query.order ?? 'asc',
      limit: Number(query.limit ?? 100),
      offset: Number(query.offset ?? 0),
    });
  });

  app.get('/api/staff/kiosks/:id', { config: readers, schema: { params: KioskParams } }, async (request, reply) => {
    return (await detail(request.params.id, scopeOf(request))) ?? noSuchKiosk(reply);
  });

  app.patch(
    '/api/staff/kiosks/:id',
    { config: adminOnly, schema: { params: KioskParams, body: KioskPatchSchema } },
    async (request, reply) => {
      const { id } = request.params;
      const before = await app.kiosks.row(id);
      if (!before) return noSuchKiosk(reply);
      const { name, branchId } = request.body;
      if (branchId && !(await app.times.branch(branchId)))
        return sendFieldProblem(reply, 'body/branchId', 'No such branch');
      const actor = request.staffUser;
      if (!actor) return;
      if (name !== undefined && name !== before.name) {
        await app.kiosks.rename(id, name);
        await app.staff.audit({
          actor,
          action: 'rename-kiosk',
          target: `kiosk/${id}`,
          beforeId: before.name,
          afterId: name,
        });
      }
      if (branchId !== undefined && branchId !== before.branchId) {
        await app.kiosks.move(id, branchId);
        await app.staff.audit({
          actor,
          action: 'move-kiosk',
          target: `kiosk/${id}`,
          beforeId: before.branchId,
          afterId: branchId,
        });
      }
      return detail(id, null);
    },
  );

  app.post(
    '/api/staff/kiosks/:id/revoke',
    { config: adminOnly, schema: { params: KioskParams } },
    async (request, reply) => {
      const { id } = request.params;
      const before = await app.kiosks.row(id);
      if (!before) return noSuchKiosk(reply);
      const actor = request.staffUser;
      if (!actor) return;
      if (before.state !== 'revoked') {
        await app.kiosks.revoke(id, new Date());
        await app.staff.audit({ actor, action: 'revoke-kiosk', target: `kiosk/${id}`, beforeId: before.state });
      }
      return detail(id, null);
    },
  );

  app.put(
    '/api/staff/kiosks/:id/settings',
    { config: adminOnly, schema: { params: KioskParams, body: KioskSettingsOverrideSchema } },
    async (request, reply) => {
      const { id } = request.params;
      const before = await app.kiosks.row(id);
      if (!before) return noSuchKiosk(reply);
      const actor = request.staffUser;
      if (!actor) return;
      await app.kiosks.putSettings(id, request.body);
      await app.staff.audit({
        actor,
        action: 'kiosk-settings',
        target: `kiosk/${id}`,
        beforeId: String(before.settingsVersion),
        afterId: String(before.settingsVersion + 1),
      });
      return detail(id, null);
    },
  );
}
