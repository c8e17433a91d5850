/**
 * The outbox under chaos in a real browser: seeded trials in which a visitor makes 1–4 requests on
 * the kiosk while the Wi-Fi flaps, the page is reloaded or closed in the middle of sending, the
 * server restarts, and answers are lost to injected failures, 5xx and timeouts (some after the
 * server has done the work). Afterwards the server must hold each request made exactly once, and
 * the tablet none of them. Replay a failure with CHAOS_SEED=<the printed seed>.
 * (test/client/outbox-chaos.test.ts runs 200 faster trials of the same kind against the outbox code.)
 */
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { BrowserContext, Page, Route } from '@playwright/test';
import { CHAOS_SEED as SEED, seeded } from '../test/helpers/chaos-seed.js';
import { openTestApp, TEST_KIOSK_TOKEN, testServer } from '../test/helpers/server.js';
import { expect, test } from './fixtures.js';
import { kioskStrings } from './locale-strings.js';
import { storedText } from './stored-text.js';

const TRIALS = Number(process.env.CHAOS_BROWSER_TRIALS ?? 20);

/** The real server on a fixed port, so it can restart under the kiosk at the same address. */
async function chaosServer() {
  const base = await testServer({ publicDir: resolve('dist/public') });
  await base.app.listen({ port: 0, host: '127.0.0.1' });
  const port = (base.app.server.address() as AddressInfo).port;
  let app = base.app;
  let db = base.db;
  return {
    url: `http://127.0.0.1:${port}`,
    /** Every request's first name on the server, as many times as stored. */
    names: async () => (await db.selectFrom('booking').select('first_name').execute()).map((r) => r.first_name),
    async restart() {
      await app.close();
      await db.destroy();
      ({ db, app } = await openTestApp(base.dataDir, { publicDir: resolve('dist/public') }));
      await app.listen({ port, host: '127.0.0.1' });
    },
    async close() {
      await app.close();
      await db.destroy();
    },
  };
}

type Fault = 'none' | 'fail' | '5xx-before' | '5xx-after' | 'lost-after';

test(`every request made on the kiosk reaches the server exactly once through ${TRIALS} seeded trials of chaos`, async ({
  browser,
}) => {
  test.setTimeout(60_000 + TRIALS * 30_000);
  console.log(`browser outbox chaos: ${TRIALS} trials, seed ${SEED} (replay with CHAOS_SEED=${SEED})`);
  const random = seeded(SEED);
  const t = await kioskStrings('sv');
  const server = await chaosServer();
  const context: BrowserContext = await browser.newContext({ serviceWorkers: 'allow' });
  // A step that cannot be done fails the trial with its name, rather than running into the test's timeout.
  context.setDefaultTimeout(15_000);
  let faultRate = 0;
  let offline = false;
  await context.route('**/api/bookings', async (route: Route) => {
    const fault: Fault =
      random() < faultRate
        ? ((['fail', '5xx-before', '5xx-after', 'lost-after'] as const)[Math.floor(random() * 4)] ?? 'none')
        : 'none';
    try {
      if (fault === 'fail') return await route.abort('failed');
      if (fault === '5xx-before') return await route.fulfill({ status: 503, body: '{}' });
      const response = await route.fetch();
      if (fault === '5xx-after') return await route.fulfill({ status: 500, body: '{}' });
      if (fault === 'lost-after') return await route.abort('timedout');
      return await route.fulfill({ response });
    } catch {
      // The server restarted under the request, or the page went away: the request fails.
      await route.abort('failed').catch(() => undefined);
    }
  });

  const setOffline = async (value: boolean) => {
    offline = value;
    await context.setOffline(value);
  };
  let page: Page = await context.newPage();
  await page.goto(`${server.url}/#kiosk=${TEST_KIOSK_TOKEN}`);
  await page.waitForURL((url) => url.hash === '');
  await page.waitForFunction(() => !!document.documentElement.dataset.contentActive);
  await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);

  /** A visitor asks for help at any time, from the attract screen to the reference code. */
  const makeRequest = async (firstName: string) => {
    await page.locator('.attract-button').click();
    await page.getByRole('button', { name: 'Svenska', exact: true }).click();
    await page.getByRole('button', { name: t('home.requestButton') }).click();
    await page.getByRole('button', { name: t('request.topic.other') }).click();
    await page.getByRole('button', { name: t('guide.next') }).click();
    await page.getByRole('button', { name: t('request.time.anyTime') }).click();
    await page.getByRole('button', { name: t('guide.next') }).click();
    await page.getByLabel(t('request.details.firstName')).fill(firstName);
    await page.getByRole('button', { name: t('guide.next') }).click();
    await page.getByRole('button', { name: t('request.check.send') }).click();
    await expect(page.locator('.reference-code')).toBeVisible();
  };
  /** The page is reloaded, or closed and opened again: whatever it was sending is cut off. */
  const restartPage = async () => {
    if (random() < 0.5) {
      await page.reload();
    } else {
      await page.close();
      page = await context.newPage();
      await page.goto(`${server.url}/`);
    }
    await page.locator('.attract-button').waitFor();
  };

  const letters = (n: number) => String.fromCharCode(65 + (Math.floor(n / 26) % 26), 97 + (n % 26));
  for (let trial = 0; trial < TRIALS; trial++) {
    const made: string[] = [];
    const wanted = 1 + Math.floor(random() * 4);
    faultRate = random() * 0.6;
    await setOffline(random() < 0.4);
    for (let step = 0; made.length < wanted || step < 4; step++) {
      const action = random();
      if (made.length < wanted && action < 0.45) {
        const name = `Chaos ${letters(trial)} ${String.fromCharCode(97 + made.length)}`;
        await makeRequest(name);
        made.push(name);
        // Sometimes the visitor walks away at once, sometimes the next one comes: both leave the send running.
        if (random() < 0.5) await restartPage();
        else await page.getByRole('button', { name: t('guide.done') }).click();
        if (!(await page.locator('.attract-button').isVisible())) await restartPage();
      } else if (action < 0.65) {
        await setOffline(!offline);
      } else if (action < 0.8) {
        await restartPage();
      } else if (action < 0.9) {
        await server.restart();
      }
    }

    // The Wi-Fi settles and the faults stop; the kiosk's own triggers (online, start) send the rest.
    faultRate = 0;
    if (offline) await setOffline(false);
    else await restartPage();
    const context_ = `trial ${trial}, seed ${SEED}`;
    await expect
      .poll(async () => (await server.names()).filter((n) => n?.startsWith(`Chaos ${letters(trial)} `)).sort(), {
        message: context_,
        timeout: 20_000,
      })
      .toEqual([...made].sort());
    await expect.poll(async () => (await storedText(page)).includes('Chaos '), { message: context_ }).toBe(false);
  }
  await context.close();
  await server.close();
});
