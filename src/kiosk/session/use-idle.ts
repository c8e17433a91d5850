import { useEffect, useRef, useState } from 'preact/hooks';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'input', 'click'] as const;
/**
 * The start of a tap does not yet close the countdown: the dialog must still be there when the
 * tap ends, or the tap would land on whatever lies beneath it. Its click closes it.
 */
const TAP_STARTS = new Set(['pointerdown', 'touchstart']);

export interface IdleState {
  /** Seconds left before the visit is cleared, while the countdown shows; null otherwise. */
  secondsLeft: number | null;
  /** The visitor is still here: hide the countdown and start waiting again. */
  stillHere: () => void;
}

/**
 * Watches for a visitor going away: after `idleMs` without a touch or key, a countdown of
 * `countdownMs` starts (any touch cancels it); when it ends, `onReset` runs. Nothing counts while
 * `paused` (a video playing) or while `enabled` is false (nobody is visiting).
 *
 * A touch only notes the time: it re-renders nothing unless the countdown is showing, so typing
 * in a form never re-renders the visit under the visitor's fingers.
 */
export function useIdle(options: {
  idleMs: number;
  countdownMs: number;
  paused: boolean;
  enabled: boolean;
  onReset: () => void;
}): IdleState {
  const { idleMs, countdownMs, paused, enabled } = options;
  const [deadline, setDeadline] = useState<number | null>(null);
  const [now, setNow] = useState(Date.now());
  const onReset = useRef(options.onReset);
  onReset.current = options.onReset;
  const lastActivity = useRef(Date.now());
  // Bumped only to restart the wait after the countdown was cancelled.
  const [restarts, setRestarts] = useState(0);
  const counting = useRef(false);
  counting.current = deadline !== null;

  useEffect(() => {
    const touched = (event: Event) => {
      lastActivity.current = Date.now();
      if (counting.current && !TAP_STARTS.has(event.type)) {
        setDeadline(null);
        setRestarts((n) => n + 1);
      }
    };
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, touched, { capture: true, passive: true });
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, touched, { capture: true });
    };
  }, []);

  // Waits until `idleMs` have passed since the last touch (checking again when the timer fires).
  useEffect(() => {
    setDeadline(null);
    if (!enabled || paused) return;
    lastActivity.current = Date.now();
    let wait: ReturnType<typeof setTimeout>;
    const check = () => {
      const quiet = Date.now() - lastActivity.current;
      if (quiet >= idleMs) {
        setDeadline(Date.now() + countdownMs);
        setNow(Date.now());
      } else {
        wait = setTimeout(check, idleMs - quiet);
      }
    };
    wait = setTimeout(check, idleMs);
    return () => clearTimeout(wait);
  }, [restarts, enabled, paused, idleMs, countdownMs]);

  useEffect(() => {
    if (deadline === null) return;
    const tick = setInterval(() => {
      const current = Date.now();
      setNow(current);
      if (current >= deadline) {
        clearInterval(tick);
        setDeadline(null);
        onReset.current();
      }
    }, 250);
    return () => clearInterval(tick);
  }, [deadline]);

  return {
    secondsLeft: deadline === null ? null : Math.max(0, Math.ceil((deadline - now) / 1000)),
    stillHere: () => {
      lastActivity.current = Date.now();
      setDeadline(null);
      setRestarts((n) => n + 1);
    },
  };
}
