/**
 * Full screen when the kiosk runs in a browser tab rather than as the installed app (which opens
 * full-screen by itself). Browsers allow it only in answer to a tap, hence on the welcome screen's.
 */
export function enterFullscreen(): void {
  if (document.fullscreenElement || !window.matchMedia('(display-mode: browser)').matches) return;
  document.documentElement.requestFullscreen?.().catch(() => undefined);
}
