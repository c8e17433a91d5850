import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { PROBLEM } from '../../src/server/plugins/problem.js';
import { addSession, BRANCH, bookingBody, postBooking } from '../helpers/bookings.js';
import { addBranch, beat, enrolledKiosk, OTHER_BRANCH, sendBeat } from '../helpers/fleet.js';
import { testServer } from '../helpers/server.js';
import { SAME_ORIGIN, signedIn } from '../helpers/staff.js';
import { STAFF_ROUTES } from '../helpers/staff-routes.js';

type Server = Awaited<ReturnType<typeof testServer>>;
let server: Server;
let admin: Record<string, string>;

beforeAll(async () => {
  server = await testServer();
  await addBranch(server);
  admin = await signedIn(server, 'ada', 'admin');
});
afterAll(async () => {
  await server.close();
});

const revoke = (id: string) =>
  server.app.inject({ method: 'POST', url: `/api/staff/kiosks/${id}/revoke`, headers: { ...SAME_ORIGIN, ...admin } });

describe('device tokens', () => {
  it('open no staff route', async () => {
    const kiosk = await enrolledKiosk(server, admin);
    for (const route of STAFF_ROUTES) {
      const response = await server.app.inject({
        method: route.method,
        url: route.url,
        headers: { ...SAME_ORIGIN, ...kiosk.auth },
        ...(route.payload ? { payload: route.payload } : {}),
      });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
    }
  });

  it('a revoked token opens nothing, and is told it was revoked', async () => {
    const kiosk = await enrolledKiosk(server, admin);
    expect((await sendBeat(server, kiosk.auth, beat(1))).statusCode).toBe(200);
    expect((await revoke(kiosk.kiosk.id)).json().kiosk).toMatchObject({ state: 'revoked' });
    for (const request of [
      { method: 'GET' as const, url: '/api/kiosk/settings' },
      { method: 'GET' as const, url: '/api/kiosk/slots' },
      { method: 'POST' as const, url: '/api/kiosk/heartbeat', payload: beat(2) },
      { method: 'POST' as const, url: '/api/bookings', payload: bookingBody([]) },
    ]) {
      const response = await server.app.inject({ ...request, headers: kiosk.auth });
      expect(response.statusCode, request.url).toBe(401);
      expect(response.json().type, request.url).toBe(PROBLEM.kioskRevoked);
    }
    const row = await server.db.selectFrom('kiosk').selectAll().where('id', '=', kiosk.kiosk.id).executeTakeFirst();
    // The refused beat changed nothing: still one beat, still revoked.
    expect(row).toMatchObject({ beats: 1, last_beat_seq: 1, state: 'revoked' });
    expect((await server.app.staff.auditLog(5)).map((a) => a.action)).toContain('revoke-kiosk');
  });

  it('an unknown token, or none, is unauthenticated', async () => {
    for (const authorization of ['Bearer not-a-token-anyone-has', 'Basic abc', '']) {
      const response = await server.app.inject({ url: '/api/kiosk/settings', headers: { authorization } });
      expect(response.statusCode, authorization).toBe(401);
      expect(response.json().type).toBe(PROBLEM.unauthenticated);
    }
  });

  it('a request from an enrolled kiosk with no branch goes to the kiosk’s branch, not the first one', async () => {
    // Branches come in name order: Filialen is the first, the kiosk is at Stadsbiblioteket.
    expect((await server.app.times.branches())[0]?.id).toBe(OTHER_BRANCH);
    const kiosk = await enrolledKiosk(server, admin, { branchId: BRANCH });
    const response = await postBooking(
      server,
      bookingBody([], { branchId: null, anyTime: true }),
      randomUUID(),
      kiosk.token,
    );
    expect(response.statusCode).toBe(201);
    const stored = await server.db.selectFrom('booking').select('branch_id').orderBy('id', 'desc').executeTakeFirst();
    expect(stored?.branch_id).toBe(BRANCH);
  });
});

describe('the shared token of an installation from before enrolment', () => {
  it('still places requests and reads the server’s default settings, but cannot send heartbeats', async () => {
    const slot = await addSession({ ...server }, { capacity: 2 });
    const booked = await postBooking(server, bookingBody([slot]));
    expect(booked.statusCode).toBe(201);
    const settings = await server.app.inject({
      url: '/api/kiosk/settings',
      headers: { authorization: `Bearer ${server.kioskToken}` },
    });
    expect(settings.statusCode).toBe(200);
    expect(settings.json()).toMatchObject({ version: 0, staffPin: null, settings: { idleTimeoutSeconds: 90 } });
    const heartbeat = await sendBeat(server, { authorization: `Bearer ${server.kioskToken}` }, beat(1));
    expect(heartbeat.statusCode).toBe(403);
    expect(heartbeat.json().type).toBe(PROBLEM.kioskNotEnrolled);
  });

  it('is refused everywhere once the installation has none', async () => {
    const app = await buildApp({
      db: server.db,
      media: server.media,
      publicDir: join(server.dataDir, 'no-build'),
      logLevel: 'silent',
      kioskToken: null,
    });
    try {
      const response = await app.inject({
        url: '/api/kiosk/settings',
        headers: { authorization: `Bearer ${server.kioskToken}` },
      });
      expect(response.statusCode).toBe(401);
      const kiosk = await enrolledKiosk({ app }, admin);
      expect((await app.inject({ url: '/api/kiosk/settings', headers: kiosk.auth })).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});
