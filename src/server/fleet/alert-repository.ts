import type { Kysely, Transaction } from 'kysely';
import type { OpeningHours } from '../../domain/help.js';
import type { KioskState } from '../../domain/schemas/rules.js';
import type { Database } from '../db/schema.js';
import type { AlertRecord, Notice, ToldState } from './alert-machine.js';

/** A branch as the sweep needs it. */
export interface SweepBranch {
  id: string;
  name: string;
  hours: OpeningHours;
  /** Where its alerts go; empty: nowhere. */
  alertEmails: string[];
}

/** A kiosk as the sweep reads it: its stored state, its newest beat's figures and its alert record. */
export interface SweepKiosk {
  id: string;
  branchId: string;
  state: KioskState;
  revoked: boolean;
  lastSeenAt: string | null;
  contentVersion: number | null;
  outboxPending: number | null;
  storageUsedKb: number | null;
  storageQuotaKb: number | null;
  /** Null: no record yet. */
  record: AlertRecord | null;
}

/** What one kiosk's sweep step writes. */
export interface KioskWrite {
  kiosk: SweepKiosk;
  /** Set when its state changed. */
  state: KioskState | null;
  /** Set when its record changed. */
  record: AlertRecord | null;
  notices: Notice[];
}

/** A notice waiting for its e-mail, with what the e-mail says about its kiosk. */
export interface PendingNotice {
  id: number;
  kioskId: string;
  kioskName: string;
  branchId: string;
  kind: string;
  fromState: string | null;
  at: string;
  lastSeenAt: string | null;
}

/** JSON from a branch row, or `fallback` if it does not parse: one bad row must not stop every branch's alerts. */
function parsed<T>(json: string, fallback: T): T {
  try {
    return JSON.parse(json) as T;
  } catch {
    return fallback;
  }
}

const stringsIn = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** Writes one kiosk's state, guarded so a heartbeat that raced the sweep wins; false if it did. */
async function writeState(trx: Transaction<Database>, kiosk: SweepKiosk, state: KioskState, at: string) {
  const updated = await trx
    .updateTable('kiosk')
    .set({ state, state_since: at })
    .where('id', '=', kiosk.id)
    .where('state', '=', kiosk.state)
    .where('last_seen_at', kiosk.lastSeenAt === null ? 'is' : '=', kiosk.lastSeenAt)
    .executeTakeFirst();
  return updated.numUpdatedRows > 0n;
}

/** The alert record as stored. */
function recordRow(kioskId: string, r: AlertRecord) {
  return {
    kiosk_id: kioskId,
    told: r.told,
    stale_since: r.staleSince,
    online_since: r.onlineSince,
    content_since: r.contentSince,
    content_told: r.contentTold ? 1 : 0,
    outbox_since: r.outboxSince,
    outbox_told: r.outboxTold ? 1 : 0,
    storage_told: r.storageTold ? 1 : 0,
  };
}

