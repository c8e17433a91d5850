import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrateToLatest, openPostgres, openSqlite } from '../../src/server/db/database.js';
import type { Database } from '../../src/server/db/schema.js';
import { type Job, jobRunner, startJobs } from '../../src/server/jobs/runner.js';
import { TEST_DATABASE_URL } from '../helpers/postgres.js';

/** Two connections to one database, as two server processes have. */
interface Shared {
  first: Kysely<Database>;
  second: Kysely<Database>;
  close(): Promise<void>;
}

/** One SQLite file opened twice (two connections, as two processes would). */
async function sqliteShared(): Promise<Shared> {
  const dir = mkdtempSync(join(tmpdir(), 'servicepunkt-jobs-'));
  const first = openSqlite(dir);
  await migrateToLatest(first);
  const second = openSqlite(dir);
  return {
    first,
    second,
    async close() {
      await first.destroy();
      await second.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** One PostgreSQL schema with two connection pools. */
async function postgresShared(): Promise<Shared> {
  const schema = `test_${randomBytes(6).toString('hex')}`;
  const admin = openPostgres(TEST_DATABASE_URL, { max: 1 });
  await sql`create schema ${sql.id(schema)}`.execute(admin);
  const first = openPostgres(TEST_DATABASE_URL, { searchPath: schema });
  await migrateToLatest(first);
  const second = openPostgres(TEST_DATABASE_URL, { searchPath: schema });
  return {
    first,
    second,
    async close() {
      await first.destroy();
      await second.destroy();
      await sql`drop schema ${sql.id(schema)} cascade`.execute(admin);
      await admin.destroy();
    },
  };
}

/** A log that keeps what it is told. */
function memoryLog() {
  const lines: { level: string; fields: Record<string, unknown>; message: string }[] = [];
  const at = (level: string) => (fields: unknown, message?: string) =>
    void lines.push({ level, fields: fields as Record<string, unknown>, message: message ?? '' });
  return { lines, info: at('info'), warn: at('warn'), error: at('error') };
}

const MINUTE = 60_000;
/** A whole period boundary, so the test's times fall in the periods it means. */
const T0 = Math.ceil(Date.UTC(2030, 0, 7, 9) / (5 * MINUTE)) * 5 * MINUTE;

/** A job that counts its runs per period start, in a tally both runners share. */
function countingJob(name: string, everyMs: number, tally: Map<string, number>, who: string): Job {
  return {
    name,
    everyMs,
    async run(now) {
      const key = `${name}@${Math.floor(now.getTime() / everyMs)}`;
      tally.set(key, (tally.get(key) ?? 0) + 1);
      return { by: who };
    },
  };
}

const DATABASES = [
  { database: 'SQLite', open: sqliteShared, skip: false },
  { database: 'PostgreSQL', open: postgresShared, skip: !TEST_DATABASE_URL },
];

describe.each(DATABASES)('periodic jobs on $database', ({ open, skip }) => {
  it.skipIf(skip)('two processes over the same periods run each job once per period', async () => {
    const shared = await open();
    try {
      const tally = new Map<string, number>();
      const jobsFor = (who: string) => [
        countingJob('fast', MINUTE, tally, who),
        countingJob('slow', 5 * MINUTE, tally, who),
      ];
      const a = jobRunner({ db: shared.first, log: memoryLog(), holder: 'a' }, jobsFor('a'));
      const b = jobRunner({ db: shared.second, log: memoryLog(), holder: 'b' }, jobsFor('b'));
      // Both check every 20 s for 10 minutes, at the same instants (the worst case for a race).
      for (let t = T0; t < T0 + 10 * MINUTE; t += 20_000) {
        const now = new Date(t);
        await Promise.all([a.runDue(now), b.runDue(now)]);
      }
      const expected = new Map<string, number>();
      for (let m = 0; m < 10; m++) expected.set(`fast@${T0 / MINUTE + m}`, 1);
      for (let m = 0; m < 2; m++) expected.set(`slow@${T0 / (5 * MINUTE) + m}`, 1);
      expect(new Map([...tally].sort())).toEqual(new Map([...expected].sort()));
      await a.stop();
      await b.stop();
    } finally {
      await shared.close();
    }
  });

  it.skipIf(skip)('a crashed holder’s run is taken over once its lease runs out, and only then', async () => {
    const shared = await open();
    try {
      const ranBy: string[] = [];
      // The first process takes the run and dies in it: its run never ends, its lease is never finished.
      const hanging: Job = { name: 'sweep', everyMs: 5 * MINUTE, leaseMs: MINUTE, run: () => new Promise(() => {}) };
      const crashed = jobRunner({ db: shared.first, log: memoryLog(), holder: 'crashed' }, [hanging]);
      const survivor = jobRunner({ db: shared.second, log: memoryLog(), holder: 'survivor' }, [
        { ...hanging, run: async () => void ranBy.push('survivor') },
      ]);
      void crashed.runDue(new Date(T0));
      // Wait until the crashed process holds the lease (its claim is a database write).
      await expect
        .poll(async () => (await shared.second.selectFrom('job_lease').select('holder').executeTakeFirst())?.holder, {
          timeout: 30_000,
        })
        .toBe('crashed');
      expect(await survivor.runDue(new Date(T0 + 30_000))).toEqual([{ job: 'sweep', ran: false }]);
      expect(ranBy).toEqual([]);
      const [taken] = await survivor.runDue(new Date(T0 + MINUTE));
      expect(taken).toMatchObject({ job: 'sweep', ran: true, ok: true });
      expect(ranBy).toEqual(['survivor']);
      // Finished now: the same period is not run again.
      expect(await survivor.runDue(new Date(T0 + 3 * MINUTE))).toEqual([{ job: 'sweep', ran: false }]);
      await survivor.stop();
    } finally {
      await shared.close();
    }
  });
});

describe('the job runner', () => {
  it('logs every run with its time and result, and a failure does not stop later runs', async () => {
    const shared = await sqliteShared();
    try {
      const log = memoryLog();
      let calls = 0;
      const flaky: Job = {
        name: 'flaky',
        everyMs: MINUTE,
        async run() {
          calls++;
          if (calls === 1) throw new Error('mail server down');
          return { sent: 3 };
        },
      };
      const runner = jobRunner({ db: shared.first, log }, [flaky]);
      expect(await runner.runDue(new Date(T0))).toEqual([
        { job: 'flaky', ran: true, ok: false, tookMs: expect.any(Number) },
      ]);
      expect(await runner.runDue(new Date(T0 + MINUTE))).toEqual([
        { job: 'flaky', ran: true, ok: true, tookMs: expect.any(Number), result: { sent: 3 } },
      ]);
      expect(
        log.lines.map((l) => [l.level, l.fields.job, l.fields.result ?? (l.fields.err as Error)?.message]),
      ).toEqual([
        ['error', 'flaky', 'mail server down'],
        ['info', 'flaky', { sent: 3 }],
      ]);
      expect(log.lines.every((l) => typeof l.fields.tookMs === 'number')).toBe(true);
      await runner.stop();
    } finally {
      await shared.close();
    }
  });

  it('stop waits for a run under way, which finishes its lease before the database closes', async () => {
    const shared = await sqliteShared();
    try {
      let release = () => {};
      let started = false;
      const slow: Job = {
        name: 'slow',
        everyMs: MINUTE,
        run: () =>
          new Promise<void>((resolve) => {
            started = true;
            release = resolve;
          }),
      };
      const runner = startJobs({ db: shared.first, log: memoryLog() }, [slow]);
      await expect.poll(() => started, { timeout: 30_000 }).toBe(true);
      const stopped = runner.stop();
      release();
      await stopped;
      const lease = await shared.first.selectFrom('job_lease').selectAll().executeTakeFirstOrThrow();
      expect(lease.finished_at).not.toBeNull();
      // Stopped: a check asked for afterwards runs nothing.
      expect(await runner.runDue(new Date(Date.now() + 10 * MINUTE))).toEqual([]);
    } finally {
      await shared.close();
    }
  });
});
