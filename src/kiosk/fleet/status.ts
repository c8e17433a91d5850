import { version as appVersion } from '../../../package.json';
import { readContentState } from '../../client/content-store.js';
import { kioskDb } from '../../client/db.js';
import { markRevoked, readDeviceToken, readKioskIdentity } from '../../client/device.js';
import { appliedSettings, pendingSettings, storePendingSettings } from '../../client/kiosk-settings.js';
import type { SettingsAnswer } from '../../domain/kiosk-settings.js';
import type { KioskIdentity } from '../../domain/schemas/fleet.js';

/** What the staff status screen shows about this tablet. */
export interface TabletStatus {
  kiosk: KioskIdentity | null;
  appVersion: string;
  contentActive: number | null;
  contentReady: number | null;
  settingsApplied: number | null;
  settingsPending: number | null;
  outboxPending: number;
  outboxRejected: number;
  storageUsed: number | null;
  storageQuota: number | null;
  persisted: boolean | null;
  lastSyncAt: string | null;
  lastError: string | null;
}

/** Queued and rejected requests, counted by reading each entry's state only. */
async function outboxCounts(): Promise<{ pending: number; rejected: number }> {
  let pending = 0;
  let rejected = 0;
  let cursor = await (await kioskDb()).transaction('outbox').store.openCursor();
  while (cursor) {
    if (cursor.value.state === 'rejected') rejected++;
    else pending++;
    cursor = await cursor.continue();
  }
  return { pending, rejected };
}

/** Reads everything the status screen shows, from IndexedDB and the browser (no network). */
export async function readTabletStatus(): Promise<TabletStatus> {
  const [kiosk, content, applied, pending, outbox, estimate, persisted] = await Promise.all([
    readKioskIdentity(),
    readContentState(),
    appliedSettings(),
    pendingSettings(),
    outboxCounts(),
    navigator.storage?.estimate?.().catch(() => undefined),
    navigator.storage?.persisted?.().catch(() => null),
  ]);
  return {
    kiosk,
    appVersion,
    contentActive: content.active,
    contentReady: content.ready,
    settingsApplied: applied?.version ?? null,
    settingsPending: pending?.version ?? null,
    outboxPending: outbox.pending,
    outboxRejected: outbox.rejected,
    storageUsed: estimate?.usage ?? null,
    storageQuota: estimate?.quota ?? null,
    persisted: persisted ?? null,
    lastSyncAt: content.lastSyncAt,
    lastError: content.lastError,
  };
}

/**
 * Asks the server for this kiosk's settings now; a newer version waits for the next idle reset
 * (closing the status screen is one). Offline or refused: the kept settings stay; a revoked
 * token marks the tablet for set-up again.
 */
export async function refreshFleetSettings(): Promise<void> {
  const token = await readDeviceToken();
  if (!token) return;
  const response = await fetch('/api/kiosk/settings', { headers: { authorization: `Bearer ${token}` } });
  if (response.ok) await storePendingSettings((await response.json()) as SettingsAnswer);
  else if (response.status === 401) {
    const problem = (await response.json().catch(() => ({}))) as { type?: string };
    if (problem.type === '/problems/kiosk-revoked') await markRevoked();
  }
}
