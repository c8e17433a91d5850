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
 * while a commit is under way is done next, all in one transaction, each piece in a savepoint of
 * its own (one that fails is undone alone): one flush covers them all. A piece's promise settles
 * only after the transaction holding it has committed, so no answer goes out before its data is
 * on disk; if that commit fails, every piece in it fails.
 */
export function commitBatcher(db: Kysely<Database>): <T>(work: Work<T>) => Promise<T> {
  let queue: Job[] = [];
  let running = false;
  let scheduled = false;

  async function runBatch(jobs: Job[]): Promise<void> {
    const outcomes: Array<{ ok: true; value: unknown } | { ok: false; error: unknown }> = [];
    const trx = await db.startTransaction().execute();
    try {
      for (const job of jobs) {
        const inner = await trx.savepoint('piece').execute();
        try {
          outcomes.push({ ok: true, value: await job.work(inner) });
        } catch (error) {
          outcomes.push({ ok: false, error });
          await inner.rollbackToSavepoint('piece').execute();
        }
        await inner.releaseSavepoint('piece').execute();
      }
      await trx.commit().execute();
    } catch (error) {
      await trx
        .rollback()
        .execute()
        .catch(() => undefined);
      for (const job of jobs) job.reject(error);
      return;
    }
    jobs.forEach((job, i) => {
      const outcome = outcomes[i];
      if (outcome?.ok) job.resolve(outcome.value);
      else job.reject(outcome?.error);
    });
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
