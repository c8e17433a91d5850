import { readStartSettings } from '../client/fleet-start.js';
import { DEFAULT_KIOSK_CONFIG } from '../domain/kiosk-config.js';
import { SOURCE_LANGUAGE } from '../domain/languages.js';
import { startupContent } from './startup.js';

/** The language a tablet without fleet settings starts in and returns to at every reset. */
export const DEFAULT_LANGUAGE = SOURCE_LANGUAGE;

/**
 * Home's content, read from IndexedDB in the tablet's default language. Started while this module
 * is evaluated, which main.tsx arranges to be before Preact, i18next and the screens are, so the
 * reads overlap their start-up.
 */
export const firstContent = readStartSettings()
  .catch(() => null)
  .then(async (settings) => {
    const lang = settings?.defaultLanguage ?? DEFAULT_LANGUAGE;
    const content = await startupContent(lang).catch((error: unknown) => {
      // Storage that cannot be read must not leave a blank screen: start as a tablet without
      // content, which says so and keeps trying.
      console.error('could not read the content on this tablet', error);
      return { view: null, config: DEFAULT_KIOSK_CONFIG };
    });
    return { ...content, settings };
  });
