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
 * A piece that throws is undone alone: the batch is rolled back (as it is when its commit fails)
 * and each of its pieces is done again in a transaction of its own, so only the failing one fails.
 * Errors are rare; a savepoint around every piece instead was two more statements per booking. A
 * piece's work must therefore be safe to do again after a rollback, as work in a transaction is.
 */
export function commitBatcher(db: Kysely<Database>): <T>(work: Work<T>) => Promise<T> {
  let queue: Job[] = [];
  let running = false;
  let scheduled = false;

  /** The jobs' answers in one transaction, or the error that undid it (nothing of it is kept). */
  async function inOneTransaction(jobs: Job[]): Promise<{ values: unknown[] } | { error: unknown }> {
    const trx = await db.startTransaction().execute();
    try {
      const values: unknown[] = [];
      for (const job of jobs) values.push(await job.work(trx));
      await trx.commit().execute();
      return { values };
    } catch (error) {
      await trx
        .rollback()
        .execute()
        .catch(() => undefined);
      return { error };
    }
  }

  async function runBatch(jobs: Job[]): Promise<void> {
    const together = await inOneTransaction(jobs);
    if ('values' in together) {
      jobs.forEach((job, i) => job.resolve(together.values[i]));
      return;
    }
    if (jobs.length === 1) {
      jobs[0]?.reject(together.error);
      return;
    }
    for (const job of jobs) {
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
