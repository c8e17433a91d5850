import { useEffect } from 'preact/hooks';

/** How often an open screen looks again for what others changed (new requests, kiosks' states). */
export const REFRESH_MS = 30_000;

/** Calls `reload` every half minute while the page is seen, so a screen left open stays current. */
export function useRefresh(reload: () => Promise<void>): void {
  useEffect(() => {
    const poll = setInterval(() => {
      if (document.visibilityState === 'visible') void reload();
    }, REFRESH_MS);
    return () => clearInterval(poll);
  }, [reload]);
}
