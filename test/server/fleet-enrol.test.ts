import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { displayEnrolmentCode } from '../../src/domain/enrolment-code.js';
import { PROBLEM } from '../../src/server/plugins/problem.js';
import { addBranch, enrol, enrolledKiosk, MAIN_BRANCH, makeCode, OTHER_BRANCH } from '../helpers/fleet.js';
import { postgresTestServer, TEST_DATABASE_URL } from '../helpers/postgres.js';
import { testServer } from '../helpers/server.js';
import { SAME_ORIGIN, signedIn } from '../helpers/staff.js';

type Server = Awaited<ReturnType<typeof testServer>>;

describe.each([
  { database: 'SQLite', start: () => testServer({ seed: false }), skip: false },
  { database: 'PostgreSQL', start: postgresTestServer, skip: !TEST_DATABASE_URL },
])('enrolment on $database', ({ start, skip }) => {
  let server: Server;
  let admin: Record<string, string>;
  beforeEach(async () => {
    if (skip) return;
    server = (await start()) as Server;
    if (!(await server.app.times.branch(MAIN_BRANCH))) await addBranch(server, MAIN_BRANCH, 'Stadsbiblioteket');
    admin = await signedIn(server, 'ada', 'admin');
  });
  afterEach(async () => {
    vi.useRealTimers();
    if (!skip) await server.close();
  });

  it.skipIf(skip)('a code enrols a tablet: a token, its name and its settings; only the hash is kept', async () => {
    const made = await makeCode(server, admin, { name: 'Entrén' });
    expect(made.url).toBe(`http://library.example/#enrol=${made.code}`);
    // Typed as shown (with its hyphen) and in lower case, it is the same code.
    const response = await enrol(server, displayEnrolmentCode(made.code).toLowerCase());
    expect(response.statusCode).toBe(201);
    const answer = response.json();
    expect(answer.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(answer.kiosk).toMatchObject({ name: 'Entrén', branchId: MAIN_BRANCH, branchName: 'Stadsbiblioteket' });
    expect(answer.kiosk.id).toMatch(/^k-[a-z0-9]{16}$/);
    expect(answer.settings).toMatchObject({ version: 1, staffPin: null, settings: { defaultLanguage: 'sv' } });
    const row = await server.db.selectFrom('kiosk').selectAll().executeTakeFirstOrThrow();
    expect(row.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(row)).not.toContain(answer.token);
    expect(row.state).toBe('never-seen');
    const code = await server.db.selectFrom('enrolment_code').selectAll().executeTakeFirstOrThrow();
    expect(JSON.stringify(code)).not.toContain(made.code);
    expect(code.used_at).not.toBeNull();
    // The token opens kiosk routes.
    const settings = await server.app.inject({
      url: '/api/kiosk/settings',
      headers: { authorization: `Bearer ${answer.token}` },
    });
    expect(settings.statusCode).toBe(200);
  });

  it.skipIf(skip)('a kiosk without a name is named after its branch and its number there', async () => {
    const first = await enrolledKiosk(server, admin);
    const second = await enrolledKiosk(server, admin);
    expect([first.kiosk.name, second.kiosk.name]).toEqual(['Stadsbiblioteket 1', 'Stadsbiblioteket 2']);
  });

  it.skipIf(skip)('refuses an unknown, a used, a withdrawn and an expired code, each with its own type', async () => {
    const unknown = await enrol(server, '0000000000');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().type).toBe(PROBLEM.enrolmentCodeUnknown);
    const notACode = await enrol(server, 'UUUUUUUUUU');
    expect(notACode.statusCode).toBe(404);

    const used = await makeCode(server, admin);
    expect((await enrol(server, used.code)).statusCode).toBe(201);
    const again = await enrol(server, used.code);
    expect(again.statusCode).toBe(410);
    expect(again.json().type).toBe(PROBLEM.enrolmentCodeUsed);

    const withdrawn = await makeCode(server, admin);
    const withdraw = await server.app.inject({
      method: 'DELETE',
      url: `/api/staff/enrolments/${withdrawn.id}`,
      headers: { ...SAME_ORIGIN, ...admin },
    });
    expect(withdraw.statusCode).toBe(204);
    const refused = await enrol(server, withdrawn.code);
    expect(refused.statusCode).toBe(410);
    expect(refused.json().type).toBe(PROBLEM.enrolmentCodeWithdrawn);

    const expiring = await makeCode(server, admin);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(Date.parse(expiring.expiresAt) + 1000));
    const expired = await enrol(server, expiring.code);
    vi.useRealTimers();
    expect(expired.statusCode).toBe(410);
    expect(expired.json().type).toBe(PROBLEM.enrolmentCodeExpired);
    // One kiosk in all: the refusals made none.
    expect(await server.db.selectFrom('kiosk').select('id').execute()).toHaveLength(1);
  });

  it.skipIf(skip)('lists open codes only, and withdraws only an open one', async () => {
    const open = await makeCode(server, admin, { name: 'Open' });
    const used = await makeCode(server, admin);
    await enrol(server, used.code);
    const list = await server.app.inject({ url: '/api/staff/enrolments', headers: admin });
    expect(list.json().enrolments.map((e: { id: number }) => e.id)).toEqual([open.id]);
    const withdrawUsed = await server.app.inject({
      method: 'DELETE',
      url: `/api/staff/enrolments/${used.id}`,
      headers: { ...SAME_ORIGIN, ...admin },
    });
    expect(withdrawUsed.statusCode).toBe(404);
    const audit = await server.app.staff.auditLog(10);
    expect(audit.map((a) => a.action)).toContain('create-enrolment');
  });

  it.skipIf(skip)('refuses a code for an unknown branch or kiosk, naming the field', async () => {
    for (const [payload, field] of [
      [{ branchId: 'nowhere' }, 'body/branchId'],
      [{ branchId: MAIN_BRANCH, kioskId: 'k-0000000000000000' }, 'body/kioskId'],
    ] as const) {
      const response = await server.app.inject({
        method: 'POST',
        url: '/api/staff/enrolments',
        headers: { ...SAME_ORIGIN, ...admin },
        payload,
      });
      expect(response.statusCode).toBe(400);
      expect(response.json().field).toBe(field);
    }
    expect(await server.db.selectFrom('enrolment_code').select('id').execute()).toHaveLength(0);
  });

  it.skipIf(skip)('two tablets racing for one code: exactly one is enrolled', async () => {
    const { code } = await makeCode(server, admin);
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => enrol(server, code, `10.0.0.${i + 1}`)));
    const statuses = answers.map((a) => a.statusCode).sort();
    expect(statuses).toEqual([201, 410, 410, 410, 410, 410]);
    expect(await server.db.selectFrom('kiosk').select('id').execute()).toHaveLength(1);
  });

  it.skipIf(skip)(
    'a revoked kiosk enrolled again keeps its id and history, with a new token; the old one stays refused',
    async () => {
      await addBranch(server);
      const first = await enrolledKiosk(server, admin, { name: 'Entrén' });
      const revoke = await server.app.inject({
        method: 'POST',
        url: `/api/staff/kiosks/${first.kiosk.id}/revoke`,
        headers: { ...SAME_ORIGIN, ...admin },
      });
      expect(revoke.statusCode).toBe(200);
      const again = await enrolledKiosk(server, admin, { kioskId: first.kiosk.id, branchId: OTHER_BRANCH });
      expect(again.kiosk).toMatchObject({ id: first.kiosk.id, name: 'Entrén', branchId: OTHER_BRANCH });
      expect(again.token).not.toBe(first.token);
      const old = await server.app.inject({ url: '/api/kiosk/settings', headers: first.auth });
      expect(old.statusCode).toBe(401);
      const fresh = await server.app.inject({ url: '/api/kiosk/settings', headers: again.auth });
      expect(fresh.statusCode).toBe(200);
      const detail = await server.app.inject({ url: `/api/staff/kiosks/${first.kiosk.id}`, headers: admin });
      expect(detail.json().kiosk).toMatchObject({ state: 'never-seen', revokedAt: null });
      expect(detail.json().history.map((h: { from: string; to: string }) => `${h.from}>${h.to}`)).toEqual([
        'revoked>never-seen',
        'never-seen>revoked',
      ]);
      expect(await server.db.selectFrom('kiosk').select('id').execute()).toHaveLength(1);
    },
  );

  it.skipIf(skip)('limits enrolment attempts per address', async () => {
    const answers = [];
    for (let i = 0; i < 12; i++) answers.push((await enrol(server, '0000000000', '10.9.9.9')).statusCode);
    expect(answers.slice(0, 10).every((s) => s === 404)).toBe(true);
    expect(answers.slice(10)).toEqual([429, 429]);
    expect((await enrol(server, '0000000000', '10.9.9.8')).statusCode).toBe(404);
  });
});
