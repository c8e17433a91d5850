import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import { readerOf } from '../db/sqlite-connections.js';

/** How long a claim may stay in flight before a retry may take it over (its request died). */
export const IN_FLIGHT_STALE_MS = 30_000;

export type Claim =
  | { kind: 'new' }
  | { kind: 'replay'; status: number; body: string }
  | { kind: 'mismatch' }
  | { kind: 'in-flight' };

/**
 * Idempotency keys as the IETF draft and Stripe use them: a key is stored with the work its
 * request did and the answer it got, in that work's one transaction (see booking-repository), so
 * a retry gets that answer back; a key reused for another body is refused. Nothing is written
 * before the work: a request refused or cut short leaves no trace of its key.
 */
export function idempotencyRepository(db: Kysely<Database>, staleMs = IN_FLIGHT_STALE_MS) {
  // A key written by a booking still in its group commit is not seen here; that booking's
  // transaction then finds it taken, and its answer is looked up again after the commit.
  const reads = readerOf(db);
  return {
    /** What a request with this key gets: its stored answer, a refusal, or a go-ahead to do the work. */
    async lookup(key: string, requestHash: string, now: Date): Promise<Claim> {
      const row = await reads.selectFrom('idempotency_key').selectAll().where('key', '=', key).executeTakeFirst();
      if (!row) return { kind: 'new' };
      if (row.request_hash !== requestHash) return { kind: 'mismatch' };
      if (row.state === 'done')
        return { kind: 'replay', status: row.response_status ?? 200, body: row.response_body ?? '' };
      // An 'in-flight' claim comes from a server of an older release, which claimed keys in a
      // transaction of their own (several servers may share PostgreSQL while they are upgraded).
      // One whose request died holds no work: taking it over is safe, the unique booking key
      // stops a late original anyway.
      const stale = new Date(now.getTime() - staleMs).toISOString();
      return row.created_at < stale ? { kind: 'new' } : { kind: 'in-flight' };
    },

    /** Forgets keys older than the cutoff (their request hashes were made from personal data). */
    async forgetBefore(cutoff: Date): Promise<void> {
      await db.deleteFrom('idempotency_key').where('created_at', '<', cutoff.toISOString()).execute();
    },
  };
}

export type IdempotencyRepository = ReturnType<typeof idempotencyRepository>;
