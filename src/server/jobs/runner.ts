import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { jobLeases } from './job-lease.js';

/** A periodic job: it runs once per period of `everyMs` (periods start at multiples of it since 1970). */
export interface Job {
  name: string;
  everyMs: number;
  /** How long a run may hold its period before another process may take it over (default: the period, at most 10 minutes). */
  leaseMs?: number;
  /** One run; what it returns is logged as the run's result. */
  run(now: Date): Promise<unknown>;
}

/** What became of one job in one check. */
export type JobOutcome =
  | { job: string; ran: true; ok: true; tookMs: number; result: unknown }
  | { job: string; ran: true; ok: false; tookMs: number }
  | { job: string; ran: false };

export interface JobRunner {
  /** Runs every job whose current period no process has run yet (tests call it with their own clock). */
  runDue(now?: Date): Promise<JobOutcome[]>;
  /** No more runs; settles when runs under way have finished, so the database can be closed after it. */
  stop(): Promise<void>;
}

export interface RunnerDeps {
  db: Kysely<Database>;
  log: Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;
  /** Names this process in the lease table (default: host, process id and a random part). */
  holder?: string;
}

const MAX_LEASE_MS = 10 * 60_000;

/**
 * Runs periodic jobs once per period across every server process on the database: before a run
 * the process takes the job's lease row for that period (see job-lease.ts), and only the one that
 * got it runs. A failed run is logged and the next period runs as usual.
 */
export function jobRunner(deps: RunnerDeps, jobs: readonly Job[]): JobRunner {
  const leases = jobLeases(deps.db);
  const holder = deps.holder ?? `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const running = new Map<string, Promise<JobOutcome>>();
  let stopped = false;

  async function attempt(job: Job, now: Date): Promise<JobOutcome> {
    const periodStart = new Date(Math.floor(now.getTime() / job.everyMs) * job.everyMs);
    const leaseMs = job.leaseMs ?? Math.min(job.everyMs, MAX_LEASE_MS);
    const claimed = await leases.claim(job.name, periodStart, holder, now, new Date(now.getTime() + leaseMs));
    if (!claimed) return { job: job.name, ran: false };
    const started = performance.now();
    try {
      const result = await job.run(now);
      const tookMs = Math.round(performance.now() - started);
      deps.log.info({ job: job.name, tookMs, result }, 'job ran');
      if (tookMs > leaseMs) deps.log.warn({ job: job.name, tookMs, leaseMs }, 'job ran past its lease');
      await leases.finish(job.name, periodStart, holder, new Date(now.getTime() + tookMs));
      return { job: job.name, ran: true, ok: true, tookMs, result };
    } catch (error) {
      const tookMs = Math.round(performance.now() - started);
      deps.log.error({ job: job.name, tookMs, err: error }, 'job failed; it runs again next period');
      // Finished all the same: a run that fails every time is not retried by every process in turn.
      await leases.finish(job.name, periodStart, holder, new Date(now.getTime() + tookMs));
      return { job: job.name, ran: true, ok: false, tookMs };
    }
  }

  /** One job's attempt, unless one is still under way in this process (a slow mail server, say). */
  function check(job: Job, now: Date): Promise<JobOutcome> {
    const under = running.get(job.name);
    if (under) return Promise.resolve({ job: job.name, ran: false });
    const run = attempt(job, now)
      .catch((error: unknown): JobOutcome => {
        // The lease table itself failed (database gone): logged, and tried again at the next check.
        deps.log.error({ job: job.name, err: error }, 'could not take the job lease');
        return { job: job.name, ran: false };
      })
      .finally(() => running.delete(job.name));
    running.set(job.name, run);
    return run;
  }

  return {
    async runDue(now = new Date()) {
      if (stopped) return [];
      return Promise.all(jobs.map((job) => check(job, now)));
    },
    async stop() {
      stopped = true;
      await Promise.all(running.values());
    },
  };
}

/**
 * Starts the runner: a check now and then every `checkEveryMs` (default: a minute, or the shortest
 * period if shorter), so a period is run soon after it starts and a dead holder's run soon after its
 * lease runs out. Returns the runner; `stop()` ends the checks and waits for runs under way.
 */
export function startJobs(deps: RunnerDeps, jobs: readonly Job[], checkEveryMs?: number): JobRunner {
  const runner = jobRunner(deps, jobs);
  const every = checkEveryMs ?? Math.min(60_000, ...jobs.map((job) => job.everyMs));
  void runner.runDue();
  const timer = setInterval(() => void runner.runDue(), every);
  timer.unref();
  return {
    runDue: runner.runDue,
    async stop() {
      clearInterval(timer);
      await runner.stop();
    },
  };
}
