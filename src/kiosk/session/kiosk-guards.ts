/**
 * Kiosk behaviour that belongs to the device rather than a screen: no context menu or long-press
 * menus, no text selection or image dragging, no pinch zoom (the text size control replaces it),
 * and the screen kept awake while the kiosk is visible.
 */
export function installKioskGuards(): () => void {
  const block = (event: Event) => event.preventDefault();
  const blocked = ['contextmenu', 'selectstart', 'dragstart', 'gesturestart'] as const;
  for (const name of blocked) document.addEventListener(name, block);
  // Two fingers would zoom the page: ignore multi-touch moves.
  const pinch = (event: TouchEvent) => {
    if (event.touches.length > 1) event.preventDefault();
  };
  document.addEventListener('touchmove', pinch, { passive: false });

  let lock: WakeLockSentinel | null = null;
  const keepAwake = async () => {
    if (document.visibilityState !== 'visible' || !('wakeLock' in navigator)) return;
    try {
      lock = await navigator.wakeLock.request('screen');
    } catch {
      // Refused (battery saver, no permission): the kiosk works, the screen may dim.
    }
  };
  // A wake lock is released whenever the page is hidden; take it again when it is shown.
  document.addEventListener('visibilitychange', keepAwake);
  void keepAwake();

  return () => {
    for (const name of blocked) document.removeEventListener(name, block);
    document.removeEventListener('touchmove', pinch);
    document.removeEventListener('visibilitychange', keepAwake);
    void lock?.release();
  };
}
