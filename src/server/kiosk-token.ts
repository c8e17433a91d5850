import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureDataDir } from './data-dir.js';

/**
 * The kiosks' shared token: the configured one, or one made on first start and kept in
 * DATA_DIR (readable by the server's user only), so a fresh install works without a setting.
 */
export function kioskTokenFor(configured: string | null, dataDir: string): string {
  if (configured) return configured;
  const file = join(dataDir, 'kiosk-token');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  ensureDataDir(dataDir);
  const token = randomBytes(24).toString('base64url');
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  return token;
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
