import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { ENROLMENT_CODE_MINUTES, newEnrolmentCode, normaliseEnrolmentCode } from '../../domain/enrolment-code.js';
import type { EnrolmentRow, KioskIdentity } from '../../domain/schemas/fleet.js';
import type { Database } from '../db/schema.js';

/** SHA-256 (hex): codes and device tokens are random and high-entropy, so a fast hash is enough to keep them secret at rest. */
export const secretHash = (value: string) => createHash('sha256').update(value).digest('hex');

const KIOSK_ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** `k-` and 16 random letters and digits (rejection sampling: no letter is likelier than another). */
function newKioskId(): string {
  let id = '';
  while (id.length < 16) {
    for (const b of randomBytes(24)) if (b < 252 && id.length < 16) id += KIOSK_ID_ALPHABET[b % 36];
  }
  return `k-${id}`;
}

export type EnrolRefusal = 'unknown' | 'expired' | 'used' | 'withdrawn';
export type EnrolResult = { token: string; kiosk: KioskIdentity } | { refused: EnrolRefusal };

/** Why a code cannot enrol now, or null when it can. */
function refusalOf(row: { used_at: string | null; withdrawn_at: string | null; expires_at: string }, now: string) {
  if (row.withdrawn_at) return 'withdrawn';
  if (row.used_at) return 'used';
  if (row.expires_at <= now) return 'expired';
  return null;
}

/** One-time enrolment codes (only their hashes are kept) and the enrolment they allow. */
export function enrolmentRepository(db: Kysely<Database>) {
  return {
    /** Makes a code for a branch (and a name, or a kiosk to enrol again); the code itself is returned once. */
    async create(input: { branchId: string; name: string | null; kioskId: string | null; by: string }, now: Date) {
      const code = newEnrolmentCode((n) => randomBytes(n));
      const expiresAt = new Date(now.getTime() + ENROLMENT_CODE_MINUTES * 60_000).toISOString();
      const row = await db
        .insertInto('enrolment_code')
        .values({
          code_hash: secretHash(code),
          branch_id: input.branchId,
          name: input.name,
          kiosk_id: input.kioskId,
          created_at: now.toISOString(),
          created_by: input.by,
          expires_at: expiresAt,
          used_at: null,
          withdrawn_at: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return { id: row.id, code, expiresAt };
    },

    /** Codes that can still enrol a tablet, newest first. */
    async open(now: Date): Promise<EnrolmentRow[]> {
      const rows = await db
        .selectFrom('enrolment_code')
        .selectAll()
        .where('used_at', 'is', null)
        .where('withdrawn_at', 'is', null)
        .where('expires_at', '>', now.toISOString())
        .orderBy('id', 'desc')
        .execute();
      return rows.map((r) => ({
        id: r.id,
        branchId: r.branch_id,
        name: r.name,
        kioskId: r.kiosk_id,
        createdAt: r.created_at,
        createdBy: r.created_by,
        expiresAt: r.expires_at,
      }));
    },

    /** Withdraws an open code; false when there is no such code or it can no longer be used. */
    async withdraw(id: number, now: Date): Promise<boolean> {
      const result = await db
        .updateTable('enrolment_code')
        .set({ withdrawn_at: now.toISOString() })
        .where('id', '=', id)
        .where('used_at', 'is', null)
        .where('withdrawn_at', 'is', null)
        .where('expires_at', '>', now.toISOString())
        .executeTakeFirst();
      return result.numUpdatedRows > 0n;
    },

    /**
     * Enrols a tablet with a code, in one transaction: the code is taken by a conditional update
     * (of two tablets racing for one code exactly one changes the row; the other is told it was
     * used), then a new kiosk is made, or the code's kiosk gets a fresh token and starts again.
     */
    async enrol(input: string, now: Date): Promise<EnrolResult> {
      const code = normaliseEnrolmentCode(input);
      if (!code) return { refused: 'unknown' };
      const at = now.toISOString();
      const token = randomBytes(32).toString('base64url');
      return db.transaction().execute(async (trx): Promise<EnrolResult> => {
        const row = await trx
          .selectFrom('enrolment_code')
          .innerJoin('branch', 'branch.id', 'enrolment_code.branch_id')
          .selectAll('enrolment_code')
          .select('branch.name as branch_name')
          .where('code_hash', '=', secretHash(code))
          .executeTakeFirst();
        if (!row) return { refused: 'unknown' };
        const refusal = refusalOf(row, at);
        if (refusal) return { refused: refusal };
        const taken = await trx
          .updateTable('enrolment_code')
          .set({ used_at: at })
          .where('id', '=', row.id)
          .where('used_at', 'is', null)
          .where('withdrawn_at', 'is', null)
          .executeTakeFirst();
        if (taken.numUpdatedRows === 0n) return { refused: 'used' };

        const again = row.kiosk_id
          ? await trx
              .selectFrom('kiosk')
              .select(['id', 'name', 'state'])
              .where('id', '=', row.kiosk_id)
              .executeTakeFirst()
          : undefined;
        if (again) {
          const name = row.name ?? again.name;
          await trx
            .updateTable('kiosk')
            .set({
              name,
              branch_id: row.branch_id,
              token_hash: secretHash(token),
              revoked_at: null,
              state: 'never-seen',
              state_since: at,
              last_beat_seq: null,
              settings_version: (eb) => eb('settings_version', '+', 1),
            })
            .where('id', '=', again.id)
            .execute();
          await trx
            .insertInto('kiosk_state_change')
            .values({ kiosk_id: again.id, at, from_state: again.state, to_state: 'never-seen' })
            .execute();
          return { token, kiosk: { id: again.id, name, branchId: row.branch_id, branchName: row.branch_name } };
        }
        const count = await trx
          .selectFrom('kiosk')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('branch_id', '=', row.branch_id)
          .executeTakeFirstOrThrow();
        const id = newKioskId();
        const name = row.name ?? `${row.branch_name} ${Number(count.n) + 1}`;
        await trx
          .insertInto('kiosk')
          .values({
            id,
            name,
            branch_id: row.branch_id,
            token_hash: secretHash(token),
            enrolled_at: at,
            revoked_at: null,
            settings: '{}',
            settings_version: 1,
            settings_applied: null,
            state: 'never-seen',
            state_since: at,
            last_seen_at: null,
            last_beat_seq: null,
            beats: 0,
            app_version: null,
            content_version: null,
            outbox_pending: null,
            outbox_rejected: null,
            storage_used_kb: null,
            storage_quota_kb: null,
            persisted: null,
            last_sync_at: null,
            last_error: null,
            orientation: null,
            screen_width: null,
            screen_height: null,
          })
          .execute();
        return { token, kiosk: { id, name, branchId: row.branch_id, branchName: row.branch_name } };
      });
    },
  };
}

export type EnrolmentRepository = ReturnType<typeof enrolmentRepository>;
