import { render } from 'preact';
import type { KioskSettings } from '../domain/kiosk-settings.js';
import { changeLanguage, initI18n } from '../i18n/i18n.js';
import { App } from './app.js';
import { DEFAULT_LANGUAGE, startContent } from './boot.js';
import { takeEarlyTap } from './first-screen/FirstScreen.js';
import { scriptFontsReady } from './first-screen/fonts.js';
import { visitSettings } from './visit-settings.js';

/**
 * The rest of the kiosk, loaded by main.tsx while the first screen shows: reads Home's content,
 * starts i18next and puts the app in place of the first screen in one synchronous render, so no
 * frame in between shows anything else. A tap taken by the first screen starts the visit.
 */
export async function startApp(root: HTMLElement, settings: KioskSettings | null): Promise<void> {
  const { view, config } = await startContent(settings);
  const visit = visitSettings(config, settings);
  initI18n(visit.defaultLanguage);
  // Another start language than Swedish: its strings are a chunk of their own.
  if (visit.defaultLanguage !== DEFAULT_LANGUAGE) await changeLanguage(visit.defaultLanguage);
  // The whole fonts, for the screens after the welcome (whose own small copies are loaded by now):
  // loading them now, not when the language list first shows them, keeps that list from moving.
  void scriptFontsReady(visit.languages);
  // The static "Servicepunkt" of index.html, when no first screen replaced it (no content yet).
  if (root.querySelector(':scope > .boot')) root.replaceChildren();
  // Focus on the welcome screen stays on it when the app's own welcome screen takes its place.
  const focused = document.activeElement?.classList.contains('attract-button') ?? false;
  render(<App initialView={view} initialConfig={config} initialSettings={settings} started={takeEarlyTap()} />, root);
  if (focused) root.querySelector<HTMLElement>('.attract-button')?.focus();
  // Not needed for the first screen, so loaded after it.
  void import('../client/sw-bridge.js').then((bridge) => bridge.registerServiceWorker());
  void import('./help-sync.js').then((help) => help.startHelpSync());
  void import('./search/search-index.js').then((search) => search.startSearch());
}
