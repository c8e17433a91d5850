import { DEFAULT_KIOSK_CONFIG } from '../domain/kiosk-config.js';
import type { KioskSettings } from '../domain/kiosk-settings.js';
import { SOURCE_LANGUAGE } from '../domain/languages.js';
import { startupContent } from './startup.js';

/** The language a tablet without fleet settings starts in and returns to at every reset. */
export const DEFAULT_LANGUAGE = SOURCE_LANGUAGE;

/**
 * Home's content, read from IndexedDB in the tablet's default language (`settings`: the fleet
 * settings the first screen already read, so they are not read twice).
 */
export async function startContent(settings: KioskSettings | null) {
  const lang = settings?.defaultLanguage ?? DEFAULT_LANGUAGE;
  const content = await startupContent(lang).catch((error: unknown) => {
    // Storage that cannot be read must not leave a blank screen: start as a tablet without
    // content, which says so and keeps trying.
    console.error('could not read the content on this tablet', error);
    return { view: null, config: DEFAULT_KIOSK_CONFIG };
  });
  return { ...content, settings };
}