/** All SQL of the alert sweep (kiosks, their alert records and the notices owed to staff). */
export function alertRepository(db: Kysely<Database>) {
  return {
    /** Every branch with its opening hours and alert addresses. */
    async branches(): Promise<SweepBranch[]> {
      const rows = await db.selectFrom('branch').select(['id', 'name', 'opening_hours', 'alert_emails']).execute();
      return rows.map((r) => ({
        id: r.id,
        name: r.name,
        hours: parsed<OpeningHours>(r.opening_hours, {}),
        alertEmails: stringsIn(parsed<unknown>(r.alert_emails, [])),
      }));
    },

    /** Dates (`YYYY-MM-DD`) from `from` on that a branch is closed as a whole, by branch. */
    async closures(from: string): Promise<Map<string, string[]>> {
      const rows = await db
        .selectFrom('session_exception')
        .select(['branch_id', 'date'])
        .where('pattern_id', 'is', null)
        .where('date', '>=', from)
        .execute();
      const byBranch = new Map<string, string[]>();
      for (const r of rows) {
        const dates = byBranch.get(r.branch_id);
        if (dates) dates.push(r.date);
        else byBranch.set(r.branch_id, [r.date]);
      }
      return byBranch;
    },

    /** The newest content version published at or before `at`; null: none. */
    async versionInForceAt(at: string): Promise<number | null> {
      const row = await db
        .selectFrom('content_version')
        .select((eb) => eb.fn.max('version').as('version'))
        .where('created_at', '<=', at)
        .executeTakeFirst();
      return row?.version ?? null;
    },

    /** Up to `limit` kiosks after `afterId` in id order, with their alert records. */
    async kiosks(afterId: string, limit: number): Promise<SweepKiosk[]> {
      const rows = await db
        .selectFrom('kiosk')
        .leftJoin('kiosk_alert', 'kiosk_alert.kiosk_id', 'kiosk.id')
        .select([
          'kiosk.id',
          'kiosk.branch_id',
          'kiosk.state',
          'kiosk.revoked_at',
          'kiosk.last_seen_at',
          'kiosk.content_version',
          'kiosk.outbox_pending',
          'kiosk.storage_used_kb',
          'kiosk.storage_quota_kb',
          'kiosk_alert.told',
          'kiosk_alert.stale_since',
          'kiosk_alert.online_since',
          'kiosk_alert.content_since',
          'kiosk_alert.content_told',
          'kiosk_alert.outbox_since',
          'kiosk_alert.outbox_told',
          'kiosk_alert.storage_told',
        ])
        .where('kiosk.id', '>', afterId)
        .orderBy('kiosk.id')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        branchId: r.branch_id,
        state: r.state,
        revoked: r.revoked_at !== null || r.state === 'revoked',
        lastSeenAt: r.last_seen_at,
        contentVersion: r.content_version,
        outboxPending: r.outbox_pending,
        storageUsedKb: r.storage_used_kb,
        storageQuotaKb: r.storage_quota_kb,
        record: r.told
          ? {
              told: r.told as ToldState,
              staleSince: r.stale_since,
              onlineSince: r.online_since,
              contentSince: r.content_since,
              contentTold: r.content_told === 1,
              outboxSince: r.outbox_since,
              outboxTold: r.outbox_told === 1,
              storageTold: r.storage_told === 1,
            }
          : null,
      }));
    },

    /**
     * Writes a batch's state changes, records and notices in one transaction. A kiosk whose row
     * moved on since it was read (a beat arrived) is left for the next sweep, record and all.
     * Returns how many states changed and how many notices were stored.
     */
    async write(writes: KioskWrite[], at: string): Promise<{ stateChanges: number; notices: number }> {
      if (writes.length === 0) return { stateChanges: 0, notices: 0 };
      return db.transaction().execute(async (trx) => {
        const kept: KioskWrite[] = [];
        for (const w of writes) if (w.state === null || (await writeState(trx, w.kiosk, w.state, at))) kept.push(w);
        // The rest in one statement per table: a mass change (a branch's network down) stays cheap.
        const changes = kept.flatMap((w) =>
          w.state === null ? [] : [{ kiosk_id: w.kiosk.id, at, from_state: w.kiosk.state, to_state: w.state }],
        );
        if (changes.length > 0) await trx.insertInto('kiosk_state_change').values(changes).execute();
        const records = kept.flatMap((w) => (w.record ? [recordRow(w.kiosk.id, w.record)] : []));
        if (records.length > 0)
          await trx
            .insertInto('kiosk_alert')
            .values(records)
            .onConflict((oc) =>
              oc.column('kiosk_id').doUpdateSet((eb) => ({
                told: eb.ref('excluded.told'),
                stale_since: eb.ref('excluded.stale_since'),
                online_since: eb.ref('excluded.online_since'),
                content_since: eb.ref('excluded.content_since'),
                content_told: eb.ref('excluded.content_told'),
                outbox_since: eb.ref('excluded.outbox_since'),
                outbox_told: eb.ref('excluded.outbox_told'),
                storage_told: eb.ref('excluded.storage_told'),
              })),
            )
            .execute();
        const notices = kept.flatMap((w) =>
          w.notices.map((n) => ({
            kiosk_id: w.kiosk.id,
            kind: n.kind,
            from_state: n.from ?? null,
            at,
            last_seen_at: w.kiosk.lastSeenAt,
          })),
        );
        if (notices.length > 0) await trx.insertInto('kiosk_alert_notice').values(notices).execute();
        return { stateChanges: changes.length, notices: notices.length };
      });
    },

    /** Notices not yet settled, oldest first, with their kiosk's current name and branch. */
    async pendingNotices(limit: number): Promise<PendingNotice[]> {
      const rows = await db
        .selectFrom('kiosk_alert_notice')
        .innerJoin('kiosk', 'kiosk.id', 'kiosk_alert_notice.kiosk_id')
        .select([
          'kiosk_alert_notice.id',
          'kiosk_alert_notice.kiosk_id',
          'kiosk.name',
          'kiosk.branch_id',
          'kiosk_alert_notice.kind',
          'kiosk_alert_notice.from_state',
          'kiosk_alert_notice.at',
          'kiosk_alert_notice.last_seen_at',
        ])
        .where('kiosk_alert_notice.settled_at', 'is', null)
        .orderBy('kiosk_alert_notice.id')
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        kioskId: r.kiosk_id,
        kioskName: r.name,
        branchId: r.branch_id,
        kind: r.kind,
        fromState: r.from_state,
        at: r.at,
        lastSeenAt: r.last_seen_at,
      }));
    },

    /** Deletes notices settled before `before`; unsent ones stay, however old. */
    async forgetSettled(before: string): Promise<void> {
      await db.deleteFrom('kiosk_alert_notice').where('settled_at', '<', before).execute();
    },

    /** Marks notices settled (sent, or dropped for want of an address or a mail server). */
    async settle(ids: number[], outcome: 'sent' | 'no-recipients' | 'no-mail-server', at: string): Promise<void> {
      if (ids.length === 0) return;
      await db
        .updateTable('kiosk_alert_notice')
        .set({ settled_at: at, outcome })
        .where('id', 'in', ids)
        .where('settled_at', 'is', null)
        .execute();
    },
  };
}
