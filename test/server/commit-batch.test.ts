import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { type Kysely, sql, type Transaction } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest, openSqlite } from '../../src/server/db/database.js';
import type { Database } from '../../src/server/db/schema.js';
import { commitBatcher } from '../../src/server/repositories/commit-batch.js';

let dir: string;
let db: Kysely<Database>;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'servicepunkt-batch-'));
  db = openSqlite(dir);
  await migrateToLatest(db);
});
afterEach(async () => {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

/** A piece of work that stores one key and answers with it. */
const storeKey = (key: string) => async (trx: Transaction<Database>) => {
  await trx
    .insertInto('idempotency_key')
    .values({
      key,
      request_hash: 'h',
      state: 'done',
      created_at: '2030-01-01T00:00:00Z',
      response_status: 201,
      response_body: '{}',
    })
    .execute();
  return key;
};

/** The keys on disk, read by a second connection: only what is committed. */
function committedKeys(): string[] {
  const reader = new SQLite(join(dir, 'servicepunkt.sqlite'), { readonly: true });
  try {
    return (reader.prepare('select key from idempotency_key order by key').all() as { key: string }[]).map(
      (r) => r.key,
    );
  } finally {
    reader.close();
  }
}

describe('group commit on the embedded SQLite', () => {
  it('answers each piece only once it is committed, and many pieces share a commit', async () => {
    const batch = commitBatcher(db);
    const seen: string[][] = [];
    const keys = Array.from({ length: 30 }, (_, i) => `k${String(i).padStart(2, '0')}`);
    const answers = await Promise.all(
      keys.map((key) =>
        batch(storeKey(key)).then((answer) => {
          seen.push(committedKeys());
          return answer;
        }),
      ),
    );
    expect(answers).toEqual(keys);
    // Each answer came with its own key already on disk.
    for (const [i, onDisk] of seen.entries()) expect(onDisk).toContain(answers[i]);
    // Asked for in one turn of the event loop, all 30 were committed together, before any answer.
    expect(seen[0]).toEqual(keys);
    expect(committedKeys()).toEqual(keys);
  });

  it('undoes a piece that fails, alone: the others in its batch are stored and answered', async () => {
    const batch = commitBatcher(db);
    const failing = async (trx: Transaction<Database>) => {
      await storeKey('b-half-done')(trx);
      throw new Error('the visitor asked for something impossible');
    };
    const results = await Promise.allSettled([
      batch(storeKey('a')),
      batch(failing),
      batch(storeKey('c')),
      batch(storeKey('a')), // the same key again: the primary key refuses it
      batch(storeKey('d')),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason).toEqual(
      new Error('the visitor asked for something impossible'),
    );
    expect(String((results[3] as PromiseRejectedResult).reason)).toMatch(/UNIQUE|PRIMARY/i);
    expect(committedKeys()).toEqual(['a', 'c', 'd']);
  });

  it('does the failing piece once, and the others again together', async () => {
    const batch = commitBatcher(db);
    let tries = 0;
    const failing = async () => {
      tries++;
      throw new Error('refused');
    };
    const results = await Promise.allSettled([batch(storeKey('a')), batch(failing), batch(storeKey('b'))]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(tries).toBe(1);
    expect(committedKeys()).toEqual(['a', 'b']);
  });

  it('when the commit itself fails, tries each piece alone: only the one at fault fails', async () => {
    const batch = commitBatcher(db);
    // A place for a request that does not exist, its foreign key checked only at commit.
    let tries = 0;
    const faultyAtCommit = async (trx: Transaction<Database>) => {
      tries++;
      await sql`pragma defer_foreign_keys = on`.execute(trx);
      await trx.insertInto('slot_seat').values({ slot_id: 'nowhere', seat: 0, booking_id: 999_999 }).execute();
      return 'seat';
    };
    const results = await Promise.allSettled([batch(storeKey('a')), batch(faultyAtCommit), batch(storeKey('b'))]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(String((results[1] as PromiseRejectedResult).reason)).toMatch(/FOREIGN KEY/i);
    // Once in the batch, whose commit failed, and once alone.
    expect(tries).toBe(2);
    expect(committedKeys()).toEqual(['a', 'b']);
  });

  it('keeps working after a batch with a failure', async () => {
    const batch = commitBatcher(db);
    await Promise.allSettled([batch(storeKey('x')), batch(storeKey('x'))]);
    expect(await Promise.all([batch(storeKey('y')), batch(storeKey('z'))])).toEqual(['y', 'z']);
    expect(committedKeys()).toEqual(['x', 'y', 'z']);
  });
});
