import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import {
  activeManifest,
  applyReadyVersion,
  loadCategories,
  loadGuides,
  readContentState,
} from '../client/content-store.js';
import { collectMedia } from '../client/content-sync.js';
import type { Category, GuideTranslation, Manifest } from '../domain/content.js';
import { type ContentUpdates, startContentUpdates, type UpdateStatus } from './content-updates.js';

export interface ContentView {
  manifest: Manifest;
  categories: Category[];
  guides: GuideTranslation[];
}

/** Marks the versions on `<html>` so staff tools and tests can see what the tablet holds. */
async function markVersions(): Promise<void> {
  const state = await readContentState();
  document.documentElement.dataset.contentActive = String(state.active ?? '');
  document.documentElement.dataset.contentReady = String(state.ready ?? '');
  document.documentElement.dataset.contentError = state.lastError ?? '';
}

/**
 * The content the screens show, read from IndexedDB only. A new version is switched to only at a
 * reset point (`resetPoint()`), or at once when the tablet had no content before.
 */
export function useContent(lang: string) {
  const [view, setView] = useState<ContentView | null | undefined>(undefined);
  const [status, setStatus] = useState<UpdateStatus>({ nextAttemptAt: null, trying: false, lastError: null });
  const updates = useRef<ContentUpdates>();
  const hasContent = useRef(false);

  const load = useCallback(async () => {
    const manifest = await activeManifest();
    hasContent.current = manifest !== undefined;
    if (!manifest) return setView(null);
    const [categories, guides] = await Promise.all([loadCategories(manifest, lang), loadGuides(manifest, lang)]);
    setView({ manifest, categories, guides });
  }, [lang]);

  const started = useRef<Promise<unknown>>();

  useEffect(() => {
    let cancelled = false;
    // Start-up is a reset point: a version that finished downloading last time is shown now.
    started.current = applyReadyVersion().then(async (switched) => {
      if (switched) await collectMedia();
      await markVersions();
      if (cancelled) return;
      updates.current = startContentUpdates({
        hasContent: () => hasContent.current,
        onStatus: (next) => {
          setStatus(next);
          if (next.lastError) void markVersions();
        },
        onSynced: (result) => {
          void markVersions();
          if (result.status === 'updated' && result.activated) void load();
        },
      });
    });
    return () => {
      cancelled = true;
      updates.current?.stop();
    };
    // Runs once per app start; `load` is read through the closure of the latest render.
  }, []);

  // Declared after the start-up effect so it can wait for it (effects run in order).
  useEffect(() => {
    void started.current?.then(load);
  }, [load]);

  /** A reset point: switch to a ready version (if any) and look for newer content. */
  const resetPoint = useCallback(async () => {
    if (await applyReadyVersion()) {
      await collectMedia();
      await load();
    }
    await markVersions();
    updates.current?.syncNow();
  }, [load]);

  return { view, status, resetPoint, retryNow: () => updates.current?.syncNow() };
}
