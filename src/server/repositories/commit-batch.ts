import { type Kysely, SqliteAdapter, type Transaction } from 'kysely';
import type { Database } from '../db/schema.js';

type Work<T> = (trx: Transaction<Database>) => Promise<T>;

interface Job {
  work: Work<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** True for the embedded SQLite: one connection, so its writers take turns anyway. */
export function isSqlite(db: Kysely<Database>): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}

/**
 * Group commit for the embedded SQLite. With `synchronous=FULL` a commit waits for a flush to
 * disk, and SQLite's one connection makes every other writer wait behind it. So work that arrives
 * while a commit is under way is done next, all in one transaction: one flush covers them all. A
 * piece's promise settles only after the transaction holding it has committed, so no answer goes
 * out before its data is on disk.
 *
 * A piece that throws is undone alone: the batch is rolled back, that piece fails with its error,
 * and the pieces after it are done again with those before it, as if it had never come. (A
 * savepoint around every piece did the same at the cost of two more statements per booking, for an
 * error that is rare.) A commit that fails undoes pieces that did nothing wrong, so each is then
 * tried in a transaction of its own. A piece's work must be safe to do again after a rollback, as
 * work in a transaction is.
 */
export function commitBatcher(db: Kysely<Database>): <T>(work: Work<T>) => Promise<T> {
  let queue: Job[] = [];
  let running = false;
  let scheduled = false;

  type Outcome = { values: unknown[] } | { error: unknown; failed: number | null };

  /** The jobs' answers in one transaction, or what undid it: the piece that threw (null: the commit). */
  async function inOneTransaction(jobs: Job[]): Promise<Outcome> {
    const trx = await db.startTransaction().execute();
    const values: unknown[] = [];
    let failed: number | null = null;
    try {
      for (const [i, job] of jobs.entries()) {
        failed = i;
        values.push(await job.work(trx));
      }
      failed = null;
      await trx.commit().execute();
      return { values };
    } catch (error) {
      await trx
        .rollback()
        .execute()
        .catch(() => undefined);
      return { error, failed };
    }
  }

  async function runBatch(jobs: Job[]): Promise<void> {
    let pending = jobs;
    let commitError: unknown;
    while (pending.length > 0) {
      const outcome = await inOneTransaction(pending);
      if ('values' in outcome) {
        for (const [i, job] of pending.entries()) job.resolve(outcome.values[i]);
        return;
      }
      if (outcome.failed === null) {
        commitError = outcome.error;
        break;
      }
      pending[outcome.failed]?.reject(outcome.error);
      pending = pending.filter((_, i) => i !== outcome.failed);
    }
    // The commit failed: nothing in the batch is known to be at fault (a batch of one is).
    for (const job of pending) {
      if (pending.length === 1) {
        job.reject(commitError);
        continue;
      }
      const alone = await inOneTransaction([job]);
      if ('values' in alone) job.resolve(alone.values[0]);
      else job.reject(alone.error);
    }
  }

  async function drain(): Promise<void> {
    running = true;
    try {
      while (queue.length > 0) {
        const jobs = queue;
        queue = [];
        await runBatch(jobs).catch((error: unknown) => {
          for (const job of jobs) job.reject(error);
        });
      }
    } finally {
      running = false;
    }
  }

  return <T>(work: Work<T>) =>
    new Promise<T>((resolve, reject) => {
      queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      // Not at once: SQLite answers synchronously, so a request would run to its commit before
      // the next one is even read. After the requests read in this turn of the event loop have
      // done their checks, they are committed together.
      if (!running && !scheduled) {
        scheduled = true;
        setImmediate(() => {
          scheduled = false;
          void drain();
        });
      }
    });
}
