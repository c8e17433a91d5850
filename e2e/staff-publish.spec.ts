import type { APIRequestContext } from '@playwright/test';
import type { GuideDetail } from '../src/domain/staff-api.js';
import { hashPassword } from '../src/server/auth/password.js';
import { contentMarks, expect, firstVisit, type KioskServer, openCategoryOf, startVisit, test } from './fixtures.js';
import { idleReset, kioskHasVersion } from './kiosk-clock.js';
import { expectNoViolations, signIn } from './staff-helpers.js';

const BANKID_TITLE = 'BankID – skaffa, förnya och använda säkert';

/** An editor's browser session: signed in through the real login route. */
async function editorSession(server: KioskServer, request: APIRequestContext) {
  await server.app.staff.createUser({
    username: 'eva',
    role: 'editor',
    passwordHash: await hashPassword('a long enough secret'),
  });
  const headers = { origin: server.url };
  const login = await request.post(`${server.url}/api/staff/login`, {
    headers,
    data: { username: 'eva', password: 'a long enough secret' },
  });
  expect(login.status()).toBe(200);
  return {
    async saveSwedish(id: string, edit: (markdown: string) => string) {
      const detail = (await (await request.get(`${server.url}/api/staff/guides/${id}`)).json()) as GuideDetail;
      const saved = await request.put(`${server.url}/api/staff/guides/${id}/texts/sv`, {
        headers,
        data: { markdown: edit(detail.texts.sv?.markdown ?? ''), status: 'reviewed' },
      });
      expect(saved.status(), await saved.text()).toBe(200);
    },
    async publish(changelog: string): Promise<number> {
      const response = await request.post(`${server.url}/api/staff/publish`, { headers, data: { changelog } });
      expect(response.status(), await response.text()).toBe(200);
      return (await response.json()).version;
    },
    async restore(version: number): Promise<number> {
      const response = await request.post(`${server.url}/api/staff/versions/${version}/restore`, { headers });
      expect(response.status()).toBe(200);
      return (await response.json()).version;
    },
  };
}

test('an editor publishes a change: the kiosk shows it after its idle reset and not before; a rollback brings the old text back', async ({
  page,
  playwright,
  server,
}) => {
  const staff = await editorSession(server, await playwright.request.newContext());
  await page.clock.install();
  await firstVisit(page);
  await startVisit(page);
  await openCategoryOf(page, server, '1177');
  await page.locator('.guide-card', { hasText: '1177' }).first().click();
  const oldHeading = await page.locator('.step h1').textContent();

  await staff.saveSwedish('1177', (markdown) => markdown.replace(/^## .+$/m, '## Logga in med BankID eller Freja'));
  const v2 = await staff.publish('1177: tydligare första steg');
  await kioskHasVersion(page, v2);
  // Mid-visit: the visitor still reads what they started with.
  await expect(page.locator('.step h1')).toHaveText(oldHeading ?? '');

  await idleReset(page);
  await expect.poll(async () => (await contentMarks(page)).active).toBe(String(v2));
  await startVisit(page);
  await openCategoryOf(page, server, '1177');
  await page.locator('.guide-card', { hasText: '1177' }).first().click();
  await expect(page.locator('.step h1')).toHaveText('Logga in med BankID eller Freja');

  const v3 = await staff.restore(1);
  await kioskHasVersion(page, v3);
  await idleReset(page);
  await startVisit(page);
  await openCategoryOf(page, server, '1177');
  await page.locator('.guide-card', { hasText: '1177' }).first().click();
  await expect(page.locator('.step h1')).toHaveText(oldHeading ?? '');
});

test('after publishing, the Publish screen says which version is out and offers nothing stale; changes are named by guide title', async ({
  page,
  server,
}) => {
  const t = await signIn(page, server, 'eva', 'editor');
  const bankid = await server.app.editorial.detail('bankid');
  const english = bankid?.texts.en?.markdown ?? '';
  await server.app.editorial.saveText({
    guideId: 'bankid',
    lang: 'en',
    markdown: `${english}\n> [!TIP] Ask the staff if you get stuck.\n`,
    status: 'reviewed',
    by: 'eva',
  });

  await page
    .getByRole('navigation')
    .getByRole('link', { name: t('nav.publish'), exact: true })
    .click();
  const changes = page.locator('.change-list li');
  await expect(changes).toHaveCount(1);
  // By the guide's Swedish title and the language's name, with what changed in it.
  await expect(changes.first()).toContainText(BANKID_TITLE);
  await expect(changes.first()).toContainText('English');
  await expect(changes.first()).toContainText(t('publish.parts.text'));

  await page.getByLabel(t('publish.changelog')).fill('BankID in English reviewed');
  await page.getByRole('button', { name: t('publish.submit', { version: 2 }) }).click();
  await expect(page.getByRole('status').filter({ hasText: t('publish.published', { version: 2 }) })).toBeVisible();
  // Read once, at the moment the message shows: the screen must not offer version 2 again beside it.
  expect(await page.getByRole('button', { name: t('publish.submit', { version: 2 }) }).count()).toBe(0);
  expect(await changes.count()).toBe(0);
  await expect(page.getByText(t('publish.nothing'))).toBeVisible();
  await expect(page.getByRole('button', { name: new RegExp(t('publish.heading')) })).toHaveCount(0);
  await expectNoViolations(page, 'publish after publishing');
});
