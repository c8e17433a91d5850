import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OpeningHours } from '../../src/domain/help.js';
import { migrateToLatest, openPostgres, openSqlite } from '../../src/server/db/database.js';
import type { Database } from '../../src/server/db/schema.js';
import { alertRepository } from '../../src/server/fleet/alert-repository.js';
import { type AlertSweepDeps, alertSweep } from '../../src/server/fleet/alert-sweep.js';
import { smtpSender } from '../../src/server/reminders/smtp-sender.js';
import { TEST_DATABASE_URL } from '../helpers/postgres.js';
import { parseMail, startSmtp } from '../helpers/smtp.js';

const MINUTE_MS = 60_000;
const PUBLIC_URL = 'https://bibliotek.example';
const HOURS: OpeningHours = {
  '1': { open: '10:00', close: '20:00' },
  '2': { open: '10:00', close: '20:00' },
  '3': { open: '10:00', close: '20:00' },
  '4': { open: '10:00', close: '20:00' },
  '5': { open: '10:00', close: '20:00' },
};
const CITY = { id: 'city', name: 'Stadsbiblioteket', emails: ['it@bibliotek.example', 'chef@bibliotek.example'] };
const NORTH = { id: 'north', name: 'Norrbiblioteket', emails: ['norr@bibliotek.example'] };
const SOUTH = { id: 'south', name: 'Söderbiblioteket', emails: [] as string[] };

/** Library time in the week of Monday 2026-12-07 (winter, +01:00), e.g. `Mon 10:30`. */
function at(when: string): Date {
  const [day, time] = when.split(' ');
  const date = { Mon: '2026-12-07', Tue: '2026-12-08' }[day ?? ''];
  return new Date(`${date}T${time}+01:00`);
}

