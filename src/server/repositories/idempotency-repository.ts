import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';

/** How long a claim may stay in flight before a retry may take it over (its request died). */
export const IN_FLIGHT_STALE_MS = 30_000;

export type Claim =
  | { kind: 'claimed' }
  | { kind: 'replay'; status: number; body: string }
  | { kind: 'mismatch' }
  | { kind: 'in-flight' };

/**
 * Idempotency keys as the IETF draft and Stripe use them: the first request with a key claims it;
 * its answer is stored with the work it did (in the same transaction, see booking-repository), so
 * a retry gets that answer back; a key reused for another body is refused.
 */
export function idempotencyRepository(db: Kysely<Database>, staleMs = IN_FLIGHT_STALE_MS) {
  return {
    /** Claims the key for this request, or says why not (answered already, other body, in flight). */
    async claim(key: string, requestHash: string, now: Date): Promise<Claim> {
      const inserted = await db
        .insertInto('idempotency_key')
        .values({ key, request_hash: requestHash, state: 'in-flight', created_at: now.toISOString() })
        .onConflict((oc) => oc.column('key').doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) > 0) return { kind: 'claimed' };
      const row = await db.selectFrom('idempotency_key').selectAll().where('key', '=', key).executeTakeFirst();
      if (!row) return this.claim(key, requestHash, now); // released between the two statements
      if (row.request_hash !== requestHash) return { kind: 'mismatch' };
      if (row.state === 'done')
        return { kind: 'replay', status: row.response_status ?? 200, body: row.response_body ?? '' };
      // A claim whose request died (server restart, crash) holds no work: that is committed with
      // the answer. Taking it over is safe; the unique booking key stops a late original anyway.
      const stale = new Date(now.getTime() - staleMs).toISOString();
      const taken = await db
        .updateTable('idempotency_key')
        .set({ created_at: now.toISOString() })
        .where('key', '=', key)
        .where('state', '=', 'in-flight')
        .where('created_at', '<', stale)
        .executeTakeFirst();
      return Number(taken.numUpdatedRows) > 0 ? { kind: 'claimed' } : { kind: 'in-flight' };
    },

    /** Lets go of a claim whose request was refused, so nothing of it is kept. */
    async release(key: string): Promise<void> {
      await db.deleteFrom('idempotency_key').where('key', '=', key).where('state', '=', 'in-flight').execute();
    },

    /** The stored answer for a key, if its work was done. */
    async answer(key: string): Promise<{ status: number; body: string } | undefined> {
      const row = await db
        .selectFrom('idempotency_key')
        .select(['response_status', 'response_body'])
        .where('key', '=', key)
        .where('state', '=', 'done')
        .executeTakeFirst();
      return row ? { status: row.response_status ?? 200, body: row.response_body ?? '' } : undefined;
    },

    /** Forgets keys older than the cutoff (their request hashes were made from personal data). */
    async forgetBefore(cutoff: Date): Promise<void> {
      await db.deleteFrom('idempotency_key').where('created_at', '<', cutoff.toISOString()).execute();
    },
  };
}

export type IdempotencyRepository = ReturnType<typeof idempotencyRepository>;
