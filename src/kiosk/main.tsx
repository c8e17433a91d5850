// biome-ignore-all assist/source/organizeImports: './boot.js' must stay first, see below.
// The first import starts reading IndexedDB before the rest of the app (Preact, i18next, the
// screens) is evaluated, so the read overlaps their start-up.
import { DEFAULT_LANGUAGE, firstContent } from './boot.js';
import { render } from 'preact';
import { changeLanguage, initI18n } from '../i18n/i18n.js';
import { App } from './app.js';
import { visitSettings } from './visit-settings.js';
import './kiosk.css';

void firstContent.then(async ({ view, config, settings }) => {
  const visit = visitSettings(config, settings);
  initI18n(visit.defaultLanguage);
  // Another start language than Swedish: its strings are a chunk of their own.
  if (visit.defaultLanguage !== DEFAULT_LANGUAGE) await changeLanguage(visit.defaultLanguage);
  const root = document.getElementById('app') as HTMLElement;
  root.replaceChildren(); // the static "Servicepunkt" shown while the code loads
  render(<App initialView={view} initialConfig={config} initialSettings={settings} />, root);
  // Not needed for the first screen, so loaded after it.
  void import('../client/sw-bridge.js').then((bridge) => bridge.registerServiceWorker());
  void import('./help-sync.js').then((help) => help.startHelpSync());
  void import('./search/search-index.js').then((search) => search.startSearch());
});