/** An empty, migrated database of the given kind, and how to throw it away. */
async function openDatabase(kind: 'SQLite' | 'PostgreSQL') {
  if (kind === 'SQLite') {
    const dir = mkdtempSync(join(tmpdir(), 'servicepunkt-alerts-'));
    const db = openSqlite(dir);
    await migrateToLatest(db);
    return {
      db,
      close: async () => {
        await db.destroy();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = openPostgres(TEST_DATABASE_URL, { max: 1 });
  await sql`create schema ${sql.id(schema)}`.execute(admin);
  const db = openPostgres(TEST_DATABASE_URL, { searchPath: schema });
  await migrateToLatest(db);
  return {
    db,
    close: async () => {
      await db.destroy();
      await sql`drop schema ${sql.id(schema)} cascade`.execute(admin);
      await admin.destroy();
    },
  };
}

async function addBranch(db: Kysely<Database>, branch: { id: string; name: string; emails: string[] }) {
  await db
    .insertInto('branch')
    .values({
      id: branch.id,
      name: branch.name,
      place: 'Entréplan',
      place_translations: '{}',
      opening_hours: JSON.stringify(HOURS),
      alert_emails: JSON.stringify(branch.emails),
    })
    .execute();
}

/** A kiosk as the heartbeat route leaves it: online since its newest beat (or never seen). */
async function addKiosk(db: Kysely<Database>, id: string, name: string, branchId: string, lastSeen: Date | null) {
  await db
    .insertInto('kiosk')
    .values({
      id,
      name,
      branch_id: branchId,
      token_hash: randomBytes(32).toString('hex'),
      settings: '{}',
      settings_version: 1,
      beats: 0,
      enrolled_at: at('Mon 08:00').toISOString(),
      state: lastSeen ? 'online' : 'never-seen',
      state_since: (lastSeen ?? at('Mon 08:00')).toISOString(),
      last_seen_at: lastSeen?.toISOString() ?? null,
      content_version: null,
      outbox_pending: 0,
      storage_used_kb: 1000,
      storage_quota_kb: 100_000,
    })
    .execute();
}

/** A beat as the heartbeat route records it. */
async function beat(db: Kysely<Database>, id: string, now: Date) {
  await db
    .updateTable('kiosk')
    .set({ last_seen_at: now.toISOString(), state: 'online', state_since: now.toISOString() })
    .where('id', '=', id)
    .execute();
}

const ENTRANCE = 'k-aaaaaaaaaaaaaaa1';
const CHILDREN = 'k-aaaaaaaaaaaaaaa2';
const UNUSED = 'k-aaaaaaaaaaaaaaa3';
const NORTH_KIOSK = 'k-bbbbbbbbbbbbbbb1';
const SOUTH_KIOSK = 'k-ccccccccccccccc1';

const kinds = [
  { database: 'SQLite' as const, skip: false },
  { database: 'PostgreSQL' as const, skip: !TEST_DATABASE_URL },
];

describe.each(kinds)('the alert sweep on $database', ({ database, skip }) => {
  let store: Awaited<ReturnType<typeof openDatabase>>;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let logged: string[];
  let deps: AlertSweepDeps;

  beforeEach(async () => {
    if (skip) return;
    store = await openDatabase(database);
    smtp = await startSmtp();
    logged = [];
    const record = (...args: unknown[]) => {
      logged.push(JSON.stringify(args));
    };
    deps = {
      db: store.db,
      log: { info: record, warn: record, error: record },
      mail: smtpSender(smtp.url, 'Servicepunkt <noreply@bibliotek.test>'),
      publicUrl: PUBLIC_URL,
      // A server that has been up since the morning, unless a test says otherwise.
      watchingSince: at('Mon 08:00'),
      // Small batches, so the tests cross batch boundaries.
      batchSize: 2,
    };
    for (const branch of [CITY, NORTH, SOUTH]) await addBranch(store.db, branch);
  });
  afterEach(async () => {
    if (skip) return;
    await smtp.close();
    await store.close();
  });

  /** Sweeps once a minute from `from` to `until`; returns each e-mail with the sweep that sent it. */
  async function sweepEveryMinute(from: Date, until: Date, onMinute?: (now: Date) => Promise<void>) {
    const sweep = alertSweep(deps);
    const sent: Array<{ at: Date; to: string[]; subject: string; text: string }> = [];
    for (let ms = from.getTime(); ms <= until.getTime(); ms += MINUTE_MS) {
      const now = new Date(ms);
      await onMinute?.(now);
      const before = smtp.received.length;
      await sweep(now);
      for (const mail of smtp.received.slice(before)) {
        const { subject, text } = parseMail(mail.raw);
        sent.push({ at: now, to: mail.to, subject, text: text.replace(/\r\n/g, '\n') });
      }
    }
    return sent;
  }

  const history = async (id: string) =>
    (
      await store.db
        .selectFrom('kiosk_state_change')
        .select(['at', 'from_state', 'to_state'])
        .where('kiosk_id', '=', id)
        .orderBy('id')
        .execute()
    ).map((c) => `${c.from_state}→${c.to_state} ${c.at}`);

  it.skipIf(skip)('sends one e-mail per branch per change, to its addresses, in plain Swedish', async () => {
    const { db } = store;
    await addKiosk(db, ENTRANCE, 'Entrén', CITY.id, at('Mon 10:30'));
    await addKiosk(db, CHILDREN, 'Barnavdelningen', CITY.id, at('Mon 10:30'));
    await addKiosk(db, UNUSED, 'Oanvänd', CITY.id, null);
    await addKiosk(db, NORTH_KIOSK, 'Norr 1', NORTH.id, at('Mon 10:40'));
    await addKiosk(db, SOUTH_KIOSK, 'Söder 1', SOUTH.id, at('Mon 10:30'));
    const neverSeenBefore = await db.selectFrom('kiosk').selectAll().where('id', '=', UNUSED).executeTakeFirstOrThrow();

    // Both city kiosks come back at 11:05; the north one stays away.
    const sent = await sweepEveryMinute(at('Mon 10:31'), at('Mon 11:30'), async (now) => {
      if (
        now.getTime() >= at('Mon 11:05').getTime() &&
        (now.getTime() - at('Mon 11:05').getTime()) % (5 * MINUTE_MS) === 0
      )
        for (const id of [ENTRANCE, CHILDREN]) await beat(db, id, now);
    });

    expect(sent.map((m) => `${m.at.toISOString()} ${m.to.join(',')} ${m.subject}`)).toEqual([
      `${at('Mon 10:51').toISOString()} ${CITY.emails.join(',')} Servicepunkt: 2 ändringar för surfplattorna på Stadsbiblioteket`,
      `${at('Mon 11:00').toISOString()} ${CITY.emails.join(',')} Servicepunkt: 2 ändringar för surfplattorna på Stadsbiblioteket`,
      `${at('Mon 11:01').toISOString()} ${NORTH.emails.join(',')} Servicepunkt: en ändring för surfplattorna på Norrbiblioteket`,
      `${at('Mon 11:10').toISOString()} ${NORTH.emails.join(',')} Servicepunkt: en ändring för surfplattorna på Norrbiblioteket`,
      `${at('Mon 11:25').toISOString()} ${CITY.emails.join(',')} Servicepunkt: 2 ändringar för surfplattorna på Stadsbiblioteket`,
    ]);
    expect(sent[1]?.text).toBe(
      [
        'Hej!',
        '',
        'Det här har hänt med surfplattorna på Stadsbiblioteket:',
        '',
        '2026-12-07 kl. 11:00: Entrén har inte hörts av sedan 2026-12-07 kl. 10:30 och räknas nu som frånkopplad. Är den avstängd eller utan nät?',
        `  ${PUBLIC_URL}/staff/#/fleet/${ENTRANCE}`,
        '',
        '2026-12-07 kl. 11:00: Barnavdelningen har inte hörts av sedan 2026-12-07 kl. 10:30 och räknas nu som frånkopplad. Är den avstängd eller utan nät?',
        `  ${PUBLIC_URL}/staff/#/fleet/${CHILDREN}`,
        '',
        'Tiderna är svensk tid. Brevet kommer från Servicepunkt, eftersom er adress står som mottagare av',
        'larm för Stadsbiblioteket. Ni får ett nytt brev när något ändras igen.',
        '',
      ].join('\n'),
    );
    expect(sent[0]?.text).toContain(
      '2026-12-07 kl. 10:51: Entrén har inte hörts av sedan 2026-12-07 kl. 10:30. Den har missat minst tre livstecken i rad.',
    );
    expect(sent[4]?.text).toContain(
      '2026-12-07 kl. 11:25: Entrén hörs av igen och har fungerat i 20 minuter (var frånkopplad).',
    );

    // History: one row per change, none for kiosks whose state never moved.
    expect(await history(ENTRANCE)).toEqual([
      `online→stale ${at('Mon 10:46').toISOString()}`,
      `stale→offline ${at('Mon 11:00').toISOString()}`,
    ]);
    expect(await history(NORTH_KIOSK)).toEqual([
      `online→stale ${at('Mon 10:56').toISOString()}`,
      `stale→offline ${at('Mon 11:10').toISOString()}`,
    ]);
    expect(await history(UNUSED)).toEqual([]);
    expect(await db.selectFrom('kiosk').selectAll().where('id', '=', UNUSED).executeTakeFirstOrThrow()).toEqual(
      neverSeenBefore,
    );

    // The branch with no addresses: nothing sent, said once, its notices settled so none pile up.
    expect(logged.filter((l) => l.includes('no alert addresses'))).toHaveLength(1);
    const south = await db
      .selectFrom('kiosk_alert_notice')
      .select(['kind', 'outcome'])
      .where('kiosk_id', '=', SOUTH_KIOSK)
      .orderBy('id')
      .execute();
    expect(south).toEqual([
      { kind: 'stale', outcome: 'no-recipients' },
      { kind: 'offline', outcome: 'no-recipients' },
    ]);
  });

  it.skipIf(skip)('tries a refused e-mail again on the next sweep, and never sends a notice twice', async () => {
    const { db } = store;
    await addKiosk(db, ENTRANCE, 'Entrén', CITY.id, at('Mon 10:30'));
    const sweep = alertSweep(deps);
    for (let ms = at('Mon 10:31').getTime(); ms < at('Mon 11:00').getTime(); ms += MINUTE_MS) await sweep(new Date(ms));
    expect(smtp.received).toHaveLength(1);

    smtp.state.refuse = true;
    expect(await sweep(at('Mon 11:00'))).toMatchObject({ stateChanges: 1, notices: 1, emails: 0, failed: 1 });
    expect(await sweep(at('Mon 11:01'))).toMatchObject({ stateChanges: 0, notices: 0, emails: 0, failed: 1 });
    expect(smtp.received).toHaveLength(1);
    expect(logged.filter((l) => l.includes('tried again on the next sweep'))).toHaveLength(2);
    // The log names neither the addresses nor the mail server's words about them.
    expect(logged.join('\n')).not.toContain('bibliotek.example');

    smtp.state.refuse = false;
    expect(await sweep(at('Mon 11:02'))).toMatchObject({ emails: 1, failed: 0 });
    for (let ms = at('Mon 11:03').getTime(); ms <= at('Mon 11:20').getTime(); ms += MINUTE_MS)
      await sweep(new Date(ms));
    expect(smtp.received).toHaveLength(2);
    const retried = parseMail(smtp.received[1]?.raw ?? '').text;
    // The notice keeps the time it was made, not the time it finally went out.
    expect(retried).toContain(
      '2026-12-07 kl. 11:00: Entrén har inte hörts av sedan 2026-12-07 kl. 10:30 och räknas nu',
    );
    expect(retried.match(/Entrén/g)).toHaveLength(1);
  });

  it.skipIf(skip)('sends nothing for a kiosk switched off at closing and on again next morning', async () => {
    const { db } = store;
    await addKiosk(db, ENTRANCE, 'Entrén', CITY.id, at('Mon 19:58'));
    const sweep = alertSweep(deps);
    // Every ten minutes through the night (the rule depends only on the instant, not on how often
    // it runs); switched on at 09:50, it beats again from then on.
    for (let ms = at('Mon 20:00').getTime(); ms <= at('Tue 11:00').getTime(); ms += 10 * MINUTE_MS) {
      if (ms >= at('Tue 09:50').getTime()) await beat(db, ENTRANCE, new Date(ms));
      await sweep(new Date(ms));
    }
    expect(smtp.received).toEqual([]);
    expect(await history(ENTRANCE)).toEqual([]);
    const notices = await db.selectFrom('kiosk_alert_notice').selectAll().execute();
    expect(notices).toEqual([]);
  });

  it.skipIf(skip)(
    'e-mails an offline kiosk within 30 minutes and one sweep of its last beat in opening hours',
    async () => {
      const { db } = store;
      const lastBeat = new Date(at('Mon 10:30').getTime() + 20_000);
      await addKiosk(db, ENTRANCE, 'Entrén', CITY.id, lastBeat);
      const sent = await sweepEveryMinute(at('Mon 10:31'), at('Mon 11:10'));
      const offline = sent.find((m) => m.text.includes('räknas nu som frånkopplad'));
      const delay = (offline?.at.getTime() ?? Number.POSITIVE_INFINITY) - lastBeat.getTime();
      expect(delay).toBeGreaterThanOrEqual(30 * MINUTE_MS);
      expect(delay).toBeLessThanOrEqual(31 * MINUTE_MS);
    },
  );

  it.skipIf(skip)(
    'tells content behind for a day, a stuck outbox and full storage from the beats, each once',
    async () => {
      const { db } = store;
      // Version 2 has been in force since Sunday; the kiosk still shows version 1.
      for (const [version, published] of [
        [1, '2026-12-01T09:00:00.000Z'],
        [2, '2026-12-06T09:00:00.000Z'],
      ] as const)
        await db
          .insertInto('content_version')
          .values({
            version,
            created_at: published,
            changelog: '',
            manifest: '{}',
            etag: `"${version}"`,
            editorial: null,
          })
          .execute();
      await addKiosk(db, ENTRANCE, 'Entrén', CITY.id, at('Mon 10:00'));
      await db
        .updateTable('kiosk')
        .set({ content_version: 1, outbox_pending: 2, storage_used_kb: 85_000 })
        .where('id', '=', ENTRANCE)
        .execute();
      const sent = await sweepEveryMinute(at('Mon 10:01'), at('Mon 11:30'), async (now) => {
        const minute = (now.getTime() - at('Mon 10:00').getTime()) / MINUTE_MS;
        if (minute % 5 !== 0) return;
        await beat(db, ENTRANCE, now);
        // It catches up at 11:15 and its outbox drains at 11:20; storage hovers between 76 % and 85 %.
        await db
          .updateTable('kiosk')
          .set({
            content_version: minute >= 75 ? 2 : 1,
            outbox_pending: minute >= 80 ? 0 : 2,
            storage_used_kb: minute % 10 === 0 ? 76_000 : 85_000,
          })
          .where('id', '=', ENTRANCE)
          .execute();
      });
      const lines = sent.flatMap((m) => m.text.split('\n').filter((l) => l.startsWith('2026-')));
      expect(lines).toEqual([
        '2026-12-07 kl. 10:01: Entrén har använt mer än 80 % av sitt lagringsutrymme.',
        '2026-12-07 kl. 10:31: Entrén har inte hämtat det senaste innehållet, som publicerades för mer än ett dygn sedan.',
        '2026-12-07 kl. 11:01: Entrén har förfrågningar från besökare som inte har kunnat skickas på över en timme.',
        '2026-12-07 kl. 11:15: Entrén har nu hämtat det senaste innehållet.',
        '2026-12-07 kl. 11:20: Entrén har nu skickat alla förfrågningar som väntade.',
      ]);
      expect(sent).toHaveLength(5);
    },
  );

  it.skipIf(skip)('keeps states without a mail server, drops the notices and says so once', async () => {
    const { db } = store;
    await addKiosk(db, ENTRANCE, 'Entrén', CITY.id, at('Mon 10:30'));
    const sweep = alertSweep({ ...deps, mail: null });
    for (let ms = at('Mon 10:31').getTime(); ms <= at('Mon 11:05').getTime(); ms += MINUTE_MS)
      await sweep(new Date(ms));
    expect(await history(ENTRANCE)).toEqual([
      `online→stale ${at('Mon 10:46').toISOString()}`,
      `stale→offline ${at('Mon 11:00').toISOString()}`,
    ]);
    expect(logged.filter((l) => l.includes('no mail server'))).toHaveLength(1);
    const outcomes = await db.selectFrom('kiosk_alert_notice').select(['kind', 'outcome']).orderBy('id').execute();
    expect(outcomes).toEqual([
      { kind: 'stale', outcome: 'no-mail-server' },
      { kind: 'offline', outcome: 'no-mail-server' },
    ]);
    expect(smtp.received).toEqual([]);
  });

  it.skipIf(skip)('marks a revoked kiosk revoked and tells nobody', async () => {
    const { db } = store;
    await addKiosk(db, ENTRANCE, 'Entrén', CITY.id, at('Mon 10:30'));
    await db
      .updateTable('kiosk')
      .set({ revoked_at: at('Mon 10:35').toISOString() })
      .where('id', '=', ENTRANCE)
      .execute();
    await sweepEveryMinute(at('Mon 10:36'), at('Mon 11:10'));
    expect(await history(ENTRANCE)).toEqual([`online→revoked ${at('Mon 10:36').toISOString()}`]);
    expect(smtp.received).toEqual([]);
    expect(await db.selectFrom('kiosk_alert_notice').selectAll().execute()).toEqual([]);
  });

  it.skipIf(skip)('does not call every kiosk offline when the server itself comes back from an hour down', async () => {
    const { db } = store;
    await addKiosk(db, ENTRANCE, 'Entrén', CITY.id, at('Mon 10:30'));
    await addKiosk(db, CHILDREN, 'Barnavdelningen', CITY.id, at('Mon 10:30'));
    // No sweep ran (and no beat arrived) from 10:31 to 11:29; the entrance kiosk beats again at 11:33,
    // the children's kiosk really is gone and is counted from the server's return.
    deps = { ...deps, watchingSince: undefined };
    const sent = await sweepEveryMinute(at('Mon 11:30'), at('Mon 12:10'), async (now) => {
      const minute = (now.getTime() - at('Mon 11:33').getTime()) / MINUTE_MS;
      if (minute >= 0 && minute % 5 === 0) await beat(db, ENTRANCE, now);
    });
    expect(await history(ENTRANCE)).toEqual([]);
    expect(await history(CHILDREN)).toEqual([
      `online→stale ${at('Mon 11:46').toISOString()}`,
      `stale→offline ${at('Mon 12:00').toISOString()}`,
    ]);
    expect(sent.map((m) => m.text.split('\n').filter((l) => l.startsWith('2026-')))).toEqual([
      [
        '2026-12-07 kl. 11:51: Barnavdelningen har inte hörts av sedan 2026-12-07 kl. 10:30. Den har missat minst tre livstecken i rad.',
      ],
      [
        '2026-12-07 kl. 12:00: Barnavdelningen har inte hörts av sedan 2026-12-07 kl. 10:30 och räknas nu som frånkopplad. Är den avstängd eller utan nät?',
      ],
    ]);
  });

  it.skipIf(skip)('still alerts every other branch when one branch row is damaged', async () => {
    const { db } = store;
    await db
      .updateTable('branch')
      .set({ alert_emails: 'not json', opening_hours: '{' })
      .where('id', '=', SOUTH.id)
      .execute();
    await addKiosk(db, ENTRANCE, 'Entrén', CITY.id, at('Mon 10:30'));
    await addKiosk(db, SOUTH_KIOSK, 'Söder 1', SOUTH.id, at('Mon 10:30'));
    const sent = await sweepEveryMinute(at('Mon 10:31'), at('Mon 11:00'));
    expect(sent.map((m) => m.to)).toEqual([CITY.emails, CITY.emails]);
    // The damaged branch is watched around the clock and its notices go nowhere, said in the log.
    expect(await history(SOUTH_KIOSK)).toEqual([
      `online→stale ${at('Mon 10:46').toISOString()}`,
      `stale→offline ${at('Mon 11:00').toISOString()}`,
    ]);
    expect(logged.filter((l) => l.includes('no alert addresses'))).toHaveLength(1);
  });

  it.skipIf(skip)('forgets settled notices after 90 days, and never an unsent one', async () => {
    const { db } = store;
    await addKiosk(db, ENTRANCE, 'Entrén', CITY.id, at('Mon 10:30'));
    const old = '2026-09-01T10:00:00.000Z';
    const recent = '2026-11-20T10:00:00.000Z';
    await db
      .insertInto('kiosk_alert_notice')
      .values([
        { kiosk_id: ENTRANCE, kind: 'offline', at: old, last_seen_at: old, settled_at: old, outcome: 'sent' },
        {
          kiosk_id: ENTRANCE,
          kind: 'recovered',
          at: recent,
          last_seen_at: recent,
          settled_at: recent,
          outcome: 'sent',
        },
      ])
      .execute();
    smtp.state.refuse = true;
    await db.updateTable('kiosk').set({ last_seen_at: old }).where('id', '=', ENTRANCE).execute();
    // The kiosk's offline notice cannot be sent; it stays however old the sweep finds it.
    const notices = () =>
      db.selectFrom('kiosk_alert_notice').select(['kind', 'at', 'settled_at']).orderBy('id').execute();
    const offline = { kind: 'offline', at: at('Mon 10:40').toISOString(), settled_at: null };
    await alertSweep(deps)(at('Mon 10:40'));
    expect(await notices()).toEqual([{ kind: 'recovered', at: recent, settled_at: recent }, offline]);
    await alertSweep(deps)(new Date(at('Mon 10:40').getTime() + 100 * 24 * 60 * MINUTE_MS));
    expect(await notices()).toEqual([offline]);
  });

  it.skipIf(skip)('leaves a kiosk whose beat arrived during the sweep for the next sweep', async () => {
    const { db } = store;
    await addKiosk(db, ENTRANCE, 'Entrén', CITY.id, at('Mon 10:30'));
    const alerts = alertRepository(db);
    const [read] = await alerts.kiosks('', 10);
    if (!read) throw new Error('the kiosk was not read back');
    await beat(db, ENTRANCE, at('Mon 11:00'));
    const changed = await alerts.write(
      [{ kiosk: read, state: 'offline', record: null, notices: [{ kind: 'offline' }] }],
      at('Mon 11:00').toISOString(),
    );
    expect(changed).toEqual({ stateChanges: 0, notices: 0 });
    expect(await db.selectFrom('kiosk').select('state').where('id', '=', ENTRANCE).executeTakeFirst()).toEqual({
      state: 'online',
    });
    expect(await history(ENTRANCE)).toEqual([]);
    expect(await db.selectFrom('kiosk_alert_notice').selectAll().execute()).toEqual([]);
  });
});
