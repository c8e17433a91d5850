import type { Kysely, Transaction } from 'kysely';
import type { Heartbeat } from '../../domain/schemas/fleet.js';
import type { KioskState } from '../../domain/schemas/rules.js';
import type { Database } from '../db/schema.js';
import { toKb } from './fleet-rows.js';

/**
 * Moves a kiosk from one state to another, with its history row, only if it is still in the state
 * the caller saw: two writers racing make one change and one row, on either database.
 */
export async function moveState(trx: Transaction<Database>, id: string, from: KioskState, to: KioskState, now: Date) {
  const at = now.toISOString();
  const moved = await trx
    .updateTable('kiosk')
    .set({ state: to, state_since: at })
    .where('id', '=', id)
    .where('state', '=', from)
    .executeTakeFirst();
  if (moved.numUpdatedRows === 0n) return false;
  await trx.insertInto('kiosk_state_change').values({ kiosk_id: id, at, from_state: from, to_state: to }).execute();
  return true;
}

/**
 * One heartbeat's writes. The reported state, the count and the sequence move only for a beat
 * newer than the last counted one, in one conditional update, so a repeated or late beat is never
 * counted twice and never puts older figures back. Any beat shows the kiosk alive: seen now, online.
 * Takes the database, not a transaction: a change of state is a transaction of its own.
 */
export async function writeBeat(
  db: Kysely<Database>,
  kiosk: { id: string; state: KioskState },
  beat: Heartbeat,
  now: Date,
): Promise<{ counted: boolean }> {
  const at = now.toISOString();
  const counted = await db
    .updateTable('kiosk')
    .set((eb) => ({
      last_seen_at: at,
      last_beat_seq: beat.seq,
      beats: eb('beats', '+', 1),
      settings_applied: beat.settingsVersion,
      app_version: beat.appVersion,
      content_version: beat.contentVersion,
      outbox_pending: beat.outboxPending,
      outbox_rejected: beat.outboxRejected,
      storage_used_kb: toKb(beat.storageUsed),
      storage_quota_kb: toKb(beat.storageQuota),
      persisted: beat.persisted === null ? null : beat.persisted ? 1 : 0,
      last_sync_at: beat.lastSyncAt,
      last_error: beat.lastError,
      orientation: beat.orientation,
      screen_width: beat.screenWidth,
      screen_height: beat.screenHeight,
    }))
    .where('id', '=', kiosk.id)
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('last_beat_seq', 'is', null), eb('last_beat_seq', '<', beat.seq)]))
    .executeTakeFirst();
  const isCounted = counted.numUpdatedRows > 0n;
  if (!isCounted) {
    await db
      .updateTable('kiosk')
      .set({ last_seen_at: at })
      .where('id', '=', kiosk.id)
      .where('revoked_at', 'is', null)
      .where((eb) => eb.or([eb('last_seen_at', 'is', null), eb('last_seen_at', '<', at)]))
      .execute();
  }
  if (kiosk.state !== 'online' && kiosk.state !== 'revoked') {
    await db.transaction().execute((trx) => moveState(trx, kiosk.id, kiosk.state, 'online', now));
  }
  return { counted: isCounted };
}
