import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The kiosks' shared token: the configured one, or one made on first start and kept in
 * DATA_DIR (readable by the server's user only), so a fresh install works without a setting.
 */
export function kioskTokenFor(configured: string | null, dataDir: string): string {
  if (configured) return configured;
  const file = join(dataDir, 'kiosk-token');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const token = randomBytes(24).toString('base64url');
  writeFileSync(file, `${token}\n`, { mode: 0o600 });
  return token;
}

/** The address that sets a kiosk up: the token travels in the fragment, which never reaches a server log. */
export function kioskSetupUrl(origin: string, token: string): string {
  return `${origin}/#kiosk=${encodeURIComponent(token)}`;
}
