import { render } from 'preact';
import { applyDocumentLanguage } from '../i18n/document-language.js';
import { FirstScreen } from './first-screen/FirstScreen.js';
import { loadWelcomeFonts, welcomeFontsReady } from './first-screen/fonts.js';
import { markInteractive } from './first-screen/interactive.js';
import { readStart } from './first-screen/start-read.js';
import { startLanguages } from './visit-settings.js';
import './kiosk.css';

/**
 * The kiosk's entry, kept tiny: one IndexedDB read, the welcome screen painted from the strings in
 * locales/*\/common.json, and only then the rest of the app (i18next, the content store, the
 * screens), loaded while the welcome shows. A tablet without content keeps the static boot screen
 * until the app shows "no content yet".
 */
async function start(): Promise<void> {
  const root = document.getElementById('app') as HTMLElement;
  loadWelcomeFonts();
  const { settings, hasContent } = await readStart();
  if (hasContent) {
    const { defaultLanguage, languages } = startLanguages(settings);
    await welcomeFontsReady(languages);
    applyDocumentLanguage(defaultLanguage);
    root.replaceChildren();
    render(<FirstScreen languages={languages} />, root);
    // The rest loads once the welcome is on screen, so nothing competes with painting it.
    await markInteractive();
  }
  const { startApp } = await import('./full-start.js');
  await startApp(root, settings);
}

void start();
