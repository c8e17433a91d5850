/** How long staff hold a top corner to open the PIN pad. */
export const HOLD_MS = 3000;
/** The corner's size in CSS pixels. */
const CORNER_PX = 80;
/** A finger that moves further than this is scrolling or swiping, not holding. */
const SLOP_PX = 24;

/**
 * Calls `onHold` when a finger (or mouse) is held still in either top corner for HOLD_MS. Listens
 * on the document without covering anything, so a short tap on the corner's button still works.
 * Returns the function that stops listening.
 */
export function onCornerHold(onHold: () => void, holdMs = HOLD_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let start: { x: number; y: number } | null = null;
  const cancel = () => {
    clearTimeout(timer);
    start = null;
  };
  const down = (event: PointerEvent) => {
    cancel();
    const inCorner =
      event.clientY <= CORNER_PX && (event.clientX <= CORNER_PX || event.clientX >= innerWidth - CORNER_PX);
    if (!event.isPrimary || !inCorner) return;
    start = { x: event.clientX, y: event.clientY };
    timer = setTimeout(() => {
      start = null;
      onHold();
    }, holdMs);
  };
  const move = (event: PointerEvent) => {
    if (start && Math.hypot(event.clientX - start.x, event.clientY - start.y) > SLOP_PX) cancel();
  };
  document.addEventListener('pointerdown', down, true);
  document.addEventListener('pointermove', move, true);
  document.addEventListener('pointerup', cancel, true);
  document.addEventListener('pointercancel', cancel, true);
  return () => {
    cancel();
    document.removeEventListener('pointerdown', down, true);
    document.removeEventListener('pointermove', move, true);
    document.removeEventListener('pointerup', cancel, true);
    document.removeEventListener('pointercancel', cancel, true);
  };
}

/** Calls `onIdle` after `ms` without a touch or key; returns the function that stops it. */
export function onIdleFor(ms: number, onIdle: () => void): () => void {
  let timer = setTimeout(onIdle, ms);
  const touched = () => {
    clearTimeout(timer);
    timer = setTimeout(onIdle, ms);
  };
  document.addEventListener('pointerdown', touched, true);
  document.addEventListener('keydown', touched, true);
  return () => {
    clearTimeout(timer);
    document.removeEventListener('pointerdown', touched, true);
    document.removeEventListener('keydown', touched, true);
  };
}
