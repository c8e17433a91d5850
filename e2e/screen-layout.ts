import type { Locator } from '@playwright/test';

/** A kiosk tablet held one way or the other; every visitor screen must work in both. */
export interface Orientation {
  name: 'landscape' | 'portrait';
  width: number;
  height: number;
}

export const ORIENTATIONS: readonly Orientation[] = [
  { name: 'landscape', width: 1280, height: 800 },
  { name: 'portrait', width: 800, height: 1280 },
];

/** Where an element sits once the screen has stopped moving, and what a tap at its centre would reach. */
export interface Placement {
  top: number;
  bottom: number;
  left: number;
  right: number;
  viewportWidth: number;
  viewportHeight: number;
  scrollY: number;
  /** What a tap at the element's centre lands on instead of it; null when it lands on the element. */
  coveredBy: string | null;
}

/**
 * Measures an element without scrolling to it (unlike a click, which would hide the very problem).
 * Waits for the fonts and for two frames in a row with the same box, so a screen still laying out
 * or sliding in is not measured half-way.
 */
export function placementOf(locator: Locator): Promise<Placement> {
  return locator.evaluate(async (element) => {
    await document.fonts.ready;
    const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    const read = () => {
      const box = element.getBoundingClientRect();
      return [box.top, box.bottom, box.left, box.right, window.scrollY].join();
    };
    let last = read();
    for (let i = 0; i < 30; i++) {
      await frame();
      await frame();
      const now = read();
      if (now === last) break;
      last = now;
    }
    const box = element.getBoundingClientRect();
    const hit = document.elementFromPoint((box.left + box.right) / 2, (box.top + box.bottom) / 2);
    const describe = (el: Element) => {
      const classes = [...el.classList].map((c) => `.${c}`).join('');
      const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${el.tagName.toLowerCase()}${classes}${text ? ` "${text}"` : ''}`;
    };
    return {
      top: box.top,
      bottom: box.bottom,
      left: box.left,
      right: box.right,
      viewportWidth: window.innerWidth,
      viewportHeight: window.innerHeight,
      scrollY: window.scrollY,
      coveredBy: hit === null ? 'nothing (it is off the screen)' : element.contains(hit) ? null : describe(hit),
    };
  });
}

/**
 * What keeps a visitor from tapping an element without scrolling, in words that name the element,
 * the screen and the numbers (empty when nothing does): it lies outside the viewport, the screen
 * opened scrolled (unless `mayScroll`: the browser scrolled to a field on purpose), or something
 * covers its centre.
 */
export function reachProblems(
  placement: Placement,
  what: string,
  where: string,
  options: { mayScroll?: boolean } = {},
): string[] {
  const { top, bottom, left, right, viewportWidth: width, viewportHeight: height } = placement;
  const problems: string[] = [];
  const y = `y=${Math.round(top)}–${Math.round(bottom)}`;
  if (bottom > height) problems.push(`${what} on ${where} is at ${y}, below the ${height} px viewport`);
  if (top < 0) problems.push(`${what} on ${where} is at ${y}, above the top of the viewport`);
  if (left < 0 || right > width) {
    problems.push(
      `${what} on ${where} is at x=${Math.round(left)}–${Math.round(right)}, outside the ${width} px width`,
    );
  }
  if (placement.scrollY !== 0 && !options.mayScroll)
    problems.push(`${where} is scrolled down ${Math.round(placement.scrollY)} px`);
  // Off the screen it is already reported; a cover matters where the element could be tapped.
  if (problems.length === 0 && placement.coveredBy) {
    problems.push(`${what} on ${where} is covered by ${placement.coveredBy} at its centre`);
  }
  return problems;
}
