import { type Browser, type BrowserContext, chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../test/helpers/chromium.js';

/** The system Chromium (never a downloaded one), headless, with background traffic switched off. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    ...chromiumLaunchOptions,
    timeout: 30_000,
  });
}

/** A fresh context (empty cache, no service worker, no IndexedDB) for one measurement. */
export async function freshContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  context.setDefaultTimeout(30_000);
  context.setDefaultNavigationTimeout(30_000);
  return context;
}

/** True once the Home screen has painted with content (Home.tsx sets the mark). */
export const HOME_INTERACTIVE = "performance.getEntriesByName('home-interactive').length > 0";
