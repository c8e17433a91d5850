import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { applyReadyVersion, readContentState } from '../client/content-store.js';
import { collectMedia } from '../client/content-sync.js';
import { refreshKioskConfig } from '../client/kiosk-config.js';
import type { KioskConfig } from '../domain/kiosk-config.js';
import type { ContentUpdates, UpdateStatus } from './content-updates.js';
import { type ContentView, loadContentView } from './startup.js';

/** Marks the versions on `<html>` so staff tools and tests can see what the tablet holds. */
async function markVersions(): Promise<void> {
  const state = await readContentState();
  document.documentElement.dataset.contentActive = String(state.active ?? '');
  document.documentElement.dataset.contentReady = String(state.ready ?? '');
  document.documentElement.dataset.contentError = state.lastError ?? '';
}

/**
 * The content the screens show, read from IndexedDB only, starting from what start-up read. A new
 * version is switched to only at a reset point (`resetPoint()`), or at once when the tablet had no
 * content before.
 */
export function useContent(lang: string, initial: ContentView | null, initialConfig: KioskConfig) {
  const [view, setView] = useState<ContentView | null>(initial);
  const [config, setConfig] = useState(initialConfig);
  const [status, setStatus] = useState<UpdateStatus>({
    nextAttemptAt: null,
    trying: false,
    lastError: null,
    unreachable: false,
  });
  const updates = useRef<ContentUpdates>();
  const hasContent = useRef(initial !== null);
  const shownLang = useRef(lang);

  const loads = useRef(0);
  const load = useCallback(async () => {
    const ticket = ++loads.current;
    const next = await loadContentView(lang);
    // A later load wins: a sync's reload in the old language may end after the visitor chose theirs.
    if (ticket !== loads.current) return;
    hasContent.current = next !== null;
    shownLang.current = lang;
    setView(next);
  }, [lang]);

  useEffect(() => {
    if (shownLang.current !== lang) void load();
  }, [lang, load]);

  const loadRef = useRef(load);
  loadRef.current = load;
  useEffect(() => {
    void markVersions();
    // Loaded after the first screen: the timers and the sync loop are not needed to show it.
    let stopped = false;
    void import('./content-updates.js').then(({ startContentUpdates }) => {
      if (stopped) return;
      updates.current = startContentUpdates({
        hasContent: () => hasContent.current,
        onStatus: (next) => {
          setStatus(next);
          if (next.lastError) void markVersions();
        },
        onSynced: (result) => {
          void markVersions();
          // Settings follow the server whenever it answers; offline, the kept ones stay.
          refreshKioskConfig().then(setConfig, () => undefined);
          if (result.status === 'updated' && result.activated) void loadRef.current();
          // A new version gets its search indexes now, in a worker, before any visitor searches it.
          if (result.status === 'updated')
            void import('./search/search-index.js').then((s) => s.prepareSearchIndexes());
        },
      });
    });
    return () => {
      stopped = true;
      updates.current?.stop();
    };
  }, []);

  /** A reset point: switch to a ready version (if any) and look for newer content. */
  const resetPoint = useCallback(async () => {
    if (await applyReadyVersion()) {
      void collectMedia();
      await load();
    }
    await markVersions();
    updates.current?.syncNow();
  }, [load]);

  // `viewLang`: the language `view` was read in; it trails `lang` while the new language's content loads.
  return { view, viewLang: shownLang.current, config, status, resetPoint, retryNow: () => updates.current?.syncNow() };
}
