import type { Page, Response } from '@playwright/test';
import type { EnrolAnswer, FleetRow, KioskDetail } from '../src/domain/schemas/fleet.js';
import { makeCode } from '../test/helpers/fleet.js';
import { SAME_ORIGIN, signedIn } from '../test/helpers/staff.js';
import { contentMarks, expect, firstVisit, type KioskServer, test } from './fixtures.js';

const isBeat = (response: Response) => response.url().endsWith('/api/kiosk/heartbeat');

/**
 * Enrols the open kiosk with a one-time code, as the enrolment screen does: the tablet sends the
 * code, keeps the token, who it is and its settings in IndexedDB. Then it starts again as enrolled.
 */
async function enrolPage(page: Page, code: string): Promise<EnrolAnswer> {
  const answer = await page.evaluate(async (code) => {
    const response = await fetch('/api/kiosk/enrol', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ code }),
    });
    const enrolled = (await response.json()) as EnrolAnswer;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('servicepunkt');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction(['device', 'settings'], 'readwrite');
    tx.objectStore('device').put(enrolled.token, 'token');
    tx.objectStore('device').put(enrolled.kiosk, 'identity');
    tx.objectStore('settings').put(enrolled.settings, 'applied');
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    return enrolled;
  }, code);
  await page.reload();
  return answer;
}

/** The kiosk's row in the fleet view, as an admin reads it. */
async function fleetRow(server: KioskServer, admin: Record<string, string>, id: string): Promise<FleetRow> {
  const response = await server.app.inject({ url: `/api/staff/kiosks/${id}`, headers: admin });
  return (response.json() as KioskDetail).kiosk;
}

test('a kiosk offline for a while beats again when it reconnects; each beat delivered is counted once', async ({
  page,
  context,
  server,
}) => {
  const admin = await signedIn(server, 'ada', 'admin');
  await page.clock.install();
  await firstVisit(page);

  // Every beat the server answered, and every one that never left the tablet.
  const delivered: Response[] = [];
  let failed = 0;
  page.on('response', (response) => {
    if (isBeat(response) && response.status() === 200) delivered.push(response);
  });
  page.on('requestfailed', (request) => {
    if (request.url().endsWith('/api/kiosk/heartbeat')) failed++;
  });

  const { code } = await makeCode(server, { ...SAME_ORIGIN, ...admin }, { name: 'Entrén' });
  const { kiosk, token } = await enrolPage(page, code);
  // The start-up beat.
  await expect.poll(() => delivered.length).toBe(1);
  const first = await fleetRow(server, admin, kiosk.id);
  expect(first).toMatchObject({
    state: 'online',
    settingsApplied: 1,
    appVersion: expect.stringMatching(/^\d+\.\d+\.\d+\+/),
  });
  expect(first.contentVersion).toBe(Number((await contentMarks(page)).active));

  // The library's network goes. The beats due meanwhile fail and are not queued.
  await context.setOffline(true);
  for (let i = 1; i <= 2; i++) {
    await page.clock.fastForward('06:01');
    await expect.poll(() => failed).toBe(i);
  }
  // What the alert sweep does after half an hour without beats, so the change back shows.
  await server.db.updateTable('kiosk').set({ state: 'offline' }).where('id', '=', kiosk.id).execute();
  // Meanwhile an admin pushes new settings.
  const pushed = await server.app.inject({
    method: 'PUT',
    url: `/api/staff/kiosks/${kiosk.id}/settings`,
    headers: { ...SAME_ORIGIN, ...admin },
    payload: { idleTimeoutSeconds: 120 },
  });
  expect(pushed.statusCode).toBe(200);

  // Back online: a beat at once, without waiting for the timer.
  await context.setOffline(false);
  await expect.poll(() => delivered.length).toBe(2);
  const back = await fleetRow(server, admin, kiosk.id);
  expect(back).toMatchObject({ state: 'online', settingsVersion: 2, settingsApplied: 1 });
  expect(Date.parse(back.lastSeenAt ?? '')).toBeGreaterThan(Date.parse(first.lastSeenAt ?? ''));
  // The beat's answer carried the new settings: kept on the tablet for the next idle reset.
  const pending = await page.evaluate(
    () =>
      new Promise<number | undefined>((resolve) => {
        const open = indexedDB.open('servicepunkt');
        open.onsuccess = () => {
          const get = open.result.transaction('settings').objectStore('settings').get('pending');
          get.onsuccess = () => {
            resolve((get.result as { version: number } | undefined)?.version);
            open.result.close();
          };
        };
      }),
  );
  expect(pending).toBe(2);

  // The beats made offline were numbered and lost; the server counted only those that arrived.
  const [before, after] = delivered.map((r) => (JSON.parse(r.request().postData() ?? '{}') as { seq: number }).seq);
  expect(after).toBe((before ?? 0) + failed + 1);
  const counted = async () =>
    (await server.db.selectFrom('kiosk').select('beats').where('id', '=', kiosk.id).executeTakeFirstOrThrow()).beats;
  expect(await counted()).toBe(delivered.length);
  // The same beat again (a retry that crossed its answer): answered, not counted again.
  const replay = await server.app.inject({
    method: 'POST',
    url: '/api/kiosk/heartbeat',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    payload: delivered[1]?.request().postData() ?? '',
  });
  expect(replay.statusCode).toBe(200);
  expect(await counted()).toBe(delivered.length);
});
