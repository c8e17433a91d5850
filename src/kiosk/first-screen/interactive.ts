let marked: Promise<void> | undefined;

/**
 * Sets the `kiosk-interactive` mark (read by `npm run bench`) once, after the frame that shows
 * the first screen: a rendered screen's handlers are attached, so from then a tap is taken. The
 * timeout queued inside the frame callback runs after that frame is painted, never before.
 * Resolves once the mark is set.
 */
export function markInteractive(): Promise<void> {
  marked ??= new Promise((resolve) =>
    requestAnimationFrame(() =>
      setTimeout(() => {
        performance.mark('kiosk-interactive');
        resolve();
      }, 0),
    ),
  );
  return marked;
}
