import type { KioskSettings, SettingsAnswer } from '../domain/kiosk-settings.js';
import { kioskDb } from './db.js';

/**
 * The fleet settings applied on this tablet, for start-up (null: not enrolled). Read here rather
 * than through kiosk-settings.ts, whose other functions would otherwise load with the first screen.
 */
export async function readStartSettings(): Promise<KioskSettings | null> {
  const applied = (await (await kioskDb()).get('settings', 'applied')) as SettingsAnswer | undefined;
  return applied?.settings ?? null;
}
