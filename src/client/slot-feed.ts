import type { SlotFeed } from '../domain/help.js';

/** The slot feed kept on the tablet from the last successful refresh, or null if never fetched. */
export async function readSlotFeed(): Promise<SlotFeed | null> {
  return null;
}
