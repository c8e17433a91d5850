import type { SettingsAnswer } from '../domain/kiosk-settings.js';
import type { KioskIdentity } from '../domain/schemas/fleet.js';
import { kioskDb } from './db.js';

const SETUP_FRAGMENT = /^#kiosk=([A-Za-z0-9._~%-]+)$/;

/** What changed about this tablet's place in the fleet. */
export type DeviceChange = 'enrolled' | 'revoked' | 'identity';
const listeners = new Set<(change: DeviceChange) => void>();

/** Hears when this tablet is enrolled, revoked or renamed (in this page); returns the function that stops it. */
export function onDeviceChange(listener: (change: DeviceChange) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function announce(change: DeviceChange): void {
  for (const listener of listeners) listener(change);
}

/** This tablet's kiosk token, or null before it has been set up. */
export async function readDeviceToken(): Promise<string | null> {
  return ((await (await kioskDb()).get('device', 'token')) as string | undefined) ?? null;
}

/** Keeps the kiosk token (tests and set-up tools call it directly). */
export async function saveDeviceToken(token: string): Promise<void> {
  await (await kioskDb()).put('device', token, 'token');
}

/** Who this tablet is in the fleet, or null before it is enrolled (or with a shared token). */
export async function readKioskIdentity(): Promise<KioskIdentity | null> {
  return ((await (await kioskDb()).get('device', 'identity')) as KioskIdentity | undefined) ?? null;
}

/** True once the server said this tablet's token is revoked, until it is enrolled again. */
export async function isRevoked(): Promise<boolean> {
  return ((await (await kioskDb()).get('device', 'revoked')) as boolean | undefined) ?? false;
}

/** Remembers that the server refused this tablet's token as revoked (its queued requests stay). */
export async function markRevoked(): Promise<void> {
  await (await kioskDb()).put('device', true, 'revoked');
  announce('revoked');
}

/** Keeps who the kiosk is now (a heartbeat's answer: an admin renamed it or moved it to another branch). */
export async function saveKioskIdentity(kiosk: KioskIdentity): Promise<void> {
  await (await kioskDb()).put('device', kiosk, 'identity');
  announce('identity');
}

/**
 * Keeps what enrolment gave: the token, who the kiosk is, and its settings (in force at once: an
 * enrolment happens at set-up, never under a visitor), in one transaction; the revoked mark goes.
 */
export async function saveEnrolment(token: string, kiosk: KioskIdentity, settings: SettingsAnswer): Promise<void> {
  const db = await kioskDb();
  const tx = db.transaction(['device', 'settings'], 'readwrite');
  const device = tx.objectStore('device');
  await Promise.all([
    device.put(token, 'token'),
    device.put(kiosk, 'identity'),
    device.delete('revoked'),
    tx.objectStore('settings').put(settings, 'applied'),
    tx.objectStore('settings').delete('pending'),
    tx.done,
  ]);
  announce('enrolled');
}

/** The next heartbeat's sequence number (kept, so a reload never repeats one). */
export async function nextBeatSeq(): Promise<number> {
  const db = await kioskDb();
  const tx = db.transaction('device', 'readwrite');
  const seq = (((await tx.store.get('beatSeq')) as number | undefined) ?? 0) + 1;
  await tx.store.put(seq, 'beatSeq');
  await tx.done;
  return seq;
}

/**
 * Set-up with a shared token (installations from before enrolment): an address ending in
 * `#kiosk=<token>`; opening it once keeps the token and takes it out of the address bar.
 */
export async function adoptSetupAddress(location: Location, history: History): Promise<boolean> {
  const match = SETUP_FRAGMENT.exec(location.hash);
  if (!match?.[1]) return false;
  await saveDeviceToken(decodeURIComponent(match[1]));
  history.replaceState(null, '', location.pathname);
  return true;
}
