// The help sync reaches sw-bridge.ts, which reads Vite's import.meta.env.
/// <reference types="vite/client" />
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeKioskDb } from '../../src/client/db.js';
import { saveDeviceToken } from '../../src/client/device.js';
import { startHelpSync } from '../../src/kiosk/help-sync.js';

let win: EventTarget & { location: { hash: string; pathname: string }; history: { replaceState(): void } };
let fetch: ReturnType<typeof vi.fn>;

beforeEach(async () => {
  globalThis.indexedDB = new IDBFactory();
  await saveDeviceToken('a-shared-token');
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  win = Object.assign(new EventTarget(), { location: { hash: '', pathname: '/' }, history: { replaceState() {} } });
  vi.stubGlobal('window', win);
  vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }));
  fetch = vi.fn(async () => new Response('', { status: 503 }));
  vi.stubGlobal('fetch', fetch);
});
afterEach(async () => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
  await closeKioskDb();
});

describe('help sync', () => {
  it('refreshes the slot feed every minute, and stopping it leaves no timer and no trigger behind', async () => {
    const slotCalls = () => fetch.mock.calls.filter(([url]) => String(url).endsWith('/api/kiosk/slots')).length;
    const stop = await startHelpSync();
    await vi.waitFor(() => expect(slotCalls()).toBe(1));
    await vi.advanceTimersByTimeAsync(66_000);
    await vi.waitFor(() => expect(slotCalls()).toBe(2));

    stop();
    expect(vi.getTimerCount()).toBe(0);
    win.dispatchEvent(new Event('online'));
    await vi.advanceTimersByTimeAsync(10 * 60_000);
    expect(slotCalls()).toBe(2);
  });
});
