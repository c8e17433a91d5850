import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { type GuideTranslation, guideEntryId } from '../src/domain/content.js';
import { readContentDir } from '../src/server/content/content-dir.js';
import { SEED_DIR, TEST_KIOSK_TOKEN, testServer } from '../test/helpers/server.js';

export type KioskServer = Awaited<ReturnType<typeof testServer>> & { url: string };

/**
 * Every test gets its own real server (the built kiosk, the API, a temporary SQLite database with
 * the seed content) on a free loopback port; a new origin per test also means a clean service
 * worker, IndexedDB and Cache Storage.
 */
export const test = base.extend<{ server: KioskServer; seed: boolean; smtpUrl: string | undefined }>({
  seed: [true, { option: true }],
  /** SMTP_URL of the server: set, it sends reminders by e-mail (nothing is sent in these tests). */
  smtpUrl: [undefined, { option: true }],
  server: async ({ seed, smtpUrl }, use) => {
    const server = await testServer({ seed, publicDir: resolve('dist/public'), ...(smtpUrl ? { smtpUrl } : {}) });
    await server.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = server.app.server.address() as AddressInfo;
    await use({ ...server, url: `http://127.0.0.1:${port}` });
    await server.close();
  },
  baseURL: async ({ server }, use) => {
    await use(server.url);
  },
});

export { expect };

/** The content versions the kiosk holds, as it marks them on `<html>`. */
export function contentMarks(page: Page) {
  return page.evaluate(() => ({
    active: document.documentElement.dataset.contentActive ?? '',
    ready: document.documentElement.dataset.contentReady ?? '',
    error: document.documentElement.dataset.contentError ?? '',
  }));
}

/**
 * First visit: the kiosk downloads its content and its service worker installs. Resolves once
 * both are done, so the tablet can go offline. The kiosk shows its attract screen.
 */
export async function firstVisit(page: Page): Promise<void> {
  // The set-up address gives the kiosk its token; the kiosk takes it out of the address at once.
  await page.goto(`/#kiosk=${TEST_KIOSK_TOKEN}`);
  await page.waitForURL((url) => url.hash === '');
  await page.waitForFunction(() => !!document.documentElement.dataset.contentActive);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state;
  });
  await page.locator('.attract-button').waitFor();
}

/** The library's Wi-Fi is gone and the tablet starts again: everything must come from the tablet. */
export async function restartOffline(page: Page): Promise<void> {
  await page.context().setOffline(true);
  await page.reload();
}

/** A visitor walks up: taps the attract screen and chooses a language by its own name. */
export async function startVisit(page: Page, languageName = 'Svenska'): Promise<void> {
  await page.locator('.attract-button').click();
  await page.getByRole('button', { name: languageName, exact: true }).click();
  await page.locator('.tile-grid .tile').first().waitFor();
}

/** On Home, the visitor taps the tile of the category a seed guide is in; its guides show as tiles. */
export async function openCategoryOf(page: Page, server: KioskServer, slug: string, lang = 'sv'): Promise<void> {
  const { category } = seedGuide(server, slug, 'sv');
  const categories = JSON.parse(readFileSync(join(SEED_DIR, 'categories.json'), 'utf8')) as {
    id: string;
    name: Record<string, string>;
  }[];
  const names = categories.find((c) => c.id === category)?.name ?? {};
  const name = names[lang] ?? names.sv ?? category;
  await page.locator('.tile-grid .tile').filter({ hasText: name }).first().click();
  await page.locator('.guide-card').first().waitFor();
}

/** On Home, the visitor opens the first category and its first guide. */
export async function openFirstGuide(page: Page): Promise<void> {
  await page.locator('.tile-grid .tile').first().click();
  await page.locator('.guide-card').first().click();
}

/** Makes the browser fire `offline` and then `online`, as a tablet losing and regaining Wi-Fi does. */
export async function flapNetwork(page: Page): Promise<void> {
  await page.context().setOffline(true);
  await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(false);
  await page.context().setOffline(false);
  await expect.poll(() => page.evaluate(() => navigator.onLine)).toBe(true);
}

/** A seed guide as the content folder defines it, to compare the screen against. */
export function seedGuide(server: KioskServer, slug: string, lang: string): GuideTranslation {
  const entry = readContentDir(SEED_DIR, server.media).entries.find(
    (e) => e.id === guideEntryId(slug) && e.lang === lang,
  );
  if (entry?.kind !== 'guide') throw new Error(`the seed has no guide ${slug} in ${lang}`);
  return entry.body;
}
