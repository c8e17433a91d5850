import type { SlotFeed } from '../domain/help.js';
import { HttpError } from './api.js';
import { kioskDb } from './db.js';
import { readDeviceToken } from './device.js';

export interface SlotFeedOptions {
  fetch?: typeof fetch;
  baseUrl?: string;
  now?: () => Date;
}

/**
 * The slot feed kept on the tablet, or null if it was never fetched. `generatedAt` is when the
 * server last confirmed these times (a 304 confirms them too), so "times as of" is honest.
 */
export async function readSlotFeed(): Promise<SlotFeed | null> {
  const stored = await (await kioskDb()).get('slotFeed', 'feed');
  return stored ? { ...stored.feed, generatedAt: stored.checkedAt } : null;
}

/** Asks the server for the coming days' times (a 304 when unchanged) and keeps them. */
export async function refreshSlotFeed(options: SlotFeedOptions = {}): Promise<'changed' | 'unchanged' | 'no-token'> {
  const token = await readDeviceToken();
  if (!token) return 'no-token';
  const db = await kioskDb();
  const stored = await db.get('slotFeed', 'feed');
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const response = await doFetch(`${options.baseUrl ?? ''}/api/kiosk/slots`, {
    headers: { authorization: `Bearer ${token}`, ...(stored?.etag ? { 'if-none-match': stored.etag } : {}) },
    cache: 'no-cache',
  });
  const checkedAt = (options.now?.() ?? new Date()).toISOString();
  if (response.status === 304 && stored) {
    await db.put('slotFeed', { ...stored, checkedAt }, 'feed');
    return 'unchanged';
  }
  if (!response.ok) throw new HttpError(response.status, `slots: HTTP ${response.status}`);
  const feed = (await response.json()) as SlotFeed;
  await db.put('slotFeed', { feed, etag: response.headers.get('etag'), checkedAt }, 'feed');
  return 'changed';
}
