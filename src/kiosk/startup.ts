import { applyReadyVersion, type HomeView, loadHomeView } from '../client/content-store.js';
import { collectMedia } from '../client/content-sync.js';

export type ContentView = HomeView;

/** What Home needs, from IndexedDB only; null before the tablet has any content. */
export async function loadContentView(lang: string): Promise<ContentView | null> {
  return (await loadHomeView(lang)) ?? null;
}

/**
 * Start-up is a reset point: a version that finished downloading last time becomes active, then
 * Home's content is read. main.tsx starts this before the UI renders, so IndexedDB work overlaps
 * with the rest of start-up. The common case (nothing waiting) costs one read transaction.
 */
export async function startupContent(lang: string): Promise<ContentView | null> {
  const view = await loadContentView(lang);
  if (!view?.readyPending) return view;
  await applyReadyVersion();
  void collectMedia();
  return loadContentView(lang);
}
