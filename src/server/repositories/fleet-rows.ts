import type { Selectable } from 'kysely';
import type { KioskSettingsOverride } from '../../domain/kiosk-settings.js';
import type { FleetRow } from '../../domain/schemas/fleet.js';
import type { KioskState } from '../../domain/schemas/rules.js';
import type { KioskTable } from '../db/schema.js';

/**
 * A fleet row with its state typed: TypeBox reads a union built from a list (KIOSK_STATES) as
 * `never`, so the server spells the type out rather than taking `Static` of the schema.
 */
export type Kiosk = Omit<FleetRow, 'state'> & { state: KioskState };

/** Storage is kept in kilobytes (1024 bytes), so a large quota fits PostgreSQL's 32-bit integer. */
const KB = 1024;
const INT_MAX = 2_147_483_647;

/** Bytes as reported, in the kilobytes the database keeps (a quota beyond 2 TiB is kept as 2 TiB). */
export function toKb(bytes: number | null): number | null {
  return bytes === null ? null : Math.min(INT_MAX, Math.round(bytes / KB));
}

/** A kiosk row with its branch's name, as the fleet view shows it. */
export function fleetRowOf(row: Selectable<KioskTable> & { branch_name: string }): Kiosk {
  return {
    id: row.id,
    name: row.name,
    branchId: row.branch_id,
    branchName: row.branch_name,
    state: row.state,
    stateSince: row.state_since,
    lastSeenAt: row.last_seen_at,
    enrolledAt: row.enrolled_at,
    revokedAt: row.revoked_at,
    appVersion: row.app_version,
    contentVersion: row.content_version,
    settingsVersion: row.settings_version,
    settingsApplied: row.settings_applied,
    outboxPending: row.outbox_pending,
    outboxRejected: row.outbox_rejected,
    storageUsed: row.storage_used_kb === null ? null : row.storage_used_kb * KB,
    storageQuota: row.storage_quota_kb === null ? null : row.storage_quota_kb * KB,
    persisted: row.persisted === null ? null : row.persisted === 1,
    lastSyncAt: row.last_sync_at,
    lastError: row.last_error,
    orientation: row.orientation,
    screenWidth: row.screen_width,
    screenHeight: row.screen_height,
  };
}

/** Stored settings JSON as an override; anything unreadable counts as nothing set. */
export function overrideOf(json: string): KioskSettingsOverride {
  try {
    const value = JSON.parse(json) as unknown;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as KioskSettingsOverride) : {};
  } catch {
    return {};
  }
}
