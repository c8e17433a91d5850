import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addDays, libraryLocal } from '../../src/domain/slot-rules.js';
import { deleteExpiredPersonalData } from '../../src/server/help/retention.js';
import { addSession, bookingBody, postBooking } from '../helpers/bookings.js';
import { testServer } from '../helpers/server.js';

type Server = Awaited<ReturnType<typeof testServer>>;
let server: Server;

beforeEach(async () => {
  server = await testServer();
});
afterEach(async () => {
  await server.close();
});

const DAY = 24 * 3600_000;
const all = () => server.app.bookings.list({ from: '2000-01-01' });

describe('personal data of help sessions', () => {
  it('is deleted 30 days after the session, keeping the request as an anonymous count', async () => {
    const slot = await addSession(server, { daysAhead: 2 });
    await postBooking(server, bookingBody([slot], { firstName: 'Amina', phone: '070 555 12 34', consent: true }));
    await postBooking(
      server,
      bookingBody([], { anyTime: true, firstName: 'Omar', email: 'omar@example.org', consent: true }),
    );
    const sessionDay = addDays(libraryLocal(new Date()).slice(0, 10), 2);

    // 30 days after the session: not yet (the request waiting since today is 32 days old by then).
    const thirtyDaysOn = new Date(Date.now() + 32 * DAY);
    expect(await deleteExpiredPersonalData(server.app, thirtyDaysOn)).toBe(1);
    const [placed, waiting] = [...(await all())].sort((a, b) => (a.slotId ? -1 : b.slotId ? 1 : 0));
    expect(placed).toMatchObject({ date: sessionDay, firstName: 'Amina', personalDataDeleted: false });
    expect(waiting).toMatchObject({ firstName: null, email: null, personalDataDeleted: true });

    // The day after: gone too; the counts still hold both requests.
    expect(await deleteExpiredPersonalData(server.app, new Date(Date.now() + 33 * DAY))).toBe(1);
    for (const request of await all()) {
      expect(request).toMatchObject({ firstName: null, phone: null, email: null, personalDataDeleted: true });
    }
    const counts = await server.app.bookings.counts('2000-01-01', '2100-01-01');
    expect(counts.reduce((n, c) => n + c.count, 0)).toBe(2);
    const stored = JSON.stringify(await server.db.selectFrom('booking').selectAll().execute());
    expect(stored).not.toMatch(/Amina|Omar|555|omar@/);
  });

  it('leaves no trace of deleted names in the database file or its write-ahead log', async () => {
    const name = 'Zyxwvutsrqpon';
    const slot = await addSession(server, { daysAhead: 1 });
    await postBooking(server, bookingBody([slot], { firstName: name, email: 'zyxw@example.org', consent: true }));
    const file = join(server.dataDir, 'servicepunkt.sqlite');
    const onDisk = () => [file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f).toString('latin1'));
    // The name is on disk before the deletion, so the check below can fail.
    expect(onDisk().some((bytes) => bytes.includes(name))).toBe(true);

    expect(await deleteExpiredPersonalData(server.app, new Date(Date.now() + 32 * DAY))).toBe(1);
    for (const bytes of onDisk()) {
      expect(bytes).not.toContain(name);
      expect(bytes).not.toContain('zyxw@example.org');
    }
  });

  it('keeps to a configured number of days', async () => {
    server.app.personalDataDays = 7;
    const slot = await addSession(server, { daysAhead: 1 });
    await postBooking(server, bookingBody([slot]));
    expect(await deleteExpiredPersonalData(server.app, new Date(Date.now() + 8 * DAY))).toBe(0);
    expect(await deleteExpiredPersonalData(server.app, new Date(Date.now() + 9 * DAY))).toBe(1);
  });
});
