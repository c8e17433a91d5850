import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/**
 * A new screen or step starts at its top, with focus on its heading so keyboard and screen-reader
 * users start reading there. In a layout effect, so the scroll is reset before the first paint: an
 * effect runs after it, and a slow tablet would show the new screen scrolled where the last one
 * was, then jump. Focus never scrolls (a heading low on a step with a video would pull it down).
 */
export function useStartAtTop(heading: RefObject<HTMLElement> | null, changes: unknown[]): void {
  useLayoutEffect(() => {
    window.scrollTo(0, 0);
    heading?.current?.focus({ preventScroll: true });
  }, changes);
}
