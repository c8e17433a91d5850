import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { Value } from 'typebox/value';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeKioskDb, kioskDb } from '../../src/client/db.js';
import {
  isRevoked,
  onDeviceChange,
  readKioskIdentity,
  saveDeviceToken,
  saveEnrolment,
} from '../../src/client/device.js';
import { BEAT_INTERVAL_MS, beatNow, sendBeat, startHeartbeat } from '../../src/client/heartbeat.js';
import { applyPendingSettings } from '../../src/client/kiosk-settings.js';
import { enqueueRequest } from '../../src/client/outbox.js';
import { DEFAULT_KIOSK_SETTINGS, type SettingsAnswer } from '../../src/domain/kiosk-settings.js';
import {
  type Heartbeat,
  type HeartbeatAnswer,
  HeartbeatSchema,
  type KioskIdentity,
} from '../../src/domain/schemas/fleet.js';
import { PROBLEM } from '../../src/server/plugins/problem.js';
import { bookingBody } from '../helpers/bookings.js';

const TOKEN = 'device-token-for-tests';
const kiosk: KioskIdentity = { id: 'k_test1', name: 'Entrance', branchId: 'central', branchName: 'Central' };
const settings: SettingsAnswer = { version: 3, settings: DEFAULT_KIOSK_SETTINGS, staffPin: null };
const facts = {
  storage: { estimate: async () => ({ usage: 12_345_678, quota: 2_000_000_000 }), persisted: async () => true },
  screen: { width: 1280, height: 800, orientation: { type: 'landscape-primary' } },
};

/** A fake server: records each beat with its headers, and answers as `answer` says. */
function fakeServer(answer: (beat: Heartbeat) => Response | Promise<Response> = () => ok()) {
  const beats: { beat: Heartbeat; authorization: string | null; url: string }[] = [];
  const fetch = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    const beat = JSON.parse(String(init?.body)) as Heartbeat;
    beats.push({ beat, authorization: new Headers(init?.headers).get('authorization'), url: String(url) });
    return answer(beat);
  });
  return { beats, fetch: fetch as unknown as typeof globalThis.fetch, calls: fetch };
}

function ok(extra: Partial<HeartbeatAnswer> = {}): Response {
  return Response.json({ kiosk, settingsVersion: settings.version, ...extra } satisfies HeartbeatAnswer);
}

const offline: typeof globalThis.fetch = () => Promise.reject(new TypeError('Failed to fetch'));

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  await saveEnrolment(TOKEN, kiosk, settings);
});
afterEach(async () => {
  vi.useRealTimers();
  await closeKioskDb();
});

