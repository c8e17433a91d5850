import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry, AuditPage } from '../../src/domain/schemas/audit.js';
import { addSession, bookingBody, postBooking } from '../helpers/bookings.js';
import { testServer } from '../helpers/server.js';
import { signedIn } from '../helpers/staff.js';

type Server = Awaited<ReturnType<typeof testServer>>;
let server: Server;
let admin: Record<string, string>;
let helper: Record<string, string>;
let reference: string;

const BANKID_TITLE = 'BankID – skaffa, förnya och använda säkert';

beforeEach(async () => {
  server = await testServer();
  admin = await signedIn(server, 'anna', 'admin');
  helper = await signedIn(server, 'hugo', 'helper');
  // A real request, cancelled by the helper through the inbox route.
  const booked = await postBooking(server, bookingBody([await addSession(server)]));
  reference = booked.json().reference;
  const { id } = await server.db.selectFrom('booking').select('id').executeTakeFirstOrThrow();
  const cancelled = await server.app.inject({
    method: 'POST',
    url: `/api/staff/bookings/${id}/status`,
    headers: helper,
    payload: { status: 'cancelled' },
  });
  expect(cancelled.statusCode, cancelled.body).toBe(200);
  await server.app.staff.audit({
    actor: { id: 1, username: 'anna' },
    action: 'save-text',
    target: 'guide/bankid/ar',
    beforeId: 'ar@1',
    afterId: 'ar@2',
  });
});
afterEach(async () => {
  await server.close();
});

async function page(query = ''): Promise<AuditPage> {
  const response = await server.app.inject({ url: `/api/staff/audit${query}`, headers: admin });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}
const kinds = (entries: AuditEntry[]) => entries.map((e) => e.kind);

describe('the audit log', () => {
  it('names what each entry is about: a request by its reference code, a guide by its Swedish title', async () => {
    const { entries, actors } = await page();
    expect(entries.find((e) => e.kind === 'set-request-status')).toMatchObject({
      actor: 'hugo',
      before: 'confirmed',
      after: 'cancelled',
      subject: { type: 'booking', name: reference },
    });
    expect(entries.find((e) => e.kind === 'save-text')).toMatchObject({
      actor: 'anna',
      subject: { type: 'guide', id: 'bankid', name: BANKID_TITLE, lang: 'ar' },
    });
    expect(entries.find((e) => e.kind === 'login' && e.actor === 'hugo')?.subject.name).toBe('hugo');
    expect(actors).toEqual(['anna', 'hugo']);
    // Newest first.
    expect(entries.map((e) => e.id)).toEqual([...entries.map((e) => e.id)].sort((a, b) => b - a));
  });

  it('names a category by its Swedish name', async () => {
    const category = { id: 'school', order: 20, name: { sv: 'Skola och förskola' }, icon: 'book-open' };
    const created = await server.app.inject({
      method: 'POST',
      url: '/api/staff/categories',
      headers: admin,
      payload: category,
    });
    expect(created.statusCode, created.body).toBe(201);
    const { entries } = await page('?kind=create-category');
    expect(entries.map((e) => e.subject)).toEqual([
      { type: 'category', id: 'school', lang: null, name: 'Skola och förskola' },
    ]);
  });

  it('filters by person and by kind', async () => {
    expect(kinds((await page('?actor=hugo')).entries).sort()).toEqual(['login', 'set-request-status']);
    const statuses = (await page('?kind=set-request-status')).entries;
    expect(statuses).toHaveLength(1);
    expect(statuses[0]?.actor).toBe('hugo');
    expect((await page('?actor=anna&kind=set-request-status')).entries).toEqual([]);
  });

  it('filters by days at the library, both ends included', async () => {
    const ids = (await page()).entries.map((e) => e.id);
    // 2030-01-01 23:30 and 2030-01-02 00:30 in Stockholm (UTC+1 in winter).
    await server.db
      .updateTable('audit_log')
      .set({ at: '2030-01-01T22:30:00.000Z' })
      .where('id', '=', ids[0] ?? 0)
      .execute();
    await server.db
      .updateTable('audit_log')
      .set({ at: '2030-01-01T23:30:00.000Z' })
      .where('id', '=', ids[1] ?? 0)
      .execute();
    expect((await page('?from=2030-01-01&to=2030-01-01')).entries.map((e) => e.id)).toEqual([ids[0]]);
    expect((await page('?from=2030-01-02')).entries.map((e) => e.id)).toEqual([ids[1]]);
    expect((await page('?to=2029-12-31')).entries).toHaveLength(ids.length - 2);
  });

  it('refuses bad filters with a problem naming the field, and changes nothing', async () => {
    const before = await server.db.selectFrom('audit_log').select('id').execute();
    for (const [query, field] of [
      ['?from=2030-02-01&to=2030-01-01', 'querystring/to'],
      ['?from=2030-02-30', 'querystring/from'],
      ['?kind=DROP%20TABLE', 'kind'],
      ['?limit=99999', 'limit'],
      ['?who=anna', 'querystring'],
    ] as const) {
      for (const url of [`/api/staff/audit${query}`, `/api/staff/audit.csv${query}`]) {
        const response = await server.app.inject({ url, headers: admin });
        expect(response.statusCode, url).toBe(400);
        expect(response.headers['content-type']).toMatch(/problem\+json/);
        expect(JSON.stringify(response.json()), url).toContain(field);
      }
    }
    expect(await server.db.selectFrom('audit_log').select('id').execute()).toEqual(before);
  });

  it('is for admins only', async () => {
    for (const url of ['/api/staff/audit', '/api/staff/audit.csv']) {
      expect((await server.app.inject({ url, headers: helper })).statusCode).toBe(403);
      expect((await server.app.inject({ url })).statusCode).toBe(401);
    }
  });
});

describe('the audit log as CSV', () => {
  it('exports the filtered log with names resolved, quoted, and no formula a spreadsheet would run', async () => {
    await server.app.staff.audit({
      actor: { id: null, username: '=HYPERLINK("http://evil.example","click")' },
      action: 'login',
      target: 'user/9',
    });
    const response = await server.app.inject({ url: '/api/staff/audit.csv', headers: admin });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(/attachment; filename="audit-log\.csv"/);
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe('at,actor,kind,subject_type,subject,language,before,after,after_name,target');
    expect(lines.find((l) => l.includes(',save-text,'))).toContain(
      `,guide,"${BANKID_TITLE}",ar,ar@1,ar@2,,guide/bankid/ar`,
    );
    expect(lines.find((l) => l.includes(',set-request-status,'))).toContain(
      `,booking,${reference},,confirmed,cancelled,`,
    );
    expect(lines.find((l) => l.includes('HYPERLINK'))).toMatch(
      /^[^,]+,"'=HYPERLINK\(""http:\/\/evil\.example"",""click""\)",login,/,
    );
  });

  it('exports only what the filter shows, and the export itself goes to the log', async () => {
    const response = await server.app.inject({ url: '/api/staff/audit.csv?kind=save-text', headers: admin });
    const rows = response.body.trimEnd().split('\r\n').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain(',anna,save-text,');
    const [latest] = (await page()).entries;
    expect(latest).toMatchObject({ kind: 'export-audit', actor: 'anna', after: '1' });
  });
});
