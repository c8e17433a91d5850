import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The shared token of an installation from before kiosks were enrolled one by one: the configured
 * KIOSK_TOKEN, or the one an older version made and kept in DATA_DIR. Its kiosks keep working
 * until they are enrolled; a fresh install has none (null) and enrols every kiosk.
 */
export function kioskTokenFor(configured: string | null, dataDir: string): string | null {
  if (configured) return configured;
  const file = join(dataDir, 'kiosk-token');
  if (!existsSync(file)) return null;
  return readFileSync(file, 'utf8').trim() || null;
}

/** The address that sets a kiosk up: the token travels in the fragment, which never reaches a server log. */
export function kioskSetupUrl(origin: string, token: string): string {
  return `${origin}/#kiosk=${encodeURIComponent(token)}`;
}

/**
 * The set-up address as the server logs it: the token cut to its first four characters, so a
 * log shipped elsewhere does not hand out the token (`npm run kiosk:setup-url` prints it whole).
 */
export function maskedKioskSetupUrl(origin: string, token: string): string {
  return `${origin}/#kiosk=${encodeURIComponent(token.slice(0, 4))}…`;
}
