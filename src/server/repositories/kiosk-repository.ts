import type { Kysely } from 'kysely';
import type { KioskSettingsOverride, StaffPinHash } from '../../domain/kiosk-settings.js';
import type { Heartbeat } from '../../domain/schemas/fleet.js';
import type { KioskState } from '../../domain/schemas/rules.js';
import type { Database } from '../db/schema.js';
import { readerOf } from '../db/sqlite-connections.js';
import { fleetRowOf, type Kiosk, overrideOf } from './fleet-rows.js';
import { moveState, writeBeat } from './kiosk-writes.js';

/** What the kiosk check finds for a device token: enough for a heartbeat without another read. */
export interface TokenKiosk {
  id: string;
  name: string;
  branchId: string;
  branchName: string;
  revoked: boolean;
  state: KioskState;
  settingsVersion: number;
}

/** What a kiosk's effective settings are made from. */
export interface SettingsSource {
  version: number;
  kiosk: KioskSettingsOverride;
  branch: KioskSettingsOverride;
  staffPin: StaffPinHash | null;
}

function pinOf(json: string | null): StaffPinHash | null {
  if (!json) return null;
  try {
    return JSON.parse(json) as StaffPinHash;
  } catch {
    return null;
  }
}

/** Enrolled kiosks: token look-up, heartbeats, and what the fleet view reads and admins change. */
export function kioskRepository(db: Kysely<Database>) {
  const withBranch = () =>
    db
      .selectFrom('kiosk')
      .innerJoin('branch', 'branch.id', 'kiosk.branch_id')
      .selectAll('kiosk')
      .select('branch.name as branch_name');

  return {
    /** The kiosk holding a device token (by its SHA-256, hex): one look-up on a unique index. */
    async byTokenHash(tokenHash: string): Promise<TokenKiosk | undefined> {
      // Every kiosk request asks this first: it must not wait behind a group commit of bookings.
      const row = await readerOf(db)
        .selectFrom('kiosk')
        .innerJoin('branch', 'branch.id', 'kiosk.branch_id')
        .select([
          'kiosk.id',
          'kiosk.name',
          'kiosk.branch_id',
          'kiosk.revoked_at',
          'kiosk.state',
          'kiosk.settings_version',
          'branch.name as branch_name',
        ])
        .where('kiosk.token_hash', '=', tokenHash)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        id: row.id,
        name: row.name,
        branchId: row.branch_id,
        branchName: row.branch_name,
        revoked: row.revoked_at !== null,
        state: row.state,
        settingsVersion: row.settings_version,
      };
    },

    /** True once any kiosk has been enrolled (revoked ones count: the installation has moved over). */
    async anyEnrolled(): Promise<boolean> {
      return (await db.selectFrom('kiosk').select('id').limit(1).executeTakeFirst()) !== undefined;
    },

    /** Records a heartbeat (see `writeBeat`): one conditional update, on the kiosk's primary key. */
    async beat(kiosk: TokenKiosk, beat: Heartbeat, now: Date): Promise<{ counted: boolean }> {
      return writeBeat(db, kiosk, beat, now);
    },

    /** Moves a kiosk to another state if it is still in `from` (see `moveState`); true if it moved. */
    async changeState(id: string, from: KioskState, to: KioskState, now: Date): Promise<boolean> {
      return db.transaction().execute((trx) => moveState(trx, id, from, to, now));
    },

    /** The kiosk's own settings, its branch's, and the branch's staff PIN. */
    async settingsSource(id: string): Promise<SettingsSource | undefined> {
      const row = await db
        .selectFrom('kiosk')
        .innerJoin('branch', 'branch.id', 'kiosk.branch_id')
        .select(['kiosk.settings', 'kiosk.settings_version', 'branch.kiosk_settings', 'branch.staff_pin'])
        .where('kiosk.id', '=', id)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        version: row.settings_version,
        kiosk: overrideOf(row.settings),
        branch: overrideOf(row.kiosk_settings),
        staffPin: pinOf(row.staff_pin),
      };
    },

    /** One kiosk as the fleet view shows it. */
    async row(id: string): Promise<Kiosk | undefined> {
      const row = await withBranch().where('kiosk.id', '=', id).executeTakeFirst();
      return row ? fleetRowOf(row) : undefined;
    },

    /** The newest state changes of a kiosk, newest first. */
    async history(id: string, limit = 100) {
      const rows = await db
        .selectFrom('kiosk_state_change')
        .select(['at', 'from_state', 'to_state'])
        .where('kiosk_id', '=', id)
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map((r) => ({ at: r.at, from: r.from_state, to: r.to_state }));
    },

    /** Renames a kiosk. */
    async rename(id: string, name: string): Promise<void> {
      await db.updateTable('kiosk').set({ name }).where('id', '=', id).execute();
    },

    /** Moves a kiosk to another branch: its branch defaults changed, so its settings version moves on. */
    async move(id: string, branchId: string): Promise<void> {
      await db
        .updateTable('kiosk')
        .set((eb) => ({ branch_id: branchId, settings_version: eb('settings_version', '+', 1) }))
        .where('id', '=', id)
        .execute();
    },

    /** Revokes a kiosk's token (kept, so the kiosk is told it was revoked) and marks it revoked in its history. */
    async revoke(id: string, now: Date): Promise<void> {
      const at = now.toISOString();
      await db.transaction().execute(async (trx) => {
        const row = await trx.selectFrom('kiosk').select('state').where('id', '=', id).executeTakeFirst();
        if (!row || row.state === 'revoked') return;
        await trx
          .updateTable('kiosk')
          .set({ revoked_at: at, state: 'revoked', state_since: at })
          .where('id', '=', id)
          .where('state', '=', row.state)
          .execute();
        await trx
          .insertInto('kiosk_state_change')
          .values({ kiosk_id: id, at, from_state: row.state, to_state: 'revoked' })
          .execute();
      });
    },

    /** Replaces a kiosk's own settings and moves its settings version on. */
    async putSettings(id: string, settings: KioskSettingsOverride): Promise<void> {
      await db
        .updateTable('kiosk')
        .set((eb) => ({ settings: JSON.stringify(settings), settings_version: eb('settings_version', '+', 1) }))
        .where('id', '=', id)
        .execute();
    },

    /** A branch's kiosk defaults, whether it has a staff PIN, and where its alerts go. */
    async branchSettings(branchId: string) {
      const row = await db
        .selectFrom('branch')
        .select(['id', 'kiosk_settings', 'staff_pin', 'alert_emails'])
        .where('id', '=', branchId)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        branchId: row.id,
        settings: overrideOf(row.kiosk_settings),
        hasPin: row.staff_pin !== null,
        alertEmails: JSON.parse(row.alert_emails) as string[],
      };
    },

    /**
     * Sets a branch's kiosk defaults and alert addresses, and its PIN unless `pin` is undefined
     * (null removes it); every kiosk of the branch gets a new settings version, in the same transaction.
     */
    async putBranchSettings(
      branchId: string,
      input: { settings: KioskSettingsOverride; pin: StaffPinHash | null | undefined; alertEmails: string[] },
    ): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('branch')
          .set({
            kiosk_settings: JSON.stringify(input.settings),
            alert_emails: JSON.stringify(input.alertEmails),
            ...(input.pin === undefined ? {} : { staff_pin: input.pin === null ? null : JSON.stringify(input.pin) }),
          })
          .where('id', '=', branchId)
          .execute();
        await trx
          .updateTable('kiosk')
          .set((eb) => ({ settings_version: eb('settings_version', '+', 1) }))
          .where('branch_id', '=', branchId)
          .execute();
      });
    },
  };
}

export type KioskRepository = ReturnType<typeof kioskRepository>;
