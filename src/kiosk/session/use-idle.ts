import { useEffect, useRef, useState } from 'preact/hooks';

const ACTIVITY_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'input'] as const;

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
  const [activity, setActivity] = useState(0);

  useEffect(() => {
    const touched = () => setActivity((n) => n + 1);
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, touched, { capture: true, passive: true });
    return () => {
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, touched, { capture: true });
    };
  }, []);

  // Any activity (or a pause) cancels a running countdown and restarts the wait.
  useEffect(() => {
    setDeadline(null);
    if (!enabled || paused) return;
    const wait = setTimeout(() => {
      setDeadline(Date.now() + countdownMs);
      setNow(Date.now());
    }, idleMs);
    return () => clearTimeout(wait);
  }, [activity, enabled, paused, idleMs, countdownMs]);

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
    stillHere: () => setActivity((n) => n + 1),
  };
}
