import { kioskDb } from './db.js';

const SETUP_FRAGMENT = /^#kiosk=([A-Za-z0-9._~%-]+)$/;

/** This tablet's kiosk token, or null before it has been set up. */
export async function readDeviceToken(): Promise<string | null> {
  return (await (await kioskDb()).get('device', 'token')) ?? null;
}

/** Keeps the kiosk token (tests and set-up tools call it directly). */
export async function saveDeviceToken(token: string): Promise<void> {
  await (await kioskDb()).put('device', token, 'token');
}

/**
 * Set-up: the server prints an address ending in `#kiosk=<token>`; opening it once on a tablet
 * keeps the token and takes it out of the address bar (a fragment never reaches a server log).
 */
export async function adoptSetupAddress(location: Location, history: History): Promise<boolean> {
  const match = SETUP_FRAGMENT.exec(location.hash);
  if (!match?.[1]) return false;
  await saveDeviceToken(decodeURIComponent(match[1]));
  history.replaceState(null, '', location.pathname);
  return true;
}
