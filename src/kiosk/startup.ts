import { applyReadyVersion, type HomeView, loadHomeView } from '../client/content-store.js';
import { collectMedia } from '../client/content-sync.js';
import { storedKioskConfig } from '../client/kiosk-config.js';
import type { KioskConfig } from '../domain/kiosk-config.js';

export type ContentView = HomeView;

/** What Home needs, from IndexedDB only; null before the tablet has any content. */
export async function loadContentView(lang: string): Promise<ContentView | null> {
  return (await loadHomeView(lang)) ?? null;
}

/**
 * Start-up is a reset point: a version that finished downloading last time becomes active, then
 * Home's content and the kiosk settings are read. main.tsx starts this before the UI code runs, so
 * the IndexedDB work overlaps with the rest of start-up. With nothing waiting, it is two reads.
 */
export async function startupContent(lang: string): Promise<{ view: ContentView | null; config: KioskConfig }> {
  const [first, config] = await Promise.all([loadContentView(lang), storedKioskConfig()]);
  if (!first?.readyPending) return { view: first, config };
  await applyReadyVersion();
  void collectMedia();
  return { view: await loadContentView(lang), config };
}
