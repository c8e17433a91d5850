import type { SettingsAnswer } from '../domain/kiosk-settings.js';
import { kioskDb } from './db.js';

/** The fleet settings in force on this tablet, or null when it has none (not enrolled). */
export async function appliedSettings(): Promise<SettingsAnswer | null> {
  return ((await (await kioskDb()).get('settings', 'applied')) as SettingsAnswer | undefined) ?? null;
}

/** Keeps settings the server sent, to be applied at the next idle reset (a newer one replaces an older). */
export async function storePendingSettings(answer: SettingsAnswer): Promise<void> {
  const db = await kioskDb();
  const tx = db.transaction('settings', 'readwrite');
  const [applied, pending] = (await Promise.all([tx.store.get('applied'), tx.store.get('pending')])) as (
    | SettingsAnswer
    | undefined
  )[];
  const newest = Math.max(applied?.version ?? 0, pending?.version ?? 0);
  if (answer.version > newest) await tx.store.put(answer, 'pending');
  await tx.done;
}

/** At an idle reset: pending settings become the applied ones. Returns them, or null if none waited. */
export async function applyPendingSettings(): Promise<SettingsAnswer | null> {
  const db = await kioskDb();
  const tx = db.transaction('settings', 'readwrite');
  const pending = (await tx.store.get('pending')) as SettingsAnswer | undefined;
  if (pending) {
    await tx.store.put(pending, 'applied');
    await tx.store.delete('pending');
  }
  await tx.done;
  return pending ?? null;
}

/** Settings waiting for the next idle reset, or null when none wait (the status screen shows their version). */
export async function pendingSettings(): Promise<SettingsAnswer | null> {
  return ((await (await kioskDb()).get('settings', 'pending')) as SettingsAnswer | undefined) ?? null;
}
