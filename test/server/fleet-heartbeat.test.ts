import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addBranch, beat, enrolledKiosk, MAIN_BRANCH, OTHER_BRANCH, sendBeat } from '../helpers/fleet.js';
import { postgresTestServer, TEST_DATABASE_URL } from '../helpers/postgres.js';
import { testServer } from '../helpers/server.js';
import { SAME_ORIGIN, signedIn } from '../helpers/staff.js';

type Server = Awaited<ReturnType<typeof testServer>>;

describe.each([
  { database: 'SQLite', start: () => testServer({ seed: false }), skip: false },
  { database: 'PostgreSQL', start: postgresTestServer, skip: !TEST_DATABASE_URL },
])('heartbeats and settings on $database', ({ start, skip }) => {
  let server: Server;
  let admin: Record<string, string>;
  beforeEach(async () => {
    if (skip) return;
    server = (await start()) as Server;
    if (!(await server.app.times.branch(MAIN_BRANCH))) await addBranch(server, MAIN_BRANCH, 'Stadsbiblioteket');
    await addBranch(server);
    admin = await signedIn(server, 'ada', 'admin');
  });
  afterEach(async () => {
    if (!skip) await server.close();
  });

  const row = (id: string) => server.db.selectFrom('kiosk').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const staff = (method: 'PUT' | 'PATCH', url: string, payload: object) =>
    server.app.inject({ method, url, headers: { ...SAME_ORIGIN, ...admin }, payload });

  it.skipIf(skip)('stores what the kiosk reports, and counts each beat once however often it arrives', async () => {
    const { kiosk, auth } = await enrolledKiosk(server, admin);
    const first = await sendBeat(server, auth, beat(1, { outboxPending: 3, storageUsed: 10 * 1024 * 1024 }));
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ kiosk: { id: kiosk.id, name: kiosk.name }, settingsVersion: 1 });
    // The kiosk has version 1 already: no settings in the answer.
    expect(first.json().settings).toBeUndefined();
    // The same beat again (a retry), twice at once, then an older one: none counted, none stored.
    const repeats = await Promise.all([
      sendBeat(server, auth, beat(1, { outboxPending: 9 })),
      sendBeat(server, auth, beat(1, { outboxPending: 9 })),
    ]);
    expect(repeats.map((r) => r.statusCode)).toEqual([200, 200]);
    expect(await row(kiosk.id)).toMatchObject({
      beats: 1,
      last_beat_seq: 1,
      outbox_pending: 3,
      storage_used_kb: 10240,
    });
    await sendBeat(server, auth, beat(3, { outboxPending: 1 }));
    await sendBeat(server, auth, beat(2, { outboxPending: 7 }));
    const stored = await row(kiosk.id);
    expect(stored).toMatchObject({
      beats: 2,
      last_beat_seq: 3,
      outbox_pending: 1,
      state: 'online',
      app_version: '1.2.3',
    });
    expect(stored.last_seen_at).not.toBeNull();
    const detail = await server.app.inject({ url: `/api/staff/kiosks/${kiosk.id}`, headers: admin });
    expect(detail.json().kiosk).toMatchObject({
      storageUsed: 5 * 1024 * 1024,
      storageQuota: 2 * 1024 * 1024 * 1024,
      persisted: true,
      settingsApplied: 1,
      outboxPending: 1,
    });
  });

  it.skipIf(skip)(
    'racing beats: never more counted than there are sequence numbers, and the newest one kept',
    async () => {
      const { kiosk, auth } = await enrolledKiosk(server, admin);
      await Promise.all([1, 2, 3, 4, 5, 5, 4].map((seq) => sendBeat(server, auth, beat(seq))));
      const stored = await row(kiosk.id);
      expect(stored.last_beat_seq).toBe(5);
      expect(stored.beats).toBeLessThanOrEqual(5);
      expect(stored.beats).toBeGreaterThanOrEqual(1);
    },
  );

  it.skipIf(skip)('keeps a history of state changes: enrolled, online, and one row only for a change', async () => {
    const { kiosk, auth } = await enrolledKiosk(server, admin);
    await Promise.all([sendBeat(server, auth, beat(1)), sendBeat(server, auth, beat(2))]);
    await sendBeat(server, auth, beat(3));
    // The periodic sweep (elsewhere) marks it offline; its next beat brings it back.
    await server.app.kiosks.changeState(kiosk.id, 'online', 'offline', new Date());
    await sendBeat(server, auth, beat(4));
    const detail = await server.app.inject({ url: `/api/staff/kiosks/${kiosk.id}`, headers: admin });
    expect(detail.json().history.map((h: { from: string; to: string }) => `${h.from}>${h.to}`)).toEqual([
      'offline>online',
      'online>offline',
      'never-seen>online',
    ]);
    expect(detail.json().kiosk.state).toBe('online');
  });

  it.skipIf(skip)(
    'a kiosk’s own settings, its branch’s and a move each give a new version, sent with the next beat',
    async () => {
      const { kiosk, auth } = await enrolledKiosk(server, admin);
      const own = await staff('PUT', `/api/staff/kiosks/${kiosk.id}/settings`, {
        idleTimeoutSeconds: 60,
        languages: ['en', 'sv'],
      });
      expect(own.statusCode).toBe(200);
      expect(own.json()).toMatchObject({ kiosk: { settingsVersion: 2 }, effective: { idleTimeoutSeconds: 60 } });
      const second = await sendBeat(server, auth, beat(1, { settingsVersion: 1 }));
      expect(second.json()).toMatchObject({
        settingsVersion: 2,
        settings: { version: 2, settings: { idleTimeoutSeconds: 60, languages: ['en', 'sv'], defaultLanguage: 'sv' } },
      });

      const branch = await staff('PUT', `/api/staff/branches/${MAIN_BRANCH}/kiosk-settings`, {
        settings: { defaultLanguage: 'en', idleTimeoutSeconds: 120 },
        pin: '4711',
        alertEmails: ['it@bibliotek.example'],
      });
      expect(branch.statusCode).toBe(200);
      expect(branch.json()).toEqual({
        branchId: MAIN_BRANCH,
        settings: { defaultLanguage: 'en', idleTimeoutSeconds: 120 },
        hasPin: true,
        alertEmails: ['it@bibliotek.example'],
      });
      const third = await sendBeat(server, auth, beat(2, { settingsVersion: 2 }));
      // The kiosk's own timeout wins over its branch's; the branch's language shows through.
      expect(third.json().settings).toMatchObject({
        version: 3,
        settings: { idleTimeoutSeconds: 60, defaultLanguage: 'en' },
        staffPin: { iterations: 100_000 },
      });
      const pin = third.json().settings.staffPin;
      expect(Buffer.from(pin.salt, 'base64url')).toHaveLength(16);
      expect(Buffer.from(pin.hash, 'base64url')).toHaveLength(32);
      expect(JSON.stringify(await server.db.selectFrom('branch').selectAll().execute())).not.toContain('4711');

      // Absent keeps the PIN; null removes it.
      await staff('PUT', `/api/staff/branches/${MAIN_BRANCH}/kiosk-settings`, { settings: {}, alertEmails: [] });
      expect((await server.app.kiosks.branchSettings(MAIN_BRANCH))?.hasPin).toBe(true);
      await staff('PUT', `/api/staff/branches/${MAIN_BRANCH}/kiosk-settings`, {
        settings: {},
        pin: null,
        alertEmails: [],
      });
      expect((await server.app.kiosks.branchSettings(MAIN_BRANCH))?.hasPin).toBe(false);

      const moved = await staff('PATCH', `/api/staff/kiosks/${kiosk.id}`, { branchId: OTHER_BRANCH, name: 'Entrén' });
      expect(moved.json().kiosk).toMatchObject({ branchId: OTHER_BRANCH, name: 'Entrén', settingsVersion: 6 });
      const fourth = await sendBeat(server, auth, beat(3, { settingsVersion: 5 }));
      expect(fourth.json()).toMatchObject({
        kiosk: { name: 'Entrén', branchId: OTHER_BRANCH, branchName: 'Filialen' },
        settingsVersion: 6,
        settings: { version: 6, staffPin: null },
      });
      const actions = (await server.app.staff.auditLog(20)).map((a) => a.action);
      expect(actions).toEqual(
        expect.arrayContaining(['kiosk-settings', 'branch-kiosk-settings', 'move-kiosk', 'rename-kiosk']),
      );
    },
  );

  it.skipIf(skip)('refuses settings for an unknown kiosk or branch, and a bad beat, changing nothing', async () => {
    const { kiosk, auth } = await enrolledKiosk(server, admin);
    const unknownKiosk = await staff('PUT', '/api/staff/kiosks/k-0000000000000000/settings', {
      idleTimeoutSeconds: 60,
    });
    expect(unknownKiosk.statusCode).toBe(404);
    const unknownBranch = await staff('PUT', '/api/staff/branches/nowhere/kiosk-settings', {
      settings: {},
      alertEmails: [],
    });
    expect(unknownBranch.statusCode).toBe(404);
    const badMove = await staff('PATCH', `/api/staff/kiosks/${kiosk.id}`, { branchId: 'nowhere' });
    expect(badMove.statusCode).toBe(400);
    expect(badMove.json().field).toBe('body/branchId');
    const badBeat = await sendBeat(server, auth, { ...beat(1), outboxPending: -1 });
    expect(badBeat.statusCode).toBe(400);
    expect(await row(kiosk.id)).toMatchObject({
      beats: 0,
      settings_version: 1,
      branch_id: MAIN_BRANCH,
      state: 'never-seen',
    });
  });
});
