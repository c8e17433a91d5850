import type { Heartbeat } from '../../src/domain/schemas/fleet.js';
import type { testServer } from './server.js';
import { SAME_ORIGIN } from './staff.js';

/** What these helpers need of a test server (SQLite or PostgreSQL). */
type Server = Pick<Awaited<ReturnType<typeof testServer>>, 'app'>;

/** The seed's branch, and a second one tests add with `addBranch`. */
export const MAIN_BRANCH = 'stadsbiblioteket';
export const OTHER_BRANCH = 'filialen';

/** Adds the second branch, with opening hours like the seed's. */
export async function addBranch(server: Server, id = OTHER_BRANCH, name = 'Filialen'): Promise<void> {
  await server.app.times.putBranch(id, { name, place: 'Entrén', openingHours: {} });
}

/** Makes an enrolment code through the admin route; returns what the route answered. */
export async function makeCode(
  server: Server,
  admin: Record<string, string>,
  body: { branchId?: string; name?: string; kioskId?: string } = {},
) {
  const response = await server.app.inject({
    method: 'POST',
    url: '/api/staff/enrolments',
    headers: { ...SAME_ORIGIN, ...admin },
    payload: { branchId: MAIN_BRANCH, ...body },
  });
  if (response.statusCode !== 201) throw new Error(`no code: ${response.statusCode} ${response.body}`);
  return response.json() as { id: number; code: string; url: string; expiresAt: string };
}

/** Enrols a tablet with a code, from its own address (the enrol route is limited per address). */
export function enrol(server: Server, code: string, remoteAddress = '127.0.0.1') {
  return server.app.inject({ method: 'POST', url: '/api/kiosk/enrol', payload: { code }, remoteAddress });
}

/** Makes a code and enrols a tablet with it; returns its token and identity. */
export async function enrolledKiosk(
  server: Server,
  admin: Record<string, string>,
  body: { branchId?: string; name?: string; kioskId?: string } = {},
) {
  const { code } = await makeCode(server, admin, body);
  const response = await enrol(server, code);
  if (response.statusCode !== 201) throw new Error(`not enrolled: ${response.statusCode} ${response.body}`);
  const answer = response.json() as { token: string; kiosk: { id: string; name: string; branchId: string } };
  return { ...answer, auth: { authorization: `Bearer ${answer.token}` } };
}

/** A heartbeat as a kiosk sends it, with these fields changed. */
export function beat(seq: number, overrides: Partial<Heartbeat> = {}): Heartbeat {
  return {
    seq,
    appVersion: '1.2.3',
    contentVersion: 4,
    settingsVersion: 1,
    outboxPending: 0,
    outboxRejected: 0,
    storageUsed: 5 * 1024 * 1024,
    storageQuota: 2 * 1024 * 1024 * 1024,
    persisted: true,
    lastSyncAt: new Date().toISOString(),
    lastError: null,
    orientation: 'landscape',
    screenWidth: 1280,
    screenHeight: 800,
    ...overrides,
  };
}

/** Sends a heartbeat with a kiosk's headers. */
export function sendBeat(server: Server, auth: Record<string, string>, body: Heartbeat) {
  return server.app.inject({ method: 'POST', url: '/api/kiosk/heartbeat', headers: auth, payload: body });
}
