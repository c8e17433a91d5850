import { type KioskConfig, kioskConfigFrom } from '../domain/kiosk-config.js';
import type { ApiOptions } from './api.js';
import { kioskDb } from './db.js';

/**
 * The kiosk settings last received from the server, or the defaults on a tablet that never had
 * any; a setting kept by an older app version gets the defaults for what it lacks.
 */
export async function storedKioskConfig(): Promise<KioskConfig> {
  return kioskConfigFrom((await (await kioskDb()).get('settings', 'kiosk')) as KioskConfig | undefined);
}

/** Asks the server for the kiosk settings and keeps them; offline, the kept ones stay in force. */
export async function refreshKioskConfig(options: ApiOptions = {}): Promise<KioskConfig> {
  const fetcher = options.fetch ?? globalThis.fetch.bind(globalThis);
  const response = await fetcher(`${options.baseUrl ?? ''}/api/kiosk/config`, { cache: 'no-cache' });
  if (!response.ok) throw new Error(`kiosk config: HTTP ${response.status}`);
  const config = kioskConfigFrom((await response.json()) as Partial<KioskConfig>);
  await (await kioskDb()).put('settings', config, 'kiosk');
  return config;
}
