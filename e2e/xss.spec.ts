import type { GuideDetail } from '../src/domain/staff-api.js';
import { hashPassword } from '../src/server/auth/password.js';
import { expect, firstVisit, openCategoryOf, startVisit, test } from './fixtures.js';

const PAYLOADS = [
  '<script>window.pwned=1</script>',
  '<img src=x onerror="window.pwned=1">',
  '"><svg onload="window.pwned=1">',
  'javascript:window.pwned=1',
  '{{constructor.constructor("window.pwned=1")()}}',
];
const TITLE = `Skadlig ${PAYLOADS[0]} ${PAYLOADS[1]}`;

test('script payloads in titles, steps, notes, captions and changelogs render as inert text in kiosk, take-away and console', async ({
  page,
  browser,
  playwright,
  server,
}) => {
  // An editor writes the payloads into every text field there is, and publishes.
  await server.app.staff.createUser({
    username: 'eva',
    role: 'editor',
    passwordHash: await hashPassword('a long enough secret'),
  });
  const api = await playwright.request.newContext();
  const headers = { origin: server.url };
  await api.post(`${server.url}/api/staff/login`, {
    headers,
    data: { username: 'eva', password: 'a long enough secret' },
  });
  const detail = (await (await api.get(`${server.url}/api/staff/guides/bankid`)).json()) as GuideDetail;
  // Raw HTML in Markdown is refused outright, so the payloads go in as literal text (code spans).
  const literal = (text: string | undefined) => `\`${text}\``;
  const markdown = (detail.texts.sv?.markdown ?? '')
    .replace(/^# .+$/m, `# Skadlig ${literal(PAYLOADS[0])} ${literal(PAYLOADS[1])}`)
    .replace(
      /^## .+$/m,
      `## ${literal(PAYLOADS[2])}\n${PAYLOADS.map(literal).join(' ')}\n\n> [!WARNING] ${literal(PAYLOADS[1])}`,
    );
  const refused = await api.put(`${server.url}/api/staff/guides/bankid/texts/sv`, {
    headers,
    data: { markdown: `# ${PAYLOADS[0]}\n\n## S\ntext`, status: 'reviewed' },
  });
  expect(refused.status()).toBe(400);
  expect(
    (
      await api.put(`${server.url}/api/staff/guides/bankid/texts/sv`, {
        headers,
        data: { markdown, status: 'reviewed' },
      })
    ).status(),
  ).toBe(200);
  const captions = `WEBVTT\n\n00:00:00.500 --> 00:00:19.000\n${PAYLOADS[0]} ${PAYLOADS[1]}\n`;
  const upload = await api.post(`${server.url}/api/staff/media`, {
    headers,
    multipart: { file: { name: 'video-bankid.sv.vtt', mimeType: 'text/vtt', buffer: Buffer.from(captions) } },
  });
  expect(upload.status()).toBe(201);
  expect(
    (await api.post(`${server.url}/api/staff/publish`, { headers, data: { changelog: PAYLOADS.join(' ') } })).status(),
  ).toBe(200);

  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });

  // The kiosk.
  await firstVisit(page);
  await startVisit(page);
  await openCategoryOf(page, server, 'bankid');
  await expect(page.locator('.guide-card .tile-label', { hasText: 'Skadlig' })).toHaveText(TITLE);
  await page.locator('.guide-card', { hasText: 'Skadlig' }).click();
  await expect(page.locator('.step h1')).toHaveText(PAYLOADS[2] ?? '');
  await expect(page.locator('.step')).toContainText(PAYLOADS[1] ?? '');
  await page.getByRole('button', { name: 'Se filmen' }).click();
  await expect
    .poll(() =>
      page.locator('video').evaluate((v: HTMLVideoElement) => {
        const track = [...v.textTracks].find((t) => t.mode === 'showing');
        return (track?.cues?.[0] as VTTCue | undefined)?.text ?? '';
      }),
    )
    .toContain('<script>');

  // The take-away page on a phone.
  const phone = await browser.newContext({ serviceWorkers: 'block' });
  const phonePage = await phone.newPage();
  phonePage.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await phonePage.goto(`${server.url}/take/bankid/sv`);
  await expect(phonePage.getByRole('heading', { level: 1 })).toHaveText(TITLE);

  // The console: the guide list and the versions list.
  const consolePage = await browser.newPage();
  consolePage.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await consolePage.goto(`${server.url}/staff/`);
  await consolePage.getByLabel('Användarnamn', { exact: true }).fill('eva');
  await consolePage.getByLabel('Lösenord', { exact: true }).fill('a long enough secret');
  await consolePage.getByRole('button', { name: 'Logga in', exact: true }).click();
  // The console lists the title as written (Markdown, so with its backticks), as text.
  await expect(consolePage.getByText('Skadlig').first()).toContainText(PAYLOADS[0] ?? '');
  await consolePage.goto(`${server.url}/staff/#/versions`);
  await expect(consolePage.getByText(PAYLOADS.join(' ')).first()).toBeVisible();

  for (const p of [page, phonePage, consolePage]) {
    expect(await p.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await p.locator('img[src="x"], svg[onload]').count()).toBe(0);
  }
  expect(dialogs).toEqual([]);
  await phone.close();
  await consolePage.close();
});
