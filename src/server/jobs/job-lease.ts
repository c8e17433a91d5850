import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** The lease table's two moves: take a job's run for a period, and mark that run finished. */
export interface JobLeases {
  /**
   * Takes the run of `job` for the period starting at `periodStart`, held by `holder` until
   * `leaseUntil`. True only for the one process that got it: the period is newer than the last
   * one taken, or the last holder of this period never finished and its lease has run out.
   */
  claim(job: string, periodStart: Date, holder: string, now: Date, leaseUntil: Date): Promise<boolean>;
  /** Marks the holder's run of that period finished, so nobody takes it over. */
  finish(job: string, periodStart: Date, holder: string, now: Date): Promise<void>;
}

/** The job leases in the database (SQLite or PostgreSQL: one conditional update decides the race on both). */
export function jobLeases(db: Kysely<Database>): JobLeases {
  return {
    async claim(job, periodStart, holder, now, leaseUntil) {
      const period = periodStart.toISOString();
      // A first run makes the row as "nothing run yet"; the update below then races for it like any other.
      await db
        .insertInto('job_lease')
        .values({ job, period_start: '', holder: '', lease_until: '', finished_at: null })
        .onConflict((oc) => oc.column('job').doNothing())
        .execute();
      const result = await db
        .updateTable('job_lease')
        .set({ period_start: period, holder, lease_until: leaseUntil.toISOString(), finished_at: null })
        .where('job', '=', job)
        .where((eb) =>
          eb.or([
            eb('period_start', '<', period),
            eb.and([
              eb('period_start', '=', period),
              eb('finished_at', 'is', null),
              eb('lease_until', '<=', now.toISOString()),
            ]),
          ]),
        )
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async finish(job, periodStart, holder, now) {
      await db
        .updateTable('job_lease')
        .set({ finished_at: now.toISOString() })
        .where('job', '=', job)
        .where('period_start', '=', periodStart.toISOString())
        .where('holder', '=', holder)
        .execute();
    },
  };
}
