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
  // The bench reads the page with string expressions (eval), which the kiosk's policy refuses
  // (no 'unsafe-eval'); the policy is the browser tests' business, the bench measures speed.
  const context = await browser.newContext({ serviceWorkers: 'allow', bypassCSP: true });
  // tsx compiles the bench keeping function names through a `__name` helper, which then travels
  // inside functions handed to page.evaluate; the page needs it too.
  await context.addInitScript('globalThis.__name = (f) => f');
  context.setDefaultTimeout(30_000);
  context.setDefaultNavigationTimeout(30_000);
  return context;
}

/** True once the first screen is in the document with the content read (app.tsx sets the mark). */
export const FIRST_SCREEN_MARK = 'kiosk-interactive';
export const FIRST_SCREEN = `performance.getEntriesByName('${FIRST_SCREEN_MARK}').length > 0`;
