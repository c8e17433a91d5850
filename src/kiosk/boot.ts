import { DEFAULT_KIOSK_CONFIG } from '../domain/kiosk-config.js';
import { startupContent } from './startup.js';

/** The visitor's default language, in which the kiosk starts and to which every reset returns. */
export const DEFAULT_LANGUAGE = 'sv';

/**
 * Home's content, read from IndexedDB. Started while this module is evaluated, which main.tsx
 * arranges to be before Preact, i18next and the screens are, so the read overlaps their start-up.
 */
export const firstContent = startupContent(DEFAULT_LANGUAGE).catch((error: unknown) => {
  // Storage that cannot be read must not leave a blank screen: start as a tablet without content,
  // which says so and keeps trying.
  console.error('could not read the content on this tablet', error);
  return { view: null, config: DEFAULT_KIOSK_CONFIG };
});