describe('heartbeat', () => {
  it("reports the tablet's versions, outbox, storage and screen with its device token, and no visitor data", async () => {
    await enqueueRequest(bookingBody([], { anyTime: true, firstName: 'Fatima' }));
    const server = fakeServer();
    expect(await sendBeat({ fetch: server.fetch, ...facts })).toBe('sent');
    const [sent] = server.beats;
    expect(sent?.url).toBe('/api/kiosk/heartbeat');
    expect(sent?.authorization).toBe(`Bearer ${TOKEN}`);
    expect(Value.Check(HeartbeatSchema, sent?.beat)).toBe(true);
    expect(sent?.beat).toMatchObject({
      seq: 1,
      appVersion: 'dev',
      contentVersion: null,
      settingsVersion: 3,
      outboxPending: 1,
      outboxRejected: 0,
      storageUsed: 12_345_678,
      storageQuota: 2_000_000_000,
      persisted: true,
      lastSyncAt: null,
      lastError: null,
      orientation: 'landscape',
      screenWidth: 1280,
      screenHeight: 800,
    });
    expect(JSON.stringify(sent?.beat)).not.toContain('Fatima');
  });

  it('reports the content version in force, the last sync and the last error (cut to fit)', async () => {
    const lastSyncAt = '2026-12-07T06:00:00.000Z';
    await (await kioskDb()).put(
      'meta',
      { active: 7, ready: 8, previous: 6, etag: '"v8"', lastSyncAt, lastError: `storage full ${'x'.repeat(400)}` },
      'content',
    );
    const server = fakeServer();
    await sendBeat({ fetch: server.fetch, ...facts });
    const beat = server.beats[0]?.beat;
    expect(beat).toMatchObject({ contentVersion: 7, lastSyncAt });
    expect(beat?.lastError).toHaveLength(300);
    expect(beat?.lastError?.startsWith('storage full')).toBe(true);
  });

  it('numbers beats one up each time, even when a beat did not arrive', async () => {
    await expect(sendBeat({ fetch: offline, ...facts })).rejects.toThrow();
    const server = fakeServer();
    await sendBeat({ fetch: server.fetch, ...facts });
    await sendBeat({ fetch: server.fetch, ...facts });
    expect(server.beats.map((b) => b.beat.seq)).toEqual([2, 3]);
  });

  it('sends nothing before the tablet is enrolled, or once it is revoked', async () => {
    const server = fakeServer();
    globalThis.indexedDB = new IDBFactory();
    await closeKioskDb();
    await saveDeviceToken('a-shared-token'); // an installation from before enrolment
    expect(await sendBeat({ fetch: server.fetch })).toBe('skipped');
    await saveEnrolment(TOKEN, kiosk, settings);
    await (await kioskDb()).put('device', true, 'revoked');
    expect(await sendBeat({ fetch: server.fetch })).toBe('skipped');
    expect(server.calls).not.toHaveBeenCalled();
  });

  it('keeps new settings for the next idle reset, and a new name or branch at once', async () => {
    const renamed = { ...kiosk, name: 'By the lifts', branchId: 'north', branchName: 'North' };
    const newer: SettingsAnswer = {
      ...settings,
      version: 4,
      settings: { ...DEFAULT_KIOSK_SETTINGS, idleTimeoutSeconds: 90 },
    };
    const changes: string[] = [];
    const unlisten = onDeviceChange((change) => changes.push(change));
    const server = fakeServer(() => Response.json({ kiosk: renamed, settingsVersion: 4, settings: newer }));
    await sendBeat({ fetch: server.fetch, ...facts });
    unlisten();
    expect(await readKioskIdentity()).toEqual(renamed);
    expect(changes).toEqual(['identity']);
    expect(await applyPendingSettings()).toEqual(newer);
  });

  it('leaves who the kiosk is alone when the answer says the same', async () => {
    const changes: string[] = [];
    const unlisten = onDeviceChange((change) => changes.push(change));
    await sendBeat({ fetch: fakeServer().fetch, ...facts });
    unlisten();
    expect(changes).toEqual([]);
    expect(await applyPendingSettings()).toBeNull();
  });

  it('marks the tablet revoked when the server says so, and stops beating until it is enrolled again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const win = new EventTarget();
    let revoked = true;
    const server = fakeServer(() =>
      revoked ? Response.json({ type: PROBLEM.kioskRevoked, title: 'Revoked', status: 401 }, { status: 401 }) : ok(),
    );
    const stop = startHeartbeat({ fetch: server.fetch, win, ...facts });
    await vi.waitFor(async () => expect(await isRevoked()).toBe(true));
    win.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(3 * BEAT_INTERVAL_MS);
    await beatNow({ fetch: server.fetch, ...facts });
    expect(server.calls).toHaveBeenCalledTimes(1);

    revoked = false;
    await saveEnrolment('a-new-token', kiosk, settings);
    await vi.waitFor(() => expect(server.calls).toHaveBeenCalledTimes(2));
    expect(server.beats[1]?.authorization).toBe('Bearer a-new-token');
    stop();
  });

  it('beats at start, on reconnect and every five minutes or so; a failed beat waits for the next', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    const win = new EventTarget();
    let down = true;
    const server = fakeServer();
    const fetch = vi.fn((url: RequestInfo | URL, init?: RequestInit) =>
      down ? offline(url, init) : server.fetch(url, init),
    );
    const stop = startHeartbeat({ fetch, win, ...facts });
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    await vi.advanceTimersByTimeAsync(0.8 * BEAT_INTERVAL_MS - 1_000); // no quick retry after a failure
    expect(fetch).toHaveBeenCalledTimes(1);

    down = false;
    win.dispatchEvent(new Event('online'));
    await vi.waitFor(() => expect(server.beats).toHaveLength(1));
    await vi.advanceTimersByTimeAsync(1.2 * BEAT_INTERVAL_MS);
    await vi.waitFor(() => expect(server.beats).toHaveLength(2));
    expect(server.beats.map((b) => b.beat.seq)).toEqual([2, 3]);

    await beatNow();
    expect(server.beats).toHaveLength(3);
    stop();
    expect(vi.getTimerCount()).toBe(0);
    win.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(2 * BEAT_INTERVAL_MS);
    expect(server.beats).toHaveLength(3);
  });
});
